/* A struct copy of more than 64 bytes calls the runtime's memcpy, whatever
   the program names memcpy: here a variable (without <string.h>). */
int printf(const char *, ...);
int memcpy = 4;
struct big { int a[30]; };
int main(void)
{
    struct big x = {{1, 2, 3}}, y;
    x.a[29] = 29;
    y = x;
    printf("%d %d %d\n", y.a[2], y.a[29], memcpy);
    return 0;
}

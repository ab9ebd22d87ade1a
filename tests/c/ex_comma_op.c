/* the comma operator evaluates left to right and yields the right operand */
#include <stdio.h>

static int id(int x) { return x; }
static int say(int v) { printf("say%d ", v); return v; }

int main(void) {
    int a, b, i, j, r;
    a = (b = 3, b + 4);
    printf("a=%d b=%d\n", a, b);
    r = (say(1), say(2), say(3));
    printf("r=%d\n", r);
    /* comma in for loops */
    for (i = 0, j = 10; i < j; i += 3, j -= 2)
        printf("(%d,%d)", i, j);
    printf("\n");
    /* value is the last operand, type too */
    printf("%u\n", sizeof(id(0), (char)1) == 1);
    a = 1;
    r = (a++, a++, a);
    printf("a=%d r=%d\n", a, r);
    /* in a condition */
    i = 0;
    while (i++, i < 4)
        printf("i%d ", i);
    printf("\n");
    /* comma inside function arguments needs parentheses */
    printf("%d %d\n", (id(5), id(6)), id(7));
    /* comma with ?: */
    a = id(1);
    r = a ? (b = 10, b * 2) : (b = 20, b * 3);
    printf("r=%d b=%d\n", r, b);
    /* comma in array index and as a statement expression */
    {
        int arr[4] = {10, 20, 30, 40};
        int k = 0;
        printf("%d\n", arr[k++, k + 1]);
        k = 0, arr[k] = 99, k = 3;
        printf("%d %d\n", arr[0], k);
    }
    /* pointer as last operand */
    {
        char s[] = "xyz";
        char *p = (say(9), s + 1);
        printf("%s\n", p);
    }
    return 0;
}

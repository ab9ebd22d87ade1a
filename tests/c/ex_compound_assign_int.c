/* compound assignment on int and unsigned variables */
#include <stdio.h>

static int id(int x) { return x; }

int main(void) {
    int x = id(100);
    unsigned u = 100;
    int r;
    x += 7;  printf("+= %d\n", x);
    x -= 12; printf("-= %d\n", x);
    x *= -3; printf("*= %d\n", x);
    x /= 4;  printf("/= %d\n", x);
    x %= 10; printf("%%= %d\n", x);
    x = id(0x5A);
    x &= 0x0F; printf("&= %d\n", x);
    x |= 0x30; printf("|= %d\n", x);
    x ^= 0xFF; printf("^= %d\n", x);
    x <<= 3;   printf("<<= %d\n", x);
    x >>= 2;   printf(">>= %d\n", x);
    x = id(-100);
    x >>= 3;   printf("neg >>= %d\n", x);
    x %= 5;    printf("neg %%= %d\n", x);
    x = id(-100);
    x /= 7;    printf("neg /= %d\n", x);
    u -= 101;  printf("u -= %u\n", u);
    u >>= 4;   printf("u >>= %u\n", u);
    u *= 16;   printf("u *= %u\n", u);
    u /= 3;    printf("u /= %u\n", u);
    u %= 1000; printf("u %%= %u\n", u);
    u ^= ~0u;  printf("u ^= %u\n", u);
    /* int op= unsigned: computed in unsigned, then stored as int */
    x = id(-1);
    x /= 2u; printf("x /= 2u -> %d\n", x);
    x = id(10);
    x -= 20u; printf("x -= 20u -> %d\n", x);
    /* value of a compound assignment is the new value */
    x = id(5);
    r = (x += 3) * 2;
    printf("r=%d x=%d\n", r, x);
    r = x -= 3;
    printf("r=%d x=%d\n", r, x);
    /* chained */
    {
        int a = 1, b = 2, c = 3;
        a += b += c += 4;
        printf("%d %d %d\n", a, b, c);
    }
    return 0;
}

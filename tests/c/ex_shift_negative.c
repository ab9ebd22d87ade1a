/* right shift of negative signed values: arithmetic (gcc behaviour) */
#include <stdio.h>

static int id(int x) { return x; }

int main(void) {
    int m1 = id(-1);
    int m8 = id(-8);
    int mn = id(-2147483647 - 1);
    int v = id(-123456);
    int n;
    for (n = 0; n < 32; n += 7)
        printf("n=%2d  -1>>n=%d  -8>>n=%d  min>>n=%d  v>>n=%d\n",
               n, m1 >> n, m8 >> n, mn >> n, v >> n);
    n = id(31);
    printf("%d %d %d\n", m1 >> n, mn >> n, id(2147483647) >> n);
    printf("%d %d %d %d\n", id(-7) >> 1, id(-1) >> 1, id(-2) >> 1, id(-3) >> 1);
    printf("%08x %08x\n", (unsigned)(mn >> 4), (unsigned)mn >> 4);
    /* right shift rounds toward minus infinity, division toward zero */
    printf("%d %d\n", id(-7) >> 1, id(-7) / 2);
    printf("%d %d\n", id(-9) >> 2, id(-9) / 4);
    /* negative signed char promotes to a negative int */
    {
        signed char c = -16;
        short s = -256;
        printf("%d %d\n", c >> 2, s >> 4);
        printf("%x\n", (unsigned)(c >> 2));
    }
    printf("%d %d\n", -16 >> 2, -1 >> 31);
    /* positive signed values shift in zeros */
    printf("%d %d\n", id(0x40000000) >> 30, id(1000) >> 3);
    printf("%d %d\n", id(3) << 4, id(0x00FFFFFF) << 7);
    return 0;
}

/* integer promotions in arithmetic on narrow types */
#include <stdio.h>

int main(void) {
    unsigned char a = 10, b = 20;
    unsigned short us1 = 60000, us2 = 60000;
    short s1 = 200, s2 = 300;
    signed char sc = -3;
    unsigned char uc = 3;
    unsigned u = 3;
    int r;
    /* unsigned char operands promote to int, so the difference is negative */
    r = a - b;
    printf("%d\n", r);
    printf("%d\n", a - b < 0);
    printf("%u\n", (unsigned char)(a - b));
    /* unsigned short values fit in int: us1 + us2 is an int 120000 */
    printf("%d\n", us1 + us2);
    printf("%d\n", (unsigned short)(us1 + us2));
    printf("%d\n", s1 * s2);
    printf("%d\n", (short)(s1 * s2));
    /* signed char times unsigned char: both promote to int */
    printf("%d\n", sc * uc);
    /* signed char times unsigned int: converted to unsigned */
    printf("%u\n", sc * u);
    printf("%d\n", (int)(sc * u));
    printf("%d\n", sc + uc == 0);
    printf("%d\n", sc + u == 0);
    /* division after promotion */
    printf("%d %d\n", sc / 2, sc % 2);
    printf("%u\n", sc / 2u);
    /* unary minus on unsigned char gives a negative int */
    printf("%d\n", -uc);
    printf("%u\n", -u);
    /* mixing short and unsigned char */
    {
        short neg = -1;
        unsigned char ff = 255;
        printf("%d %d\n", neg == ff, (unsigned char)neg == ff);
        printf("%d\n", neg + ff);
        printf("%d\n", neg < ff);
    }
    /* bit ops on promoted bytes */
    {
        unsigned char x = 0x0F;
        printf("%d %d\n", ~x, (unsigned char)~x);
        printf("%d\n", (~x & 0xFF) == 0xF0);
        printf("%d\n", ~x == 0xF0);
    }
    return 0;
}

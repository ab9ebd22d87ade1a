/* usual arithmetic conversions in comparisons */
#include <stdio.h>

static int id(int x) { return x; }
static unsigned uid(unsigned x) { return x; }

int main(void) {
    int m1 = id(-1);
    unsigned one = uid(1);
    unsigned char uc = 255;
    signed char sc = -1;
    unsigned short us = 65535;
    short ss = -1;
    printf("%d %d\n", -1 < 1u, -1 < 1);
    printf("%d %d %d\n", m1 < one, m1 > one, m1 == 4294967295u);
    printf("%d %d\n", (unsigned)m1 == 0xFFFFFFFFu, m1 < (int)one);
    /* char and short promote to int, so these compare as signed */
    printf("%d %d\n", uc > sc, sc < 1);
    printf("%d %d\n", us > ss, ss < 0);
    printf("%d %d\n", uc == 255, sc == -1);
    printf("%d\n", sc == 255);
    /* but compared against unsigned int, sc becomes huge */
    printf("%d %d\n", sc < one, ss < one);
    printf("%d\n", uc < one);
    printf("%d %d %d\n", m1 >= 0u, m1 <= 0u, m1 != 0u);
    printf("%d %d\n", 0u - 1u > 0u, id(0) - 1 > 0);
    printf("%d\n", (unsigned)id(-5) > (unsigned)id(5));
    printf("%d\n", id(-5) > id(5));
    printf("%d\n", -2147483647 - 1 < 0);
    printf("%d\n", 2147483648u > 0);
    printf("%d\n", id(-2147483647) - 1 < id(2147483647));
    return 0;
}

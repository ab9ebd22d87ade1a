/* integer semantics: wrap-around, signed/unsigned compare, division signs, shifts */
#include <stdio.h>
#include <limits.h>

int main(void) {
    int big = INT_MAX;
    unsigned u = 0;
    int m = -7;
    printf("%d %u\n", big + 1, u - 1);
    printf("%d %d %d %d\n", m / 2, m % 2, 7 / -2, 7 % -2);
    printf("%d %d\n", -1 < 1u, -1 < 1);
    printf("%d %d %u\n", m >> 1, m << 3, 0x80000000u >> 31);
    printf("%d %d %d\n", (char)200, (unsigned char)-1, (short)70000);
    printf("%x %x %x\n", 0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F);
    printf("%d %d %d\n", !5, ~0, -(-3));
    return 0;
}

/* bit manipulation: popcount, reversal, masks, rotations */
#include <stdio.h>
int popcount(unsigned v) { int n = 0; while (v) { n += v & 1; v >>= 1; } return n; }
unsigned rotl(unsigned v, int k) { return (v << k) | (v >> (32 - k)); }
int main(void) {
    unsigned v = 0xA5F0C3u;
    printf("%d %x %x %x\n", popcount(v), rotl(v, 8), v & ~0xF0u, v ^ (v >> 4));
    printf("%d %d %u\n", -17 >> 2, -17 / 4, 1u << 31);
    return 0;
}

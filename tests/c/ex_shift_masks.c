/* building masks and extracting fields with shifts */
#include <stdio.h>

static unsigned mask(int n) { return n >= 32 ? 0xFFFFFFFFu : (1u << n) - 1u; }
static unsigned field(unsigned v, int lo, int len) { return (v >> lo) & mask(len); }
static unsigned rotl(unsigned v, int n) { return n == 0 ? v : (v << n) | (v >> (32 - n)); }
static unsigned rotr(unsigned v, int n) { return n == 0 ? v : (v >> n) | (v << (32 - n)); }

static int popcount(unsigned v) {
    int n = 0;
    while (v) { v &= v - 1; n++; }
    return n;
}

int main(void) {
    unsigned v = 0x12345678u;
    int n;
    for (n = 0; n <= 32; n += 8)
        printf("mask(%d)=%08x\n", n, mask(n));
    printf("%x %x %x %x\n", field(v, 0, 4), field(v, 4, 8), field(v, 28, 4), field(v, 16, 16));
    printf("%08x %08x\n", rotl(v, 8), rotr(v, 8));
    printf("%08x %08x\n", rotl(v, 0), rotl(0x80000001u, 1));
    printf("%d %d %d\n", popcount(v), popcount(0), popcount(0x80000101u));
    /* packing RGB */
    {
        unsigned r = 0x12, g = 0xAB, b = 0xEF;
        unsigned rgb = r << 16 | g << 8 | b;
        printf("%06x\n", rgb);
        printf("%u %u %u\n", rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
    /* setting, clearing, toggling and testing bits */
    {
        unsigned flags = 0;
        flags |= 1u << 3;
        flags |= 1u << 31;
        flags ^= 1u << 0;
        printf("%08x\n", flags);
        flags &= ~(1u << 3);
        printf("%08x %d %d\n", flags, (flags >> 31) & 1, (flags & (1u << 3)) != 0);
    }
    /* sign extension of a 12-bit field using shifts on int */
    {
        unsigned raw = 0xABC;
        int sx = (int)(raw << 20) >> 20;
        printf("%d\n", sx);
        raw = 0x7BC;
        sx = (int)(raw << 20) >> 20;
        printf("%d\n", sx);
    }
    /* byte swap */
    printf("%08x\n", (v >> 24) | ((v >> 8) & 0xFF00u) | ((v << 8) & 0xFF0000u) | (v << 24));
    return 0;
}

/* gcc's bit-counting and byte-swapping builtins, with their long and long
   long forms (a long is 32 bits here, 64 for gcc on x86-64: clzl is checked
   against the width); no header is needed. */
int printf(const char *format, ...);

int main(void) {
    unsigned values[] = { 1, 2, 3, 0x80, 0xff00, 0x12345678, 0x7fffffff, 0x80000000, 0xffffffff };
    for (int i = 0; i < 9; i++) {
        unsigned x = values[i];
        unsigned long long wide = (unsigned long long)x << 20 | x;
        printf("%08x: %d %d %d %d %d %d | %d %d %d %d %d %d | %d %d %d\n", x,
               __builtin_popcount(x), __builtin_clz(x), __builtin_ctz(x), __builtin_ffs((int)x),
               __builtin_parity(x), __builtin_clrsb((int)x),
               __builtin_popcountll(wide), __builtin_clzll(wide), __builtin_ctzll(wide),
               __builtin_ffsll((long long)wide), __builtin_parityll(wide),
               __builtin_clrsbll((long long)wide),
               __builtin_popcountl(x), __builtin_clzl(x) == __builtin_clz(x) + (int)(8 * sizeof(long)) - 32,
               __builtin_ctzl(x));
        printf("  %04x %08x %016llx\n", __builtin_bswap16((unsigned short)x), __builtin_bswap32(x),
               __builtin_bswap64(wide));
    }
    printf("%d %d %d %d\n", __builtin_ffs(0), __builtin_ffsll(0), __builtin_clrsb(0), __builtin_clrsb(-1));
    return 0;
}

/* tinyexec random program: seed 7016 */
#include <stdio.h>

#define OP_mul(a, b) ((a) * (b))
#define K0 ('\1')
struct S0 {
    signed f0;
    unsigned short f1;
    signed char f2;
    int f3;
};

unsigned long long g1 = 1762377614;
static _Bool g3 = K0;
static const unsigned long long tbl5[6] = {0x2540be400LL, 281474976710656ll, 0xf87ec61580eb5d35ull, 0x80000000u, 0xfffffffffffffff9, 01777777777737777777777LLU};
unsigned crc = 0;

static long long int mod_ll(long long int a, long long int b) { return b == 0 || (a == -0x7fffffffffffffffLL - 1 && b == -1) ? a : a % b; }
static long long unsigned mod_ull(long long unsigned a, long long unsigned b) { return b == 0 ? a : a % b; }
static unsigned fold64(unsigned long long v) { return (unsigned)v * 2654435761u ^ (unsigned)(v >> 32); }

static unsigned char f0(unsigned a7, long long a8, short int unsigned a9) {
    if (OP_mul(g1, tbl5[(unsigned)a8 % 6u])) return '\10';
    crc = crc * 31u + (unsigned)(a7 >> ((tbl5[5] == g1) - (g1 != 8) & 15) >> (31 % ((g1 & 3) + 1) * 2682189511U * mod_ll(a8 = tbl5['\0'], g3 * a9) & 31));
    --g1;
    crc = crc * 31u + (unsigned)a7;
    crc = crc * 31u + fold64(a8);
    crc = crc * 31u + (unsigned)a9;
    return a8 = tbl5['\1'] | a9;
}

int main(void) {
    if (tbl5[1u] * g3 * (0x100u ? g1 : tbl5['\4'])) goto skip1;
    printf("%lld\n", ((g1-- ? g1 - (g1 << 1) : tbl5['\4'] << '\37') < (int)sizeof(struct S0)) * 6LL);
    for (int g3 = 3; g3; --g3) {
        struct S0 ls12 = {0};
        switch (((g3 ? tbl5[g3] : 0x6) && ls12.f0) << (-tbl5['\5'] + (g1 *= g1) & 7)) {
        case 16:
            g1 = f0(g3, g1, mod_ull(6, tbl5[g3]) ^ tbl5[0x4] < tbl5[g3]);
            g1 = f0((unsigned short)(tbl5[2] << g3), g3 == tbl5[g3], 100);
            break;
        case 0x2bu:
            ls12 = ls12;
            break;
        case 119:
            {
                g1 = f0(g1 - ls12.f0 >= g3 * g1, g3 ? tbl5[2u] / ((g1 & 15) + 1) : g3 == 13, (int)sizeof(g3));
            }
            break;
        }
    }
    for (unsigned u14 = 10; u14-- > 0; ) {
        g1 -= g1 >> 40;
        g3 = f0(+~g3, 15, u14);
        short int unsigned l16 = tbl5[0x3ll] ^ tbl5[0x5];
    }
    skip1:;
    crc = crc * 31u + fold64(g1);
    crc = crc * 31u + (unsigned)g3;
    for (int k0 = 0; k0 < 6; k0++) {
        crc = crc * 31u + fold64(tbl5[k0]);
    }
    printf("crc %08x\n", crc);
    return (int)(crc >> 24);
}

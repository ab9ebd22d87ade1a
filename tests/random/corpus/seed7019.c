/* tinyexec random program: seed 7019 */
#include <stdio.h>

#define OP_and(a, b) ((a) & (b))
#define OP_or(a, b) ((a) | (b))
#define K0 (10)
#define K1 (63)
#define K2 (0x1)
#define K3 (32)
typedef unsigned long long t_unsigned_long_long;
struct S0 {
    _Bool f0;
};
struct S1 {
    struct S0 f0;
    unsigned short f1;
    unsigned char f2;
};

t_unsigned_long_long g1 = 7ll;
static char ga3[2] = {0};
unsigned crc = 0;

static int div_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a / b; }
static unsigned long long div_ull(unsigned long long a, unsigned long long b) { return b == 0 ? a : a / b; }
static unsigned fold64(unsigned long long v) { return (unsigned)v * 2654435761u ^ (unsigned)(v >> 32); }

static _Bool f0(struct S0 a5) {
    a5.f0 = OP_or(a5.f0, a5.f0 + 11 + (a5.f0 >= a5.f0));
    _Bool l6 = 8u;
    _Bool l8 = l6 - (l6 + l6);
    return 3;
}

static short f1(int signed depth, struct S1 a10) {
    unsigned la11[10] = {[7] = K0, [9] = depth + 16ll + depth * a10.f0.f0};
    if (depth > 0) f1(depth - 1, a10);
    return (((-255 & 255) << (a10.f1 & 3)) * (0x20u >= a10.f0.f0) >= a10.f0.f0 << (la11['\0'] - a10.f0.f0 & 7)) - ((long long signed)((-2147483647 - 1) + a10.f1) - -9112918306221070521);
}

static _Bool f2(struct S1 a13, struct S0 a14, signed int a15) {
    a15 = a15;
    struct S1 *p16 = &a13;
    a15 = a15 != -32769;
    f1(3, a13);
    a15 = f0(f0(a14.f0 && a15 ? a14 : a13.f0) ? a14 : a13.f0);
    return 011;
}

int main(void) {
    ++g1;
    if (('\0' ? g1 : ga3[0x1u]) << 7) {
        g1 = (int unsigned)-906881302;
    } else if (-((int)sizeof g1 * (ga3[0LL] + 7LL))) {
        {
            int w18 = 0;
            while (ga3[0x2 && g1] && w18++ < 8) {
                for (int i20 = 10; i20 > 0; --i20) {
                    unsigned short l22 = ga3[(unsigned)(long long)ga3[0] % 2u];
                }
                g1 = ga3[0x0u];
            }
        }
        unsigned la24[4][4] = {{2}, {g1, 0x1, 3670957937u, g1 * ~g1}, {(g1 | 2u) << (-325740841 & 63), '\5', 16U, (ga3[0x1u] > g1) - g1}, {0x80000000u, 0xfffffff9, 0xffffffff, 7}};
    } else if (g1) {
        unsigned short l26 = !g1 && g1 << 33LLU;
        crc = (crc ^ g1 & (0xdf92b13du & (--l26 ? 255 ^ ga3[0] : ga3[0x0u] | g1))) * 16777619u;
    }
    g1--;
    printf("@2 %x\n", crc);
    if (g1 == 0x7) goto skip1;
    crc = (crc ^ 0x1) * 16777619u;
    crc = crc * 31u + (unsigned)0xcu;
    skip1:;
    ga3[32767 & 1] = div_ull('\3' * g1, g1 >> K1);
    signed short l28 = 16 + g1 & ga3[1u] + 6;
    ga3[(l28 *= ga3[1]) >= (1 & 11)] = ga3[0];
    printf("%llX\n", -32769 + 19LL & g1);
    printf("@7 %x\n", crc);
    if (l28++) {
        for (long long i30 = 0; i30 != 7; i30 = i30 + 1) {
            long long l32 = i30 ^ ga3[K2] | ga3[0] >> (l28 & 31);
            unsigned short la34[5] = {ga3[0x1] - ga3[0] - ga3[0x1u] / ((l32 & 255) + 1), OP_and(l32, (int)sizeof(unsigned long long)), g1 % ((-1164357978 & 7) + 1) * (g1 ? 0xffffffff : 0xe), 4U, 0x5};
        }
        crc = (crc ^ ++ga3[!g1]) * 16777619u;
        g1 = ga3[(ga3['\1'] = l28) || g1];
    } else {
        int i36 = 0;
        for (i36 = 5; i36 < 13; ++i36) {
            l28 = (g1 >= g1) - 20;
            g1++;
        }
    }
    for (int i38 = 0; i38 <= 25; i38 += 2) {
        if (ga3[1]) {
            for (unsigned long long i40 = 1; i40 <= 8; i40++) {
                ga3[0x0]--;
                ga3[1LL] = 0x5 ? 708801928 : 0x9u;
            }
            char *p42 = ga3;
        } else {
            ga3[0x0] = (g1 = ((ga3[01] ? ga3[0] : ga3[0]) >= (281470681808895 || i38)) + ga3[1], l28 * 1);
        }
        _Bool la44[2] = {1u, 1u};
        struct S1 ls46 = {{1}};
    }
    printf("@9 %x\n", crc);
    unsigned char l48 = (int)((unsigned)ga3[1] << (l28 & 7)) + g1;
    crc = crc * 31u + (unsigned)l28;
    crc = crc * 31u + (unsigned)l48;
    crc = crc * 31u + fold64(g1);
    for (int k0 = 0; k0 < 2; k0++) {
        crc = crc * 31u + (unsigned)ga3[k0];
    }
    printf("crc %08x\n", crc);
    return (int)(crc >> 24);
}

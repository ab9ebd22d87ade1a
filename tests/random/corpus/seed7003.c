/* tinyexec random program: seed 7003 */
#include <stdio.h>

typedef signed char t_signed_char;
typedef int t_int;
struct S0 {
    unsigned short int f0;
};
struct S1 {
    struct S0 f0;
};

t_int ga1[8] = {[0] = 3, [1] = -2029123083, [2] = -32768, [3] = '\10', [4] = 4, [5] = 3, [6] = -1098227780, [7] = 4096 | 12 ^ 0x0};
static unsigned short ga3[16] = {5, 1000, 7u, 01750, 16, 0x5u, 7, 32768 / 201674870, 1000, 0xb, 32768, 0x9, 4096, 2268, 19, 65535};
char ga5[3][3];
static struct S1 ga7[2] = {{{1000}}, {{.f0 = 2 * 18U & -1817530915}}};
unsigned crc = 0;

static unsigned mod_u(unsigned a, unsigned b) { return b == 0 ? a : a % b; }

unsigned short int f0(int depth, struct S1 a9) {
    a9.f0.f0 = ga3[3];
    for (unsigned short *ga1 = ga3 + 16; ga1 != ga3; ) {
        --ga1;
        ga3[depth] &= depth <= depth;
        unsigned char l12 = (a9.f0.f0 * ga5[2][0] || ga5[(unsigned)mod_u(0x13u, depth) % 3u][2]) - ((ga5[0x2u][2] && ga7[1].f0.f0) <= depth);
    }
    if (depth > 0) f0(depth - 1, a9);
    crc = crc * 31u + (unsigned)depth;
    crc = crc * 31u + (unsigned)a9.f0.f0;
    return a9.f0.f0;
}

unsigned f1(char a14, unsigned char a15, unsigned *pa16) {
    if (ga1[7u] >= (ga5[1][0] -= a14) * (int)sizeof(int)) {
        a14 = +5;
        ga5[0x1][0x1]++;
    } else {
        ga7[0] = ga7[1];
    }
    crc = crc * 31u + (unsigned)a14;
    crc = crc * 31u + (unsigned)a15;
    return ga7[1].f0.f0 << ((a15 = -32769) & 15);
}

_Bool f2(t_int depth, char a17) {
    a17 = a17 >= depth;
    a17 = depth && depth;
    ++a17;
    a17 = a17;
    if (depth > 0) a17 = f2(depth - 1, depth);
    return a17;
}

struct S1 f3(void) {
    ;
    {
        switch (11) {
        default:
            {
                t_int l18 = 32767 / 7 * ((-1947267832 & 3) * 16);
                l18 = (int)((unsigned)l18 + (unsigned)l18) >> (l18 & 15);
                l18 = f2(1, (int)-(unsigned)l18 * 0);
            }
        case 013:
            f2(0, 65535 < f2(0x2, 15));
            break;
        }
    }
    signed char la20[8] = {19, 0, 0, 0x7, 1 + 0xc & 20, 0x10, 20, 32};
    struct S1 r = {.f0 = {.f0 = 3}};
    return r;
}

int main(void) {
    ga1[(unsigned)((ga7[0x1].f0.f0 ^ ga7[0x1u].f0.f0) - (3 && ga7[1].f0.f0)) % 8u] = ga5[0U][0];
    crc = crc * 31u + (unsigned)ga7[(unsigned)((ga1[4u] = 3735928559u, 0x4u) * (-724141630 - ga5[0x2][2u])) % 2u].f0.f0;
    printf("@1 %x\n", crc);
    switch ((+ga7[0].f0.f0 ? 5u >> (ga5[0x2][0x0u] & 15) : 8) + 1956555673) {
    case 1956555674:
        if (-2) {
            ga3[14] = ga7[1].f0.f0 || ga1['\a'];
            {
                int w22 = 0;
                while (w22++ < 13 && (int)sizeof(ga1)) {
                    printf("% d\n", 8 < ga7['\0'].f0.f0 == 0 || 8 < ga7['\0'].f0.f0 == -1 ? -1 ^ ga5[2][0] : (-1 ^ ga5[2][0]) / (8 < ga7['\0'].f0.f0));
                }
            }
            f3();
        }
    default:
    case 1956555678:
        break;
    case 1956555673:
    case 1956555681:
        if ((int)((unsigned)(ga7[0].f0.f0 ^ ga1[5]) - (ga5[1][0x0] = ga3[5], ga1[5])) >> (ga3[(unsigned)((char)(unsigned short)ga3[1] * ga3[12] - f2(0, ga3[6])) % 16u] & 15)) break;
        ga7[0x1].f0.f0 = ga5[ga5['\2'][1] < (ga5[0U][1] & 7) << 5][(unsigned)(ga1[4u] ? ga5['\0'][2] ^ ga5[0][1] : 1 ^ 10) % 3u];
        break;
    }
    printf("@2 %x\n", crc);
    unsigned u24 = 0;
    for (u24 = 12; u24-- > 0; ) {
        ga1[0x1u] = 3;
        ga7[1].f0.f0 &= (ga3[0xe] | ga7[1].f0.f0) + (short)18;
        for (t_int i26 = 0; i26 < 11; i26 += 1) {
            int *p28 = &ga1[1];
            ga7[(unsigned)(u24 % 0x5 - (ga7[0].f0.f0 < ga5[0][2])) % 2u].f0.f0 = ga3[u24];
        }
    }
    crc = crc * 31u + (unsigned)u24;
    for (int k0 = 0; k0 < 8; k0++) {
        crc = crc * 31u + (unsigned)ga1[k0];
    }
    for (int k0 = 0; k0 < 16; k0++) {
        crc = crc * 31u + (unsigned)ga3[k0];
    }
    for (int k0 = 0; k0 < 3; k0++) {
        for (int k1 = 0; k1 < 3; k1++) {
            crc = crc * 31u + (unsigned)ga5[k0][k1];
        }
    }
    for (int k0 = 0; k0 < 2; k0++) {
        crc = crc * 31u + (unsigned)ga7[k0].f0.f0;
    }
    printf("crc %08x\n", crc);
    return (int)(crc >> 24);
}

/* tinyexec random program: seed 7001 */
#include <stdio.h>

struct S0 {
    int f0;
    unsigned char f1;
    signed char f2;
};
typedef struct S0 S0_t;
struct S1 {
    struct S0 f0;
    char f1;
};
struct S2 {
    unsigned short f0;
    _Bool f1[3];
};
typedef struct S2 S2_t;

static short int unsigned g1 = 16;
short int g3 = -8343;
static signed char ga5[16];
signed char ga7[2][3];
static const _Bool tbl9[8] = {'\1', 1, 1, '\1', 1, 1, 1, 1};
unsigned crc = 0;

static int mod_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a % b; }

static signed short f0(int a11) {
    {
        if (mod_i(ga7[0]['\2'], g1 >= g1 | (int)((unsigned)a11 + (unsigned)ga5[10]))) {
            int i12 = 0;
            for (i12 = 5; i12 < 15; i12 = i12 + 1) {
                g3++;
                crc = crc * 31u + (unsigned)((8 & g3) >> (0x3e8 == g3));
            }
        }
    }
    for (signed char *q14 = ga5; q14 < ga5 + 16; q14++) {
        crc = (crc ^ (a11 = -g1, 0x0 * ga7[1][2]) >> ((g3 >= g1) << tbl9['\a'])) * 16777619u;
    }
    crc = crc * 31u + (unsigned)a11;
    return (ga7[--ga5[2] & 1][1] == -988067193) << ((0u + g1) * (tbl9[6] - g3) & 15);
}

static _Bool f1(unsigned a16) {
    a16 |= a16 & a16;
    a16 = ~(a16 & 04473155547) * ((0x10 && 128) ^ a16);
    {
        int w17 = 0;
        do {
            int i19 = 0;
            for (i19 = 0; i19 != 12; ++i19) {
                int signed l21 = i19;
            }
        } while ((a16 *= a16) - (3 <= 2) && ++w17 < 3);
    }
    a16 = (a16 != a16 != a16 / 0x11) + -418932550;
    return (short)a16;
}

int main(void) {
    char l23 = f1(-g1);
    if (l23 - 0x2u) goto skip1;
    {
        int w25 = 0;
        do {
            {
                g1 /= (tbl9['\0'] & mod_i(ga5[w25], w25) & 255) + 1;
                if (65535) continue;
                _Bool la27[4] = {01, 1, (_Bool)(g3 * tbl9[4]), w25};
            }
            switch (ga5[w25] * ((ga7[1][1u] = 31, -128) >> (unsigned int)w25)) {
            case -11077:
                ga5[tbl9[7]] = ga7[1][0x2] = g3;
                break;
            default:
                l23 ^= f1(tbl9[7] <= 1889465313 || tbl9['\3'] + w25);
            case 1000:
                if (g1) break;
                break;
            }
        } while (++w25 < 14);
    }
    skip1:;
    l23 = ga5[15] - tbl9[6];
    printf("@2 %x\n", crc);
    ga7[0]['\0'] >>= (unsigned short)(l23 <= tbl9[06]) - l23 & 7;
    printf("@3 %x\n", crc);
    g3 = 05 >= 0x7;
    crc = crc * 31u + (unsigned)8;
    struct S0 ls29 = {19, (char)(12 < ga5[1]), 100};
    ls29 = ls29;
    crc = crc * 31u + (unsigned)l23;
    crc = crc * 31u + (unsigned)ls29.f0;
    crc = crc * 31u + (unsigned)ls29.f1;
    crc = crc * 31u + (unsigned)ls29.f2;
    crc = crc * 31u + (unsigned)g1;
    crc = crc * 31u + (unsigned)g3;
    for (int k0 = 0; k0 < 16; k0++) {
        crc = crc * 31u + (unsigned)ga5[k0];
    }
    for (int k0 = 0; k0 < 2; k0++) {
        for (int k1 = 0; k1 < 3; k1++) {
            crc = crc * 31u + (unsigned)ga7[k0][k1];
        }
    }
    for (int k0 = 0; k0 < 8; k0++) {
        crc = crc * 31u + (unsigned)tbl9[k0];
    }
    printf("crc %08x\n", crc);
    return (int)(crc % 256u);
}

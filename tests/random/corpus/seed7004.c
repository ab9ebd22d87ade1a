/* tinyexec random program: seed 7004 */
#include <stdio.h>

struct S0 {
    signed short f0;
};
typedef struct S0 S0_t;
struct S1 {
    short f0[4];
    _Bool f1;
    short f2[2];
};
struct S2 {
    signed char f0[3];
    char f1[4];
    unsigned char f2;
    short f3;
};

static struct S2 gs1 = {.f0 = {[0] = -128, [1] = 0x5d, [2] = 01750}, .f1 = {(int)-(unsigned)(int)((unsigned)-374973195 << 2), ('\r' + '\17') / ((0 >> 16 & 3) + 1), 0x10u}, .f2 = 10, .f3 = -3243};
_Bool g3 = 0x0;
unsigned crc = 0;

static int mod_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a % b; }

static unsigned f0(void) {
    if ('\1') {
        {
            int w5 = 13;
            while (--w5 >= 0) {
                if ('\6' == (w5 ? -1770225824 : w5)) {
                    signed char la7[8] = {w5 / (w5 | 1) + (w5 >> 0x13u), 16, 9, -31, w5 & w5 && w5, w5 >> w5, '\x80', 0x0u};
                    char l9 = la7[1] -= la7[4];
                }
            }
        }
    }
    return 1u > 0x10000 ? -129 : 0x2 != 4;
}

char f1(int depth, signed char a11, struct S1 a12) {
    {
        int w13 = 0;
        while (w13++ < 20 && (_Bool)(12 | -1)) {
            unsigned short l15 = depth ? depth : --a12.f2[0u];
        }
    }
    char l17 = a12.f1 = depth;
    if (0x13u <= 310418982 && 0xbu == g3) return (_Bool)a12.f0[03] && !--a12.f2[0x1u];
    if (gs1.f1[0x0u]) return !'\n' ? 3735928559u / (((l17 || a12.f0[3]) & 15) + 1) + gs1.f2 * (0x64 || g3) : (g3 = 1 || depth ? -gs1.f2 : (short)037, g3 - 7);
    if (depth > 0) g3 = f1(depth - 1, (unsigned)(l17 + gs1.f1[3]), a12);
    crc = crc * 31u + (unsigned)depth;
    crc = crc * 31u + (unsigned)a11;
    for (int k0 = 0; k0 < 4; k0++) {
        crc = crc * 31u + (unsigned)a12.f0[k0];
    }
    crc = crc * 31u + (unsigned)a12.f1;
    for (int k0 = 0; k0 < 2; k0++) {
        crc = crc * 31u + (unsigned)a12.f2[k0];
    }
    crc = crc * 31u + (unsigned)l17;
    return a12.f2[1] + mod_i(gs1.f0['\1'], l17) - (a12.f2[0] == a11) % (l17 - -1812882127);
}

int f2(unsigned char a19) {
    switch (a19) {
    case 13:
        crc = crc * 31u + (unsigned)(gs1.f0[(unsigned)mod_i(g3 == 18u, --a19) % 3u] = 0x0, a19 << (gs1.f2 & 15) & mod_i(a19, gs1.f1['\0']) & (int)sizeof a19);
        break;
    case 164:
        {
            int w20 = 8;
            while (--w20 >= 0) {
                if (65536 << (((a19 ? a19 : g3) ^ w20) & 7)) break;
                crc = (crc ^ '\r') * 16777619u;
                {
                    int w22 = 0;
                    while (w22++ < 2) {
                        g3 = a19 != w20 ^ gs1.f3;
                    }
                }
            }
        }
        break;
    default:
    case 249:
        ;
    }
    crc = crc * 31u + (unsigned)a19;
    return gs1.f0[0];
}

int main(void) {
    gs1.f3 = g3;
    switch (gs1.f0[(unsigned)gs1.f2 % 3u]) {
    default:
        {
            _Bool l24 = --gs1.f0[2];
        }
        break;
    case 12:
        crc = (crc ^ ((0xbu || 0x51e8927eu) ^ gs1.f0[0] * g3) < (gs1.f0[1] <= (g3 & gs1.f3))) * 16777619u;
        break;
    }
    printf("@1 %x\n", crc);
    gs1 = gs1;
    --g3;
    printf("@3 %x\n", crc);
    crc = (crc ^ (g3++, (gs1.f2 != g3) << (gs1.f2 ? 0x12u : '\1'))) * 16777619u;
    {
        int w26 = 0;
        do {
            crc = crc * 31u + (unsigned)f0();
            g3 = f0();
        } while (++w26 < 7);
    }
    g3 = ((gs1.f3 = gs1.f3) ? '\22' : (unsigned char)0xa) ^ +32767;
    gs1.f0[(unsigned char)g3 <= gs1.f3 * gs1.f3] /= 255 < 6u | 1;
    unsigned la28[4] = {[0] = g3 * 7 ^ (12 ? g3 : g3), [1] = 4294967295u, [2] = 2, [3] = 9};
    la28[0x3u]++;
    gs1.f3 = la28[0x0u];
    crc = crc * 31u + (unsigned)g3;
    g3 = gs1.f3;
    for (unsigned int *q30 = la28; q30 < la28 + 4; q30++) {
        for (unsigned int *q32 = la28; q32 != la28 + 4; q32++) {
        }
    }
    printf("@13 %x\n", crc);
    for (int k0 = 0; k0 < 4; k0++) {
        crc = crc * 31u + (unsigned)la28[k0];
    }
    for (int k0 = 0; k0 < 3; k0++) {
        crc = crc * 31u + (unsigned)gs1.f0[k0];
    }
    for (int k0 = 0; k0 < 4; k0++) {
        crc = crc * 31u + (unsigned)gs1.f1[k0];
    }
    crc = crc * 31u + (unsigned)gs1.f2;
    crc = crc * 31u + (unsigned)gs1.f3;
    crc = crc * 31u + (unsigned)g3;
    printf("crc %08x\n", crc);
    return (int)(crc >> 24);
}

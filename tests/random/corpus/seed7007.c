/* tinyexec random program: seed 7007 */
#include <stdio.h>

typedef int t_int;
typedef unsigned char t_unsigned_char;
struct S0 {
    unsigned char f0;
};
struct S1 {
    unsigned short f0;
    char f1;
    signed char f2;
};
typedef struct S1 S1_t;
struct S2 {
    _Bool f0;
    struct S0 f1;
};

static struct S0 gs1;
t_int g3 = !0xb;
static char unsigned ga5[2] = {01, 2};
static const char unsigned tbl7[7] = {20u, 4u, 0xfu, 8, 0, 5u, 3};
S1_t gs9 = {20, 12};
unsigned crc = 0;

static int mod_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a % b; }

short signed int f0(void) {
    printf("%12u\n", 3542742034u);
    ++gs9.f0;
    gs1.f0 *= tbl7[0] << ((int)((unsigned)-1931066070 * (unsigned)g3) & 7) | gs9.f2 || gs9.f1 & tbl7[(unsigned)((tbl7['\0'] ? 10 : tbl7[0x5u]) + (ga5[0x0u] - '\4')) % 7u];
    gs1.f0 = gs9.f1;
    gs1.f0 = (gs9.f2 / -128 - ((int)-(unsigned)g3 & 1) | g3) + 0;
    return ((12 || gs1.f0) != 4294967295u) / (gs9.f1 | 1) ^ +(+gs9.f0 % -'\xf9');
}

void f1(void) {
    g3 = f0();
    struct S1 *p11 = &gs9;
    gs9 = *p11;
    ga5['\0'] = tbl7[5] - 010000;
    return;
}

static char f2(unsigned short a13, t_int a14, char a15) {
    for (t_unsigned_char *q16 = ga5; q16 < ga5 + 2; q16++) {
        if (15 * gs9.f2) break;
        {
            gs9 = gs9;
            switch (gs1.f0) {
            case 7:
                q16[0] = ga5[1];
                crc = crc * 31u + (unsigned)(9 || mod_i((int)tbl7[0x4u], *q16 - 10));
                break;
            case 4096:
                {
                    if ((signed char)gs9.f1) break;
                }
                break;
            default:
                crc = crc * 31u + (unsigned)(a15 & a14 ? gs1.f0 : (-2147483647 - 1) != *(q16 + 0));
            case 113:
                gs1.f0 = *(q16 + ((int)((unsigned)a14 << (-128 & 7)) & 0));
                break;
            case 19:
                a14 = gs1.f0 & ga5[0] < g3;
                break;
            case 0x17u:
                gs1.f0 %= 02;
                break;
            }
            a15++;
        }
    }
    crc = crc * 31u + (unsigned)a13;
    crc = crc * 31u + (unsigned)a14;
    crc = crc * 31u + (unsigned)a15;
    return 0xeu;
}

unsigned short f3(char a18, struct S0 a19, signed char a20) {
    char l21 = (a20 |= a19.f0) ? a20 : (a20 ^= a19.f0);
    {
        int w23 = 0;
        while (w23++ < 2) {
            if (a19.f0 > a18 ^ (a18 ? w23 : l21)) {
                {
                    int w25 = 0;
                    while (w25++ < 13) {
                        unsigned short l27 = w23 > l21;
                        l21 = w23;
                    }
                }
            }
        }
    }
    return a19.f0;
}

int main(void) {
    {
        if (0x6u) {
            f2(tbl7[4], gs9.f0, (char)g3 * (g3 >> 10));
            t_unsigned_char l29 = 0x11u;
        } else if (gs9.f0 >>= gs1.f0 & 31) {
            _Bool l31 = ga5[0];
        }
        ga5[0U] = (char)f3((int)sizeof(gs1), gs1, 1000U - gs9.f1);
    }
    printf("@0 %x\n", crc);
    crc = (crc ^ ga5[gs9.f2-- & 1]) * 16777619u;
    if (gs9.f1) {
        gs1.f0 = -2 > 15U;
        {
            int w33 = 0;
            do {
                unsigned char l35 = gs9.f2;
            } while ((tbl7[6] << 9) + (gs1.f0 + tbl7[6U]) >> (w33 * ((int)((unsigned)g3 * (unsigned)ga5[0x0]) & 32767) & 31) && ++w33 < 10);
        }
    }
    printf("@2 %x\n", crc);
    for (unsigned char *gs9 = ga5; gs9 < ga5 + 2; gs9++) {
        gs1.f0 = ga5[0x1];
    }
    printf("@3 %x\n", crc);
    ga5[1]++;
    printf("@4 %x\n", crc);
    gs1.f0 &= 10;
    --gs9.f0;
    for (t_unsigned_char *q39 = ga5; q39 < ga5 + 2; q39++) {
        if (gs9.f0) {
            S1_t *p41 = &gs9;
        }
    }
    char l43 = gs9.f0 = g3;
    printf("@8 %x\n", crc);
    crc = (crc ^ (int)((unsigned)(l43 + 11 >> 19) << (l43 & 15))) * 16777619u;
    {
        int gs1 = 0;
        do {
            ga5['\1'] = (l43 & 1) << gs1;
        } while (++gs1 < 13);
    }
    printf("@10 %x\n", crc);
    crc = crc * 31u + (unsigned)ga5[1];
    crc = (crc ^ (_Bool)6 != gs1.f0) * 16777619u;
    ga5[0] = (unsigned char)l43;
    crc = crc * 31u + (unsigned)l43;
    crc = crc * 31u + (unsigned)gs1.f0;
    crc = crc * 31u + (unsigned)g3;
    for (int k0 = 0; k0 < 2; k0++) {
        crc = crc * 31u + (unsigned)ga5[k0];
    }
    for (int k0 = 0; k0 < 7; k0++) {
        crc = crc * 31u + (unsigned)tbl7[k0];
    }
    crc = crc * 31u + (unsigned)gs9.f0;
    crc = crc * 31u + (unsigned)gs9.f1;
    crc = crc * 31u + (unsigned)gs9.f2;
    printf("crc %08x\n", crc);
    return (int)(crc % 256u);
}

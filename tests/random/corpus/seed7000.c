/* tinyexec random program: seed 7000 */
#include <stdio.h>

typedef char t_char;
struct S0 {
    char f0;
    unsigned char f1;
};
typedef struct S0 S0_t;
struct S1 {
    short f0;
    signed char f1;
};

static unsigned char ga1[2][2] = {{'\3' - 17 - (13 - 1198123475), 128}, {-1389049104 - 3251185809U + (0x10 & 0x8u), 13}};
unsigned char g3 = '\0';
struct S1 gs5 = {17, -1};
struct S0 gs7;
unsigned g9 = 1000;
S0_t gs11;
unsigned crc = 0;

static unsigned mod_u(unsigned a, unsigned b) { return b == 0 ? a : a % b; }

static void f0(struct S0 a13) {
    if (a13.f0 = gs5.f0++, a13.f0) goto skip1;
    if ((gs7.f0 & 1) << (gs5.f0 & 7)) {
        a13.f0 *= g9;
    } else if (g9 * (gs7.f0 ? a13.f0 : ga1[0x0][1]) == 0 ? a13.f1 : a13.f1 % (g9 * (gs7.f0 ? a13.f0 : ga1[0x0][1]))) {
        if (~(g9 ^ -7)) {
            gs11.f1++;
            gs11.f0 = ga1[0][1];
            gs7.f1 = gs11.f1 / 15 >> (gs7.f0 & 31) >> ((9 | ga1[0x0][1]) / (_Bool)-128 & 15);
        }
        {
            int w14 = 0;
            while (w14++ < 10) {
                crc = crc * 31u + (unsigned)(0x0 + (g3 * a13.f1 | gs7.f1 % 01) + gs7.f1);
            }
        }
    }
    skip1:;
    crc = crc * 31u + (unsigned)a13.f0;
    crc = crc * 31u + (unsigned)a13.f1;
    return;
}

static void f1(signed char a16) {
    printf("% d\n", -1856123630 && (gs11.f1 << (gs5.f1 & 3)) * (g3 ^ ga1[0][0x0u]));
    {
        crc = (crc ^ 0) * 16777619u;
        ga1[0x1][(gs5.f1 ^ g3) & 1] &= 65535u;
        crc = crc * 31u + (unsigned)0x0;
    }
    gs5.f1 = !(g3 >> (a16 & 31) ? gs11.f1 : 0x12u);
    gs7.f1 = -32769;
    for (unsigned int u17 = 4; u17-- > 0; ) {
        S0_t ls19 = {10 + a16 || (int)g9, 32};
    }
    crc = crc * 31u + (unsigned)a16;
    return;
}

int f2(_Bool pa21[]) {
    if (gs7.f1 || g9 + -32768) {
        pa21[-(g3 && g9) & 3] = +(3 / (int)sizeof g3);
        printf("%d\n", (_Bool)((int)sizeof(struct S0) < 16));
    }
    gs7 = gs7;
    if (-pa21[0x1]) goto skip2;
    if (gs5.f1 || 4) {
        if (*pa21) {
            signed char g9[5] = {04};
            _Bool l24 = 14 >> *(pa21 + 3);
            g3 = l24;
        }
    }
    {
        int w26 = 9;
        while (--w26 >= 0) {
            ga1[0][0x0u] = 15;
            signed char l28 = -gs5.f1;
        }
    }
    skip2:;
    return *pa21 += (ga1['\1'][1] = mod_u(g9 << *(pa21 + 3), -2 + g3), -gs7.f0);
}

int main(void) {
    crc = crc * 31u + (unsigned)((g9 ? '\20' : ga1[0][1]) << ((signed char)g3 & 15));
    gs5 = gs5;
    printf("@1 %x\n", crc);
    --g9;
    f0(gs7);
    S0_t *p30 = &gs7;
    printf("@4 %x\n", crc);
    for (unsigned u32 = 20; u32-- > 0; ) {
        if (u32 << (-129 & 3) || p30->f1) goto skip3;
        p30->f1 ^= (12 > 0x20u) - ((-534533379 && g9) & (gs11.f1 ? u32 : gs11.f1));
        printf("%5d\n", (0x746a84d9u * (gs11.f1 % 127) ? g9 % ((p30->f0 % ((gs5.f0 & 7) + 1) & 3) + 1) : -g3 ^ (gs5.f0 | gs5.f1)) ? (g9 = 0x4) > (gs7.f0 -= 1480156093) > 0xdce0ae62 : ~((gs7.f0 = gs5.f1) != gs11.f0));
        gs11 = *p30;
        skip3:;
        t_char l34 = (gs11.f0 = -0x8u) > 0x9u;
    }
    gs7.f1 = gs5.f0;
    crc = crc * 31u + (unsigned)g9;
    short unsigned l36 = (gs5.f1 & 4096) * gs7.f1;
    crc = crc * 31u + (unsigned)g9;
    char signed la38[5] = {0};
    unsigned short l40 = p30->f0 / 18 >= p30->f1 - g9;
    crc = crc * 31u + (unsigned)l36;
    for (int k0 = 0; k0 < 5; k0++) {
        crc = crc * 31u + (unsigned)la38[k0];
    }
    crc = crc * 31u + (unsigned)l40;
    for (int k0 = 0; k0 < 2; k0++) {
        for (int k1 = 0; k1 < 2; k1++) {
            crc = crc * 31u + (unsigned)ga1[k0][k1];
        }
    }
    crc = crc * 31u + (unsigned)g3;
    crc = crc * 31u + (unsigned)gs5.f0;
    crc = crc * 31u + (unsigned)gs5.f1;
    crc = crc * 31u + (unsigned)gs7.f0;
    crc = crc * 31u + (unsigned)gs7.f1;
    crc = crc * 31u + (unsigned)g9;
    crc = crc * 31u + (unsigned)gs11.f0;
    crc = crc * 31u + (unsigned)gs11.f1;
    printf("crc %08x\n", crc);
    return crc & 255;
}

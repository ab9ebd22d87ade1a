/* tinyexec random program: seed 7005 */
#include <stdio.h>

typedef unsigned short t_unsigned_short;
struct S0 {
    signed char f0[3];
};
typedef struct S0 S0_t;
struct S1 {
    short f0;
    int f1;
};
typedef struct S1 S1_t;
struct S2 {
    short int f0;
    unsigned f1;
    unsigned short f2;
};

int g1 = -509671996;
_Bool g3;
unsigned crc = 0;

static int div_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a / b; }
static int mod_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a % b; }

static unsigned short f0(_Bool a5, signed char a6) {
    a5 = a6 & 17 * g3;
    g3 /= (a5 ? g3 : 6) - 2 | 1;
    crc = crc * 31u + (unsigned)((a5 || a6) - (g3 || 12));
    crc = crc * 31u + (unsigned)a5;
    crc = crc * 31u + (unsigned)a6;
    return a5;
}

static char f1(int depth, unsigned a7) {
    f0((depth || g3) - ~g3, g1);
    printf("%d\n", (g3 = g3) & depth);
    if (!(7 <= -482213268)) return g1 && 2u;
    if (depth > 0) g3 = f1(depth - 1, g3 % 0xabed88bb > (int)sizeof(g3));
    crc = crc * 31u + (unsigned)depth;
    crc = crc * 31u + (unsigned)a7;
    return a7 / -129;
}

char f2(signed int depth, unsigned char a8, S0_t a9) {
    crc = (crc ^ (unsigned short)(int)((unsigned)((a9.f0[1] = 255) % 1000) << ((-2 ^ a8) & 7)) + (a8 - (depth > g3))) * 16777619u;
    a8 = 10;
    if (a8 || 15) {
        printf("%d\n", a8 - g3 + ((g1 | depth) & 255));
        a8 ^= 12 == depth | a9.f0[0];
    } else {
        g1 = (a9.f0[1] + depth) % (((a8 | a9.f0[1]) & 255) + 1);
    }
    if (depth > 0) g1 = f2(depth - 1, a8 += depth, a9);
    crc = crc * 31u + (unsigned)depth;
    crc = crc * 31u + (unsigned)a8;
    for (int k0 = 0; k0 < 3; k0++) {
        crc = crc * 31u + (unsigned)a9.f0[k0];
    }
    return a8;
}

void f3(void) {
    for (int i10 = 5; i10 != 10; ++i10) {
        g1 = 8 >> g3 <= (g1 ? 0x1u : i10);
        if (mod_i((int)((unsigned)(256 << i10 & 7 & 255) * 2147483647), g3 / (g3 + i10))) {
            g1 *= g3 = (g1 < 2184594509u) * i10;
            unsigned l12 = (i10 ^ g1) % 3 + (i10 << i10);
        }
    }
    return;
}

int main(void) {
    {
        int w14 = 0;
        while (w14++ < 10) {
            g1 = f0('\2', (int)((unsigned)g1 * g1) || ~w14);
            signed char w14 = g1 ? g1 : g3;
            int l18 = (unsigned short)+6;
        }
    }
    printf("@0 %x\n", crc);
    g1 &= 0x6u + g3 >> (((int)((unsigned)g1 + g3) & (g1 | g1)) / ((g1 / ((g1 & 255) + 1) > (-255 ? 3 : 16) & 15) + 1) & 7);
    g3--;
    printf("@2 %x\n", crc);
    char l20 = div_i(-g3, g3);
    if ((l20 || g3) != 0x8u) goto skip1;
    if (!-128 >> (-256 & 15)) {
        int signed i22 = 0;
        for (i22 = -3; i22 < -1; i22 += 1) {
            crc = crc * 31u + (unsigned)l20;
            char l24 = 4294967295u;
        }
    } else {
        if (g3 && g1) {
            f1(0x5u, 8 + g1 % 30000 != g3 / 0xe647895au);
        } else if (l20) {
            unsigned short l26 = 0x9u;
        }
    }
    {
        int w28 = 0;
        do {
            g3 /= !(w28 ? w28 : g1) | 1;
            g1 = f0('\20' + (0x3u - w28), g1);
            if (g3) break;
        } while (++w28 < 5);
    }
    skip1:;
    if (l20 + l20 + (l20 || g3)) {
        g3 = f1(0x5, '\3');
        g1 = div_i(l20 -= (char unsigned)(g1 ^ 20), g3);
        g3 = (l20 != g3) >> g3;
    } else if ((int)((unsigned)(l20 -= g1 & 3) * (unsigned)(-1199344199 + 5))) {
        crc = (crc ^ ((g3 || g3) & (g1 ^ 3) | (l20 = g3 != 013))) * 16777619u;
        struct S2 ls30 = {0};
    } else {
        printf("%d\n", g1);
    }
    printf("@5 %x\n", crc);
    crc = crc * 31u + (unsigned)(l20 ? g1 : g3);
    g3++;
    _Bool l32 = (signed int)g1;
    printf("@8 %x\n", crc);
    g1 = l32 - 037;
    printf("@9 %x\n", crc);
    g1 = f0(g1 >> ((l20 /= -255) & 7), '\37');
    l20 |= 3;
    crc = crc * 31u + (unsigned)l20;
    crc = crc * 31u + (unsigned)l32;
    crc = crc * 31u + (unsigned)g1;
    crc = crc * 31u + (unsigned)g3;
    printf("crc %08x\n", crc);
    return (int)(crc % 256u);
}

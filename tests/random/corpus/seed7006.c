/* tinyexec random program: seed 7006 */
#include <stdio.h>

typedef char t_char;
struct S0 {
    unsigned f0[2];
};
typedef struct S0 S0_t;
struct S1 {
    S0_t f0;
    S0_t f1;
    unsigned short f2;
    signed char f3;
};

signed char g1;
short g3 = 31;
unsigned short ga5[8];
int g7 = 5;
unsigned crc = 0;

static int div_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a / b; }

static unsigned char f0(int depth, unsigned char a9, short a10) {
    for (int i11 = 5; i11 <= 6; i11 = i11 + 1) {
        {
            if (a10 = 'd') {
                crc = crc * 31u + (unsigned)(7 | ga5[i11] * depth);
                break;
                struct S0 g1 = {{g3, 4294901760u}};
            }
            crc = (crc ^ 32768u / i11) * 16777619u;
        }
        if ((signed int)g3) {
            g1 %= g7 | 1;
            ga5[i11] >>= ga5[depth] & 31;
        }
    }
    ga5[7]--;
    if (depth) {
        printf("%+d\n", ((19 ? g1 : g7) >> 18) - (g3 + g1));
        g7 ^= g7;
        static signed int st15 = 32767;
    }
    int la17[10] = {0, 12, 6, 15u, 4u, 7, 16, 11, 0u, '\14' * a10 + (g7 ^ (-2147483647 - 1)) % 30000};
    char signed l19 = (short)g7 - a9;
    if (depth > 0) g7 = f0(depth - 1, depth, l19 + 13 > -g3);
    crc = crc * 31u + (unsigned)depth;
    crc = crc * 31u + (unsigned)a9;
    crc = crc * 31u + (unsigned)a10;
    for (int k0 = 0; k0 < 10; k0++) {
        crc = crc * 31u + (unsigned)la17[k0];
    }
    crc = crc * 31u + (unsigned)l19;
    return la17[depth] & 32;
}

int main(void) {
    {
        int w21 = 0;
        do {
            struct S1 ls23 = {{{4294934527u, 4294967168u}}, {{16, (signed char)(unsigned)w21}}, 39120, 74};
            if (ls23.f1.f0['\1']) goto skip1;
            printf("%05d\n", g7 = ls23.f3 * g3);
            skip1:;
            ++ls23.f0.f0[ls23.f2 >= ls23.f1.f0[0]];
        } while (g3 && ++w21 < 12);
    }
    if ((int)((unsigned)((7 + (g1 ? ga5[1] : 6)) % 30000) << (g1 + g1 & 31))) {
        unsigned l25 = g3 = !11;
    }
    printf("@1 %x\n", crc);
    unsigned short *p27 = &ga5[6];
    printf("@2 %x\n", crc);
    printf("%d\n", div_i(g3, g7));
    {
        int w29 = 0;
        do {
            *(p27 + 0) >>= g3 & 7;
        } while (++w29 < 15);
    }
    printf("@4 %x\n", crc);
    crc = crc * 31u + (unsigned)g1;
    crc = crc * 31u + (unsigned)g3;
    for (int k0 = 0; k0 < 8; k0++) {
        crc = crc * 31u + (unsigned)ga5[k0];
    }
    crc = crc * 31u + (unsigned)g7;
    printf("crc %08x\n", crc);
    return (int)(crc % 256u);
}

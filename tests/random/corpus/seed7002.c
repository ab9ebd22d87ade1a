/* tinyexec random program: seed 7002 */
#include <stdio.h>

typedef char t_char;
typedef _Bool t_bool;
struct S0 {
    signed char f0;
    unsigned short f1;
    int f2;
};
struct S1 {
    unsigned f0;
    signed char f1;
    int unsigned f2;
};
struct S2 {
    struct S1 f0;
    short int unsigned f1;
    t_bool f2;
};

unsigned ga1[3][3] = {{19}, {(int)sizeof(char) * (-255 && 65535), 6, 0}, {1, 016, 9}};
unsigned short int ga3[2];
unsigned crc = 0;

static int mod_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a % b; }
static unsigned div_u(unsigned a, unsigned b) { return b == 0 ? a : a / b; }

static char signed f0(unsigned a5) {
    ga3[(short)ga3[0] & 1] = ga1[0][0];
    ga1[0][(unsigned)(ga1[0x0u][2] * ga3[0]) % 3u] *= ga1[0][0] || a5;
    signed char l6 = ga3[0] == (ga3[0x0] == 0 || ga3[0x0] == -1 ? 7 : 7 % ga3[0x0]) >> (ga3[0x0] + -1 & 31);
    if (l6--) {
        if (ga1[0x0u][0] / (ga1[1][0u] | 1)) {
            ga1['\1']['\2'] *= (char)(ga1[0]['\0'] - 15);
        } else {
            int l8 = a5 - ((ga1[1][l6 >= ga3[0x1u]] ^ 9) << (l6 >> (int)sizeof(struct S1) & 31));
            crc = (crc ^ (int)((unsigned)(signed char)-(l6 % 2) << (4294967295u & 31))) * 16777619u;
        }
        crc = (crc ^ (signed char)(20 << 11)) * 16777619u;
        for (unsigned short *q10 = ga3; q10 != ga3 + 2; q10++) {
            unsigned char l12 = *q10 - 255 + (l6 - *(q10 + 0));
            if (l12) break;
        }
    }
    crc = crc * 31u + (unsigned)a5;
    crc = crc * 31u + (unsigned)l6;
    return ~ga1[0x1][0x0u] << (ga1[0][1] & 31);
}

unsigned char f1(int signed depth) {
    printf("%#x\n", ga1[0x1u][0]);
    if (depth > 0) f1(depth - 1);
    crc = crc * 31u + (unsigned)depth;
    return -2147483647 - ga1[(unsigned)depth % 3u]['\0'];
}

static int unsigned f2(signed char a14, signed char a15) {
    if ((ga1[1][1u] == 0 ? a14 : a14 % ga1[1][1u]) >> ((a15 = -7) & 15)) {
        if (1373735535u / 0x8u || a15 * a15) {
            a14 = f0(mod_i(a15 < ga3[1], a14 == a14));
        } else if (0x3 - ga3[0]) {
            crc = crc * 31u + (unsigned)0xf998d1f4;
            signed short l16 = (int signed)(-0xee9615aau * (ga3[0x0u] + 3));
        } else if (ga1[0x1][0x1] || a14) {
            unsigned short l18 = a14 - a14;
            crc = (crc ^ a14) * 16777619u;
        }
        if ((ga3[1] <= a15) * ga3[(signed char)19 & 1]) return a14 - 17 == (a14 * ga3[0] ? a14 : -a15) & 2147483647;
        a14 = ga1[1u][2] = '\a';
    }
    for (unsigned short *q20 = ga3; q20 != ga3 + 2; q20++) {
        if ((ga1[0][0] -= ga1[2U][0x1u] - -2) + (q20[0u] = a14 >> (-65536 & 31), a14 - a14)) break;
    }
    crc = crc * 31u + (unsigned)a14;
    crc = crc * 31u + (unsigned)a15;
    return ((9 ? a15 : 13) & 255) << (ga3[ga1[1][0x0u] == ga1[02]['\2']] & 15);
}

int f3(int signed depth, short int unsigned a22) {
    a22 = f0(depth << (ga1[1][0] & 3) & (t_bool)a22);
    if (depth > 0) a22 = f3(depth - 1, -1 ^ ga3[1u]);
    crc = crc * 31u + (unsigned)depth;
    crc = crc * 31u + (unsigned)a22;
    return a22 % (4096 + (ga3[1] + 65536));
}

int main(void) {
    crc = crc * 31u + (unsigned)(ga1[0x1u][2] ^ ga3[1u] ^ -2036181396);
    printf("@0 %x\n", crc);
    f1(5);
    ga3[1] = ga1[(unsigned)ga3[ga1[0][2] && ga3[1]] % 3u][(unsigned)(ga1['\1'][0] & ga3[1]) % 3u] - ga3[(unsigned)-65536 % 2u];
    ga1[1][0x2]++;
    ++ga1[1][0u];
    ga1[(unsigned)((ga1[2][0] + ga1[0][1]) * 127) % 3u][(unsigned)~(20 * ga1[1]['\2']) % 3u] = ga3[0x0];
    {
        int w23 = 0;
        do {
            if (w23) {
                {
                    int w25 = 0;
                    do {
                        ++ga3[(unsigned)w25 % 2u];
                    } while (++w25 < 13);
                }
            }
            if (div_u(ga3[0], ga1[2][2]) >> (-438046803 ? w23 : w23)) {
                f0(3296031544u <= 0x8 || (ga3[1] %= 0xe67c68b3u));
                {
                    int ga1 = 16;
                    while (--ga1 >= 0) {
                        break;
                    }
                }
            }
            if (ga1[(unsigned)(ga1[2][01] + 8 >> !'\20') % 3u][1]) {
                if (ga1[01][w23] - w23) {
                    struct S2 ls29 = {{127, -63, -(ga1[w23][w23] & ga3[w23])}, 0, 1};
                    printf("%u\n", (signed char)(ga3[w23] < ls29.f1) + ls29.f2 * (16u - ga1[w23][2]));
                    printf("%u\n", ls29.f2-- & 0x2u);
                }
            }
        } while (++w23 < 2);
    }
    struct S2 ls31 = {{'\2', 0x0, 0xdu}};
    signed int l33 = ga1[(unsigned)(16 ^ ls31.f2) % 3u][2];
    switch (ga3[0x0] - ga1[0][1u]) {
    case 15u:
        switch ((unsigned char)(7 != 0x1)) {
        case 0x1:
            ls31 = ls31;
            ga3[ls31.f2]--;
        default:
            {
                if (l33) {
                    crc = crc * 31u + (unsigned)ls31.f0.f1;
                } else {
                    unsigned char l35 = -ls31.f1;
                    unsigned short ls31[5] = {l33, 8884, 255};
                }
            }
            break;
        }
    default:
        {
            int w39 = 19;
            while (--w39 >= 0) {
                crc = crc * 31u + (unsigned)w39;
                ga3[0] = -ga1[0][1];
            }
        }
        break;
    }
    ls31 = ls31;
    crc = crc * 31u + (unsigned)ls31.f0.f0;
    crc = crc * 31u + (unsigned)ls31.f0.f1;
    crc = crc * 31u + (unsigned)ls31.f0.f2;
    crc = crc * 31u + (unsigned)ls31.f1;
    crc = crc * 31u + (unsigned)ls31.f2;
    crc = crc * 31u + (unsigned)l33;
    for (int k0 = 0; k0 < 3; k0++) {
        for (int k1 = 0; k1 < 3; k1++) {
            crc = crc * 31u + (unsigned)ga1[k0][k1];
        }
    }
    for (int k0 = 0; k0 < 2; k0++) {
        crc = crc * 31u + (unsigned)ga3[k0];
    }
    printf("crc %08x\n", crc);
    return (int)(crc >> 24);
}

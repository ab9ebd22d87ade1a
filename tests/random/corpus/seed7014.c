/* tinyexec random program: seed 7014 */
#include <stdio.h>

#define OP_add(a, b) ((a) + (b))
#define OP_sub(a, b) ((a) - (b))
#define OP_mul(a, b) ((a) * (b))
#define OP_xor(a, b) ((a) ^ (b))
#define K0 (1)
#define K1 (0u)
#define K2 (1)
#define K3 (0)
#define K4 (256)
#define K5 (K3 + 1)
#define K6 (K4 - 236)
#define K7 (0x4)
#define K8 (8llu)
union U0 {
    long long m0;
    long long m1;
    unsigned m2[2];
    short signed int m3;
};
typedef union U0 U0_t;

static short unsigned ga1[2][2] = {{-('\0' & 1000)}, {[0] = 30595, [1] = ~!6570176461184079692u}};
static const int tbl3[5] = {0x10000u, 20, -1894739159LL, 0x7u, 31};
unsigned crc = 0;

static int div_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a / b; }

unsigned short f0(int depth, U0_t a5) {
    a5.m0 = OP_sub(((4096 ? a5.m0 : 6ll) >> 57) * (a5.m3 & 0xc), (5 << depth) / 17llU) ? a5.m3 : depth;
    int la6[8] = {[2] = 1281174712};
    short int l8 = 0x12;
    for (int i10 = 13; i10; i10 -= 1) {
        la6[depth] >>= (int)sizeof(signed char) % (short)5 <= (int)((unsigned)(256 & 65535) << (l8 & 31)) + (unsigned long long)l8;
    }
    if (depth > 0) l8 = f0(depth - 1, a5);
    return (_Bool)l8 - -32768 * depth;
}

static void f1(unsigned a12, signed char a13) {
    if (tbl3[3]) {
        crc = crc * 31u + (unsigned)(unsigned long long)a12;
        if ((-1491608753 | (-2147483647 - 1) | a12 / 7) + ((a12 < ga1[0ll][0]) + (tbl3[0x2uLL] & 32767) * (tbl3[0x2] % 10))) {
            a12 -= 13 && (ga1['\1'][0] <<= (ga1['\0'][1] >> (a13 & 3) & 31 & 65535) % 10);
            long int long l14 = OP_add((int)((unsigned)ga1[01][0x0]++ * tbl3[0]), (tbl3[K0] || a13) | a12);
            printf("%d %lli\n", (a12 || 11) * ga1[(unsigned)-2817656840U % 2u][ga1[1ll]['\0'] * (l14 & 32767) & 1] - a13--, tbl3[0u] - (l14 ^ a12) % 3);
        }
    }
    crc = crc * 31u + (unsigned)a12;
    crc = crc * 31u + (unsigned)a13;
    return;
}

int main(void) {
    crc = crc * 31u + (unsigned)+ga1[0x0][(tbl3['\1'] >> 26) + 20 & 1];
    printf("@0 %x\n", crc);
    switch (0xffffffffu * tbl3['\1'] + (tbl3[3] >> (tbl3[1u] & 15))) {
    case 3:
        ga1[0u][01] = (unsigned)-162058013 ? ga1[0][0] <= tbl3[03] : tbl3[1] == 0 || tbl3[1] == -1 ? tbl3[1] : tbl3[1] % tbl3[1];
        break;
    default:
        if (ga1[0][0] - ga1[0U][0] != (int)sizeof(short signed int)) {
            switch (ga1[tbl3[(unsigned)~(int)(OP_mul((unsigned)ga1[01][1], tbl3[2])) % 5u] & 1][0x1]) {
            case 52697:
                printf("%lld\n", (0xd << (ga1[1][0LL] == 0 ? 2u : 2u % ga1[1][0LL])) * (long long)9);
                break;
            }
            if (ga1[0x1][tbl3[1] > tbl3[2]] = ga1[0][0U] % -1207274303, ga1[(unsigned)(tbl3[0x3] ? tbl3[2u] : 3) % 2u][0x1]) goto skip1;
            printf("%d\n", ga1[1][1]);
            ga1[1uLL][0x0u] = (int)((unsigned)tbl3[K2] - (unsigned)tbl3['\3']);
            printf("%lld\n", (long long)((ga1[1][K3] ? ga1[1][1u] : ga1[0][0]) >> (ga1[0x1u][0] & 15)));
            skip1:;
            crc = (crc ^ (K4 && tbl3[0])) * 16777619u;
        } else {
            if (ga1[(ga1[1][1] = tbl3[4], 15) & 1][1]) {
                ++ga1[-(unsigned char)tbl3[3] & 1][0];
                printf("%d\n", ga1[0][0x0]);
            } else if (OP_xor(tbl3[1], ga1[1][0])) {
                ga1[(unsigned)(int)((unsigned)(+tbl3[3llu] & 3) * tbl3[3]) % 2u][(unsigned)ga1[0x0][ga1[0][(unsigned)(tbl3[0] / ((tbl3[04] & 255) + 1)) % 2u] & 1]-- % 2u] = -2;
            } else {
                printf("%d\n", div_i('\10', (int)sizeof(signed char) < ga1[1][1] - ga1[1][(unsigned)(ga1[0u][0] ^ 0xf8d5177e) % 2u]));
                ga1[0][1] = tbl3[(unsigned)+div_i(2, tbl3[4]) % 5u];
            }
            {
                int w16 = 11;
                while (--w16 >= 0) {
                    crc = (crc ^ (unsigned long long)((w16 | ga1[1U][K5]) + w16)) * 16777619u;
                    ga1[0x0][K6 & 1] = tbl3[1] / K7;
                    crc = (crc ^ (ga1[0][0] -= w16 <= -1487627321) / 3) * 16777619u;
                }
            }
        }
    }
    crc = (crc ^ K8 != (ga1[0][0u] >= tbl3[2]) - -ga1[0u][0LL]) * 16777619u;
    printf("%d\n", ga1[1u][(unsigned)ga1[0ll][(unsigned)(short)tbl3[4LLu] % 2u] % 2u] *= (tbl3[4] >> 13) % 3);
    printf("@3 %x\n", crc);
    crc = crc * 31u + (unsigned)(-255 + (256 + -691461999));
    {
        int ga1 = 0;
        do {
            if (ga1 + 17) continue;
            int i20 = 0;
            for (i20 = 2; i20 > 0; --i20) {
                {
                    if (0x11ULL) break;
                    if ((int)((unsigned)tbl3[2] * (unsigned)ga1)) break;
                }
                {
                    int w22 = 0;
                    while (ga1 && w22++ < 4) {
                        _Bool l24 = (char)i20;
                    }
                }
            }
            ;
        } while (++ga1 < 15);
    }
    printf("%d\n", ga1[(unsigned)(13 ^ ga1[1][0x0]) % 2u][(signed char)0] = 128 / -255);
    _Bool l26 = 31 % (0x11u <= 2147483647u | 1);
    crc = (crc ^ (l26 = ga1[0][0])) * 16777619u;
    int la28[4][3] = {{'\4', -0x100000000 - ga1[1][1] ^ tbl3[1] >> l26, !(int)((unsigned)(tbl3[4] % 1000) * (unsigned)-1546225438)}, {31, -255, 8}, {2147483647, '\10', 3}, {ga1[0][1] >> (0x8f7646d7 & 31) <= tbl3[0] / 0x10}};
    signed char l30 = (tbl3[0] ? 14 : l26) & (tbl3['\4'] == 0 || tbl3['\4'] == -1 ? -455510434 : -455510434 % tbl3['\4']);
    crc = crc * 31u + (unsigned)l26;
    for (int k0 = 0; k0 < 4; k0++) {
        for (int k1 = 0; k1 < 3; k1++) {
            crc = crc * 31u + (unsigned)la28[k0][k1];
        }
    }
    crc = crc * 31u + (unsigned)l30;
    for (int k0 = 0; k0 < 2; k0++) {
        for (int k1 = 0; k1 < 2; k1++) {
            crc = crc * 31u + (unsigned)ga1[k0][k1];
        }
    }
    for (int k0 = 0; k0 < 5; k0++) {
        crc = crc * 31u + (unsigned)tbl3[k0];
    }
    printf("crc %08x\n", crc);
    return (int)(crc % 256u);
}

#include <stdio.h>
#include <math.h>
#include <stdarg.h>
union dbits { double d; unsigned long long u; };
union fbits { float f; unsigned u; };
static unsigned ck = 2166136261u;

static unsigned long long bits_d(double x)
{
    union dbits b;
    b.d = x;
    return b.u;
}

static unsigned bits_f(float x)
{
    union fbits b;
    b.f = x;
    return b.u;
}

static void mix(unsigned long long v)
{
    ck = (ck ^ (unsigned)v) * 16777619u;
    ck = (ck ^ (unsigned)(v >> 32)) * 16777619u;
}

/* The sign of a NaN is not kept by gcc's optimizations (-(a / b) may become
   a / -b): a NaN is printed and mixed as +nan, except by the NaN-sign idiom's
   pn, whose operations gcc cannot rewrite (one at a time, on volatiles). */
static double cn(double x)
{
    return x != x ? fabs(x) : x;
}

static float cnf(float x)
{
    return x != x ? fabsf(x) : x;
}

static void pn(int tag, double x)
{
    printf("n%d %f %016llx\n", tag, x, bits_d(x));
    mix(bits_d(x));
}

static void pd(int tag, double x)
{
    x = cn(x);
    printf("d%d %.17g %016llx\n", tag, x, bits_d(x));
    mix(bits_d(x));
}

static void pf(int tag, float x)
{
    x = cnf(x);
    printf("f%d %.9g %08x\n", tag, x, bits_f(x));
    mix(bits_f(x));
}

static void pq(int tag, long long x)
{
    printf("i%d %lld\n", tag, x);
    mix((unsigned long long)x);
}

static void pu(int tag, unsigned long long x)
{
    printf("u%d %llu\n", tag, x);
    mix(x);
}

struct S {
    short m0[4];
    float m1;
    double m2;
    float m3;
};
static double g1 = (568.834176e-36 + 76);
static float g2 = 1e10f;
static float g3 = ((-0x0.0000000000001p-1022) - 2.88e3f);
static float ga4[4] = {(35 + 0.1e-2f), ((unsigned)1.17549435e-38f)};
static double ga5[3] = {1.6476e226, ((48u * 0.5f) - INFINITY), 147849223};
static struct S gs6[3] = {{{((unsigned)536871968 * (unsigned)1LL), 89ULL, ((unsigned)67 + (unsigned)2u), 2LL}, 1825.e1f, 52u, (-17)}, {{73, ((int)((double)0.122e-3)), 9223376984657100801ULL, 0}, ((double)4.e1f), (9218429489.1653101617e4f / (-1)), 5077092830255.6441e-3}, {{1048576u, 63u, 61u, 65536LL}, ((unsigned long long)((-NAN) > 65u) + (unsigned long long)(171875.01067696668e-1f > 41632)), (7.7e-2f + 972979), (1 / 0.94e-4f)}};
static struct S gs7 = {{26ULL, 10LL, 7083LL, (8388607.5f != 19.8e2)}, (44068212.1e-3 ? (-3296.10e-2f) : 51), 61.4e3f, (-9.9248047762747836112e-39f)};

static long long to_long_long_double(double x)
{
    long long r = 2182LL;
    if ((x >= -9223372036854775808.0 && x < 9223372036854775808.0))
        r = x;
    return r;
}

static float fn8(char p9, double p10, float p11, double p12)
{
    p12--;
    return 8805.e23;
}

static double fn13(int n, ...)
{
    va_list ap;
    double s = 0.0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        double x = va_arg(ap, double);
        s = s * x;
    }
    va_end(ap);
    return s;
}

static long long fn14(float p15, double p16)
{
    p16 *= 5.e35;
    long long v17 = ((0.467563512e-2f + 33554435LL) > (54u - p16));
    return ((_Bool)(4.4e1f * 1.0000001f));
}

static void fn18(float *p, int n, float k)
{
    for (int i = 0; i < n; i++) {
        if (p[i] < k) p[i] = k; else p[i] -= k;
    }
}

static struct S fn19(float p20, struct S s23, float p21, float p22)
{
    double v24 = (floor((p21 ? 272.e-2 : s23.m3)) * ((double)((unsigned long long)s23.m0[1] * (unsigned long long)s23.m0[3])));
    float v25 = (((s23.m2 / v24) - ((double)65.e17f)) * ((2.2e2 + s23.m0[1]) && (s23.m1 * v24)));
    return s23;
}

static float fn26(char p27)
{
    { int w28 = 0;
        while (w28 < 4 && (7.e-3f <= 0.7)) {
            double v29 = 6.;
            p27 = p27;
            w28++;
        }
    }
    long long v30 = p27;
    v30 = ((1077.6362716529010991e1f + 7.4e1f) == (!1e10f));
    return (((-2250082157.159894517e3f) * 220.308528e-7) * ((5818.295448328603e233 - 268.48851422062490078e1f) + ((0x1.000001p0 > 74) ? NAN : 0.253)));
}

int main(void)
{
    printf("f1 [%3.29g|%0E]\n", cn(gs7.m2), cn(fn13(1, ((double)(((double)g2) < ((double)9.9f))))));
    pd(2, ((((float)(g1 + gs6[0].m3)) + ((double)gs6[1].m1)) / (((gs7.m1 / g1) ? (gs7.m0[2] * g2) : ((float)(0.8e-4 + ((double)693990694070089.86e1f)))) - (-(gs7.m3 / 27027289.676412740e222)))));
    double v31 = ((!g2) ? g2 : (-73.5139970e-1f));
    gs6[0].m1 = ((isfinite(gs6[1].m3) * (4189860303640426.6e3 / 2.e-4f)) && floorf(gs6[1].m3));
    for (int k32 = 0; k32 < 4; k32++) {
        { int w33 = 0;
            while (w33 < 3 && (gs7.m0[3 - k32] > gs6[0].m1)) {
                --v31;
                float v34 = 858027.3e11;
                float v35 = g3;
                w33++;
            }
        }
    }
    gs7.m2 = (((float)gs7.m0[3]) != ((double)((g1 > -1.0 && g1 < 65536.0) ? (unsigned short)(g1) : 21037121)));
    gs6[0].m3++;
    gs6[2].m0[3] = (gs7.m2 < 0.24e-2f);
    printf("f3 [% .20F]\n", cnf(9353582539.7607032472e1f));
    gs6[1] = fn19(gs7.m2, gs6[0], (gs6[1].m1 / 0.154e-1), fn8(134221826, 0x1.fffffffffffffp+1023, g2, gs6[1].m2));
    pq(4, gs6[1].m0[3]);
    g1--;
    gs6[0].m1 -= trunc(fn26(((unsigned short)3.1e-3f)));
    pd(5, (round((v31 - g1)) * (-(gs7.m3 + g1))));
    {
        volatile double z = 0.0, o = 1.5, m = -2.0, i = INFINITY;
        volatile float zf = 0.0f, of = 1.5f, mf = -2.0f, if_ = INFINITY;
        volatile float n360 = sqrtf(mf);
        pn(6, n360);
        printf("N7 [% .0E]\n", n360);
    }
    gs6[2].m0[3] = ((unsigned long long)((_Bool)(-g2)) & (unsigned long long)(((unsigned long long)((unsigned)gs6[0].m0[0] & (unsigned)16777216)) >> 47));
    float v37 = gs6[0].m0[0];
    float v38 = ((g2 <= gs6[2].m2) ? gs7.m2 : gs7.m2);
    pd(8, 4503599627370497.5);
    pq(9, gs6[0].m0[2]);
    float v39 = (((v31 || 35LL) ? g3 : v37) + (gs7.m1 / v31));
    {
        int c42 = 0;
        float r40s = 0;
        for (double r40x = 9.222e-1; c42 < 4 && r40x < 1.0; r40x += 0.7) {
            r40s += r40x;
            c42++;
        }
        pf(10, r40s);
        pq(11, c42);
    }
    printf("f12 [%#E]\n", cn(((-0.0) * 94385633.305832244e-197)));
    gs6[2].m3 = ((((unsigned long long)(round(((gs7.m3 == gs6[2].m2) ? g2 : ga4[3])) < ((double)(v38 * v37)))) == 0) ? ((unsigned long long)to_long_long_double((fn13(4, gs7.m3, 5418.e1f, gs7.m2, g3) - (954.9e-2f * g3)))) : ((unsigned long long)to_long_long_double((fn13(4, gs7.m3, 5418.e1f, gs7.m2, g3) - (954.9e-2f * g3)))) % ((unsigned long long)(round(((gs7.m3 == gs6[2].m2) ? g2 : ga4[3])) < ((double)(v38 * v37)))));
    { int w43 = 0;
        while (w43 < 4 && (v38 >= v37)) {
            { int w44 = 0;
                while (w44 < 4 && (gs7.m0[0] < gs7.m1)) {
                    ga4[3 - w44] = (((gs6[1].m3 * 279342.e2f) <= 70227773.441770028093e1f) ? ((float)((unsigned short)gs6[0].m0[w43])) : ga4[w43]);
                    w44++;
                }
            }
            printf("f13 [%19.10G]\n", cn(105542.47e2));
            pd(14, fn8(((ga4[0] > -1.0 && ga4[0] < 256.0) ? (unsigned char)(ga4[0]) : 97), (g2 - g1), gs6[2].m1, (-44318642582.8e-2)));
            w43++;
        }
    }
    pd(15, g1);
    pf(16, g2);
    pf(17, g3);
    pd(18, ga4[0]);
    pf(19, ga4[1]);
    pf(20, ga4[2]);
    pf(21, ga4[3]);
    pd(22, ga5[0]);
    pd(23, ga5[1]);
    pd(24, ga5[2]);
    pq(25, gs6[0].m0[0]);
    pq(26, gs6[0].m0[1]);
    pq(27, gs6[0].m0[2]);
    pq(28, gs6[0].m0[3]);
    pd(29, gs6[0].m1);
    pd(30, gs6[0].m2);
    pf(31, gs6[0].m3);
    pq(32, gs6[1].m0[0]);
    pq(33, gs6[1].m0[1]);
    pq(34, gs6[1].m0[2]);
    pq(35, gs6[1].m0[3]);
    pf(36, gs6[1].m1);
    pd(37, gs6[1].m2);
    pd(38, gs6[1].m3);
    pq(39, gs6[2].m0[0]);
    pq(40, gs6[2].m0[1]);
    pq(41, gs6[2].m0[2]);
    pq(42, gs6[2].m0[3]);
    pd(43, gs6[2].m1);
    pd(44, gs6[2].m2);
    pf(45, gs6[2].m3);
    pq(46, gs7.m0[0]);
    pq(47, gs7.m0[1]);
    pq(48, gs7.m0[2]);
    pq(49, gs7.m0[3]);
    pf(50, gs7.m1);
    pd(51, gs7.m2);
    pf(52, gs7.m3);
    printf("ck %08x\n", ck);
    return (int)(ck % 256u);
}

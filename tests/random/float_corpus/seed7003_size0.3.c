#include <stdio.h>
#include <math.h>

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
    float m0;
    unsigned m1;
    double m2;
    _Bool m3[4];
    float m4;
};
static float g1 = ((2.e-3 + 3.5) - ((long long)0.3));
static float g2 = ((double)((double)8388768));
static double g3 = 737.057e-1f;
static float ga4[4] = {0x3p-2, 0.796e-1};
static struct S gs5[2] = {{10.6327239405e-3, ((unsigned long long)95u * (unsigned long long)26u), 0.0f, {78, 815316996, 13ULL, 454002255745LL}, (504161337088530256.12f / 33628008.751303993e2)}, {8.14e2, (6.566e2 > (33554435 ? 989305176.7743709e1f : 3769281492.1435799e1)), 45, {1048576u, ((unsigned long long)(-66.105304305874878e-3f)), ((unsigned long long)0x1p63), 2251799813693448LL}, ((double)82)}};

static signed char to_signed_char_double(double x)
{
    if (x > -129.0 && x < 128.0)
        return x;
    return (-1);
}

static unsigned to_unsigned_float(float x)
{
    if (x >= 0 && x < 4000000000.0)
        return x;
    return 18426673u;
}

static signed char fn6(double p7)
{
    double v8 = 8.72681520745e-3f;
    v8 *= (33554435 * v8);
    double v9 = fmod((((float)0.9e-3f) * round(p7)), (fmod(v8, p7) * (-((float)0.3039f))));
    v8 = ceil(p7);
    return to_signed_char_double((((v9 / p7) + ((float)0.1452f)) * ((v8 + 1) / (v8 * p7))));
}

static void fn11(float p12)
{
    long long v13 = ((_Bool)((unsigned long long)gs5[1].m3[3] ^ (unsigned long long)gs5[0].m1));
    v13 = gs5[1].m3[2];
    gs5[0].m4 *= (-((g2 == ga4[3]) ? ga4[0] : gs5[0].m2));
    pd(1, ((double)8));
}

static void fn14(double *p, int n, float k)
{
    for (int i = 0; i < n; i++) {
        p[i] += k * (float)i;
    }
}

static struct S fn15(struct S s18, float p16, float p17)
{
    if (((s18.m2 / p17) >= (-396.8e4f))) {
        p17 = (((p16 * s18.m3[2]) / 77.204125e-160f) + sqrtf((30.56e-1 / (-INFINITY))));
        p17 = (s18.m2 / p16);
    } else {
        { int w19 = 0;
            while (w19 < 4 && (s18.m4 != s18.m4)) {
                s18 = s18;
                w19++;
            }
        }
    }
    if ((!s18.m0)) {
        s18.m4++;
        s18.m2 = to_unsigned_float(((float)(0.117e3 * p16)));
    } else {
        switch ((int)(((p16 >= -9223372036854775808.0 && p16 < 9223372036854775808.0) ? (long long)(p16) : 35LL) % 4)) {
        case -2:
            s18 = s18;
            break;
        case -1:
            s18.m2 *= ((-p16) * (s18.m4 * (p16 / p16)));
            break;
        case 3:
            s18.m0 = ((_Bool)(p17 == s18.m2));
            break;
        default:
            s18.m0 = (((-p16) < ((-(868227968.678427e3f + 98.e-84f)) * 86555.3529075e3)) ? (0.99e4f + ((s18.m0 + p16) + (38u + s18.m4))) : ((((((long long)s18.m1) == 0 || ((long long)s18.m1) == -1) ? ((long long)s18.m3[2]) : ((long long)s18.m3[2]) / ((long long)s18.m1)) == (p16 * s18.m0)) ? ((s18.m4 == p16) ? (5.4e24 / s18.m1) : (3.5 + 1.1e-29)) : ((float)fmod(p17, s18.m0))));
        }
        s18.m4 *= p16;
    }
    s18.m1 = ((fabs(s18.m0) < 20000000.0) ? (int)(s18.m0) : 18);
    return s18;
}

static double fn21(float p22, float p23)
{
    double v24 = 99;
    p22 = ((float)6.2f);
    return trunc((36.04e176f * ((short)9.e-4)));
}

static void fn26(double p27, float p28, short p29, double p30)
{
    p28 = 0x3p-2;
}

int main(void)
{
    pd(2, 217745179151.e9f);
    if (((0.891211e-2f / gs5[1].m4) == (-gs5[0].m4))) {
        g1 = ((154559092207008689.08e-2 / ga4[0]) * ((((double)58006ULL) - ((13LL <= 52114899.6808e27f) ? g1 : g1)) * ((gs5[0].m2 <= 2.2250738585072009e-308) ? ceilf(ga4[1]) : fn21(gs5[1].m0, gs5[0].m4))));
        for (int k31 = 0; k31 < 4; k31++) {
            pq(3, 218375);
        }
    } else {
        if ((roundf(gs5[1].m0) <= (g2 + gs5[0].m3[0]))) {
            { int w32 = 0;
                while (w32 < 4 && (g1 || gs5[0].m4)) {
                    printf("f4 [%f|%*.*G]\n", cnf(floorf(((g2 - g2) + fn21(g2, 0.5f)))), 24, 2, cn((1358954560u ? 3161864046926.0171e289f : 1.e-4)));
                    fn11(g1);
                    g3 += ga4[2];
                    w32++;
                }
            }
            for (int k33 = 0; k33 < 4; k33++) {
                gs5[0].m2 += 60995480681.260788027e2;
                gs5[0].m4--;
                g2 = (sqrt((g2 - gs5[1].m4)) * ((double)(0.9e-2f * ga4[1])));
            }
        }
        fn26(fn21(gs5[1].m4, g1), fmod(4503599627370496.5, gs5[0].m0), gs5[0].m1, (ga4[1] / 430900810638.e-3));
    }
    ga4[1] *= fn21((gs5[1].m2 * g2), (874.5e-2f * gs5[1].m4));
    pd(5, ((fn21((g2 / g2), (7.67e149 - 256042.e1)) - ((41195460301.8e4f > gs5[0].m4) - fabs(ga4[1]))) + (((gs5[0].m4 + g3) - g1) / ((float)g3))));
    pf(6, g1);
    pf(7, g2);
    pd(8, g3);
    pf(9, ga4[0]);
    pf(10, ga4[1]);
    pf(11, ga4[2]);
    pf(12, ga4[3]);
    pf(13, gs5[0].m0);
    pu(14, gs5[0].m1);
    pd(15, gs5[0].m2);
    pu(16, gs5[0].m3[0]);
    pu(17, gs5[0].m3[1]);
    pu(18, gs5[0].m3[2]);
    pu(19, gs5[0].m3[3]);
    pd(20, gs5[0].m4);
    pd(21, gs5[1].m0);
    pu(22, gs5[1].m1);
    pd(23, gs5[1].m2);
    pu(24, gs5[1].m3[0]);
    pu(25, gs5[1].m3[1]);
    pu(26, gs5[1].m3[2]);
    pu(27, gs5[1].m3[3]);
    pd(28, gs5[1].m4);
    printf("ck %08x\n", ck);
    return (int)(ck % 256u);
}

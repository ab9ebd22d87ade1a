#include <stdio.h>
#include <stdlib.h>
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
    short m0[4];
    float m1;
    double m2;
};
static float g1 = 7.006492321624085e-46;
static float g2 = 41ULL;
static unsigned long long g3 = (-4);
static float ga4[7] = {(((short)0.2) * (1000 / 1e10f)), 4069.1099062816598484, 1e16, 1048608, (-9.8e-24), 4, (-42611469.7461e-2f)};
static struct S gs5 = {{((unsigned long long)97 - (unsigned long long)168719290), ((signed char)3780.9e-4), 635007581818978303LL, ((unsigned short)(1LL - 2462.e-22f))}, 33554435, 6.e4f};

static unsigned char to_unsigned_char_float(float x)
{
    return (x > -1.0 && x < 256.0) ? (unsigned char)x : 0;
}

static unsigned char fn6(float p7)
{
    p7 = (((p7 * 9LL) > -129.0 && (p7 * 9LL) < 128.0) ? (signed char)((p7 * 9LL)) : 1);
    return to_unsigned_char_float(fabsf(p7));
}

static void fn8(unsigned long long p9, float p10, unsigned p11)
{
    pq(1, ((1e22 * (gs5.m1 - 0x1p63)) > (-g1)));
}

int main(void)
{
    g2 *= (ga4[2] > 20u);
    printf("f2 [%+ .53F]\n", cnf(ga4[4]));
    g2 = (gs5.m0[3] - 8.2e-1);
    g2 = ((((double)g3) <= (ga4[6] * g1)) ? gs5.m2 : round(g2));
    gs5.m1 = ((unsigned long long)((unsigned long long)(((unsigned long long)((unsigned)gs5.m0[2] * (unsigned)7LL)) >> 42) | (unsigned long long)(((double)gs5.m1) == gs5.m2)) * (unsigned long long)(((double)(1.1e-1f + gs5.m1)) && (gs5.m2 / (gs5.m1 * gs5.m1))));
    printf("f3 [%+29.7E]\n", cnf((g1 * 827596.174e30f)));
    g1--;
    { int w12 = 0;
        while (w12 < 2 && isinf(gs5.m1)) {
            printf("m4 %.6g\n", cn(atanf(g2)));
            g2 = (((double)gs5.m1) / (g1 * gs5.m0[w12 + 1]));
            w12++;
        }
    }
    {
        float r13m = ga4[0];
        for (int k14 = 1; k14 < 7; k14++)
            r13m = ga4[k14] <= r13m ? ga4[k14] : r13m;
        pd(5, r13m);
    }
    if ((g3 / ((85.e-13f + 0.2) + ((unsigned long long)g3 * (unsigned long long)gs5.m0[3]))) > -1.0 && (g3 / ((85.e-13f + 0.2) + ((unsigned long long)g3 * (unsigned long long)gs5.m0[3]))) < 18446744073709551616.0)
        g3 /= ((85.e-13f + 0.2) + ((unsigned long long)g3 * (unsigned long long)gs5.m0[3]));
    if ((((double)289356276062748673LL) != (-g1))) {
        printf("f6 [%#8.14F]\n", cn(((double)ga4[3])));
        gs5.m1 /= g3;
        fn8(((long long)4294967293u), (g2 - gs5.m2), (!g2));
    }
    ga4[4]--;
    if ((sqrtf(gs5.m2) == (ga4[3] * gs5.m2))) {
        if ((gs5.m1 < ((float)gs5.m1))) {
            if (gs5.m2 >= 0 && gs5.m2 < 1.8e+19)
                g3 = gs5.m2;
        }
    } else {
        g3 = isfinite((((unsigned char)18014398576590851LL) * ((float)gs5.m1)));
    }
    printf("m7 %.6g\n", cn(exp2f(((gs5.m1 + ga4[0]) + floor(g1)))));
    g1 = ((double)1.0000001f);
    g1 = fpclassify(gs5.m1);
    pf(8, truncf(gs5.m2));
    pf(9, g1);
    pf(10, g2);
    pu(11, g3);
    pf(12, ga4[0]);
    pf(13, ga4[1]);
    pd(14, ga4[2]);
    pf(15, ga4[3]);
    pf(16, ga4[4]);
    pf(17, ga4[5]);
    pf(18, ga4[6]);
    pq(19, gs5.m0[0]);
    pq(20, gs5.m0[1]);
    pq(21, gs5.m0[2]);
    pq(22, gs5.m0[3]);
    pf(23, gs5.m1);
    pd(24, gs5.m2);
    printf("ck %08x\n", ck);
    return (int)(ck % 256u);
}

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
    float m0;
    unsigned long long m1;
};
static float g1 = ((unsigned)72057594173194252LL - (unsigned)4294967295u);
static float g2 = ((3552095953610.6117175e2 - 0x1p63) ? ((double)8.4643376407036185801e-31) : (3240.e-1 - (-0.0f)));
static float g3 = (5563.05e-22 / 88.8302442e-16);
static short ga4[3] = {(-3), (0x1.5p+10f <= 2256930.8676206051e4), ((unsigned long long)(242.0e-1 < 29446.0420466e-4f) + (unsigned long long)((unsigned long long)2783887LL + (unsigned long long)56))};
static struct S gs5[2] = {{0x1.8p1, ((unsigned long long)(9103.0344155829032e3f == 1e16) - (unsigned long long)((unsigned)(-17) + (unsigned)68u))}, {1e10f, 19}};

static signed char to_signed_char_float(float x)
{
    signed char r = (-12);
    if ((x > -129.0 && x < 128.0))
        r = x;
    return r;
}

static void fn6(double p7, double p8)
{
    g3 = (-((gs5[0].m0 < 3.7e4) ? (p8 + gs5[1].m0) : (ga4[1] - g2)));
    g1 *= ga4[0];
    for (int k10 = 0; k10 < 3; k10++) {
        double v11 = ga4[k10];
    }
}

static float fn12(unsigned short p13, float p14, float p15, double p16)
{
    p15 -= p16;
    p13 = p13;
    p16 = ((24608241.7630e3f / (792476.9811300887e-2f - ((double)585502282370669.61134e-2))) * (trunc(p14) / (p16 + 0.1f)));
    double v17 = (0.4570e-4f - p16);
    return (((8.2e-27f + 0.33333334f) * (21 / 1086.3175617976276566e4f)) - ((1.40220e-4 == 1.40220e-4 && signbit(1.40220e-4) != 0) ? ((p15 <= 1e-40f) ? p13 : 3.e1f) : (p15 / v17)));
}

int main(void)
{
    switch ((int)(((int)0.17e-4f) % 5)) {
    case -1:
        g3 = ((((3.e3 * g1) / (gs5[0].m0 + g3)) == (ceilf(82) / ((gs5[0].m0 < g3) ? g1 : g2))) ? sqrtf((((g3 != 6738731.1744943920180e-3) ? 45.8255e-3f : gs5[0].m0) * floorf(gs5[0].m0))) : 42);
        break;
    case 0:
        gs5[0].m0 = to_signed_char_float(fn12(((((int)((fabs(gs5[0].m0) < 1.2) ? (signed char)(gs5[0].m0) : 11722)) == 0 || ((int)((fabs(gs5[0].m0) < 1.2) ? (signed char)(gs5[0].m0) : 11722)) == -1) ? ((int)((g3 > -32769.0 && g3 < 32768.0) ? (short)(g3) : 12)) : ((int)((g3 > -32769.0 && g3 < 32768.0) ? (short)(g3) : 12)) / ((int)((fabs(gs5[0].m0) < 1.2) ? (signed char)(gs5[0].m0) : 11722))), g3, ((gs5[0].m0 < gs5[1].m0) ? 16777215 : ((double)6.26e-123f)), ((double)((unsigned long long)gs5[1].m1 ^ (unsigned long long)gs5[0].m1))));
        break;
    case 2:
        if ((ga4[0] * g2) > -32769.0 && (ga4[0] * g2) < 32768.0)
            ga4[0] *= g2;
        break;
    default:
        long long v18 = 46;
    }
    float la19[6] = {((0x1.5p+10f / ga4[0]) * ((unsigned)2147483648u * (unsigned)255LL))};
    printf("m1 %.10g\n", cn(atan2(la19[3], ((la19[2] && gs5[0].m0) ? 0.351 : 0.30000000000000004))));
    g2--;
    g3 += (6252936514302152.9e2 - 7361.75035897e10);
    unsigned short v20 = 36028797018963971LL;
    pf(2, g3);
    for (int k21 = 0; k21 < 5; k21++) {
        for (int k22 = 0; k22 < 3; k22++) {
            float v23 = (-(g3 * la19[k22 + 1]));
        }
        gs5[1] = gs5[1];
        pf(3, gs5[1].m0);
    }
    gs5[1].m0 = floor(gs5[1].m0);
    if (fabs((ga4[1] * (g3 + trunc(3.4028234663852886e38)))) < 30000.0)
        ga4[1] *= (g3 + trunc(3.4028234663852886e38));
    {
        float r24s = (fn12(52LL, g2, 9.2833807920794720062e3f, g3) / ((float)g1));
        for (float *q = la19; q < la19 + 6; q++)
            r24s = r24s * 0.5f + *q;
        pf(4, r24s);
    }
    printf("f5 [%-+ 16E]\n", cnf((fn12((g2 == g2 && signbit(g2) != 0), fn12(ga4[2], g1, g2, 1.006e-3), (gs5[1].m0 + 0.6f), (la19[2] / g3)) + ((g1 < 57849378604344229.87e34f) ? ((g2 == g1) ? 6.7f : g1) : (la19[3] == gs5[0].m0)))));
    g3 = v20;
    g2 = ((-0.1) + ((float)floorf(5.045e2f)));
    pd(6, g1);
    pf(7, g2);
    pf(8, g3);
    pq(9, ga4[0]);
    pq(10, ga4[1]);
    pq(11, ga4[2]);
    pf(12, gs5[0].m0);
    pu(13, gs5[0].m1);
    pf(14, gs5[1].m0);
    pu(15, gs5[1].m1);
    printf("ck %08x\n", ck);
    return (int)(ck % 256u);
}

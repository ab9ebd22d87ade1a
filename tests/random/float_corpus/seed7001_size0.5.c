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
    double m1;
    short m2[2];
    short m3;
};
static unsigned char g1 = 1;
static float g2 = (-0.0);
static unsigned short ga3[3] = {8454146};
static struct S gs4 = {(308.e-1f - 3863371399.3996531775e1f), 5466.26842, {(((float)418019.07492039955307e121f) != (4.e1 <= 0x1.8p-1f)), 9007750084296703LL}, 33588228u};

static unsigned to_unsigned_double(double x)
{
    if (x > -1.0 && x < 4294967296.0)
        return x;
    return 61u;
}

static unsigned long long to_unsigned_long_long_double(double x)
{
    unsigned long long r = 18446744073709551606ULL;
    if ((x > -1.0 && x < 18446744073709551616.0))
        r = x;
    return r;
}

static double fn5(double p6)
{
    p6 *= (((double)(p6 / 0.88e1f)) - to_unsigned_double((p6 - 12ULL)));
    --p6;
    double v7 = p6;
    return v7;
}

static unsigned long long fn8(_Bool p9, double p10, double p11)
{
    p10 *= ((4462707.0563679768e-2 / p10) + p10);
    return to_unsigned_long_long_double(((double)((p11 + p11) && (1.17549435e-38f * p11))));
}

int main(void)
{
    printf("m1 %.6g\n", cn(powf(((gs4.m0 / 4503599627370496.5) / gs4.m1), (-(gs4.m1 - gs4.m0)))));
    pu(2, g1);
    double v12 = gs4.m1;
    v12 = fn5((fn5(g2) * ((fabs(737165.e-4f) < 4.5e+18) ? (long long)(737165.e-4f) : 255LL)));
    ga3[1] = ((char)((unsigned)g1 | (unsigned)576777583450914815LL));
    gs4.m1 = (gs4.m0 + (((float)2147483648u) / (((float)96ULL) / (-v12))));
    gs4.m0 += (-1LL);
    g2 += (v12 + gs4.m0);
    if (round(fn5(v12)) > -32769.0 && round(fn5(v12)) < 32768.0)
        gs4.m2[0] = round(fn5(v12));
    if (((v12 - gs4.m1) || (37614.1e2 + gs4.m0))) {
        {
            float x13i;
            float x13f = modff((2.173e-3f + v12), &x13i);
            pd(3, x13f);
            pf(4, x13i);
        }
    } else {
        gs4 = gs4;
        pd(5, gs4.m0);
    }
    if ((g1 * ((gs4.m0 + 444686924855.e-3f) * ((v12 <= 0x1.000001p0) ? gs4.m0 : g2))) > -1.0 && (g1 * ((gs4.m0 + 444686924855.e-3f) * ((v12 <= 0x1.000001p0) ? gs4.m0 : g2))) < 256.0)
        g1 *= ((gs4.m0 + 444686924855.e-3f) * ((v12 <= 0x1.000001p0) ? gs4.m0 : g2));
    pd(6, fn5(fn5(gs4.m1)));
    pd(7, (gs4.m1 / ((90.e3 / 0x1p31) + (2.2250738585072009e-308 + g2))));
    gs4.m0++;
    gs4.m1 += ((5.63e63 > -32769.0 && 5.63e63 < 32768.0) ? (short)(5.63e63) : 255);
    pu(8, g1);
    pf(9, g2);
    pu(10, ga3[0]);
    pu(11, ga3[1]);
    pu(12, ga3[2]);
    pf(13, gs4.m0);
    pd(14, gs4.m1);
    pq(15, gs4.m2[0]);
    pq(16, gs4.m2[1]);
    pq(17, gs4.m3);
    printf("ck %08x\n", ck);
    return (int)(ck % 256u);
}

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
    double m0[3];
    unsigned m1;
    double m2;
    _Bool m3[4];
};
static double g1 = 99.1573754e-1;
static double g2 = 0.1e1f;
static float ga3[8] = {0.9e234f};
static struct S gs4 = {{((float)((unsigned long long)16777215 + (unsigned long long)290974)), 16785429u, ((-0.0) * 22)}, (0x3p-2 >= 10), ((unsigned long long)9223372724049543168ULL - (unsigned long long)10436427ULL), {((unsigned)95 + (unsigned)21), 6291552, ((unsigned)454002255745LL * (unsigned)88u), ((unsigned long long)(0.7e1 != 41.2542254768e3) * (unsigned long long)((unsigned long long)268439552 + (unsigned long long)1077936130u))}};

static struct S fn5(struct S s8, double p6, float p7)
{
    s8.m2 = ((((double)p6) * (p7 * 0.86e-197)) - (!(s8.m0[1] / 0x1p63)));
    return s8;
}

static void fn9(float p10)
{
    gs4.m2 = (40ULL * 0.90982143096494441e-1f);
    p10 /= ((((float)277872640) != 2451744912.35e4) * (4346504714064348.4864e-2f - 103.22e-3));
    double v11 = ((unsigned)(!p10) - (unsigned)(80LL != ga3[5]));
}

int main(void)
{
    double v12 = 0.20e3f;
    printf("f1 [%20.13g]\n", cn((gs4.m0[2] / 1e10f)));
    pf(2, ldexpf((v12 / gs4.m0[0]), 97));
    gs4.m2 += g1;
    {
        volatile double z = 0.0, o = 1.5, m = -2.0, i = INFINITY;
        volatile float zf = 0.0f, of = 1.5f, mf = -2.0f, if_ = INFINITY;
        volatile float n140 = NAN;
        volatile float n141 = truncf(n140);
        volatile float n142 = fmodf(n141, of);
        pn(3, n142);
        printf("N4 [%-#010.3e]\n", n142);
    }
    fn9((1e-45f * gs4.m2));
    g1 = ((195755702053774.63919e2 / v12) != (g2 - 84.56e2));
    if ((gs4.m1 - g1) > -1.0 && (gs4.m1 - g1) < 4294967296.0)
        gs4.m1 -= g1;
    for (int k15 = 0; k15 < 5; k15++) {
        pq(5, 307915026);
        gs4.m2 *= gs4.m0[0];
    }
    for (int k16 = 0; k16 < 3; k16++) {
        gs4.m2 = (-truncf(g1));
        switch ((int)(((gs4.m2 > -129.0 && gs4.m2 < 128.0) ? (char)(gs4.m2) : (-9)) % 4)) {
        case -2:
            for (int k17 = 0; k17 < 3; k17++) {
                {
                    int x18e = 0;
                    double x18m = frexp(v12, &x18e);
                    pd(6, x18m);
                    if (isfinite(x18m))
                        pq(7, x18e);
                }
            }
            break;
        case 0:
            pd(8, atof("-0965348786607950.61e-152"));
            break;
        case 3:
            if ((4.00944e4f != 758.8e1f)) {
                printf("m9 %.10g\n", cn(log((((ga3[k16] > g2) ? 0.47e-1f : g1) + ((unsigned long long)k16 - (unsigned long long)k16)))));
            } else {
                gs4.m2 += ((ga3[k16] <= 0.625e2f) ? g1 : 0.764e4f);
            }
            break;
        default:
            gs4.m0[k16] *= ga3[7 - k16];
        }
        float v20 = 4611686293305294848ULL;
    }
    pd(10, g1);
    pd(11, g2);
    pf(12, ga3[0]);
    pf(13, ga3[1]);
    pd(14, ga3[2]);
    pd(15, ga3[3]);
    pf(16, ga3[4]);
    pf(17, ga3[5]);
    pf(18, ga3[6]);
    pf(19, ga3[7]);
    pd(20, gs4.m0[0]);
    pd(21, gs4.m0[1]);
    pd(22, gs4.m0[2]);
    pu(23, gs4.m1);
    pd(24, gs4.m2);
    pu(25, gs4.m3[0]);
    pu(26, gs4.m3[1]);
    pu(27, gs4.m3[2]);
    pu(28, gs4.m3[3]);
    printf("ck %08x\n", ck);
    return (int)(ck % 256u);
}

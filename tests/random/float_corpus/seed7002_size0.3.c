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
    unsigned long long m1;
};
static float g1 = ((unsigned)72057594173194252LL - (unsigned)4294967295u);
static float g2 = ((3552095953610.6117175e2 - 0x1p63) ? ((double)8.4643376407036185801e-31) : (3240.e-1 - (-0.0f)));
static float g3 = (5563.05e-22 / 88.8302442e-16);
static double g4 = (0.5 + 0.53e-3f);
static double g5 = 296946LL;
static float g6 = 3;
static _Bool ga7[4] = {1161794808409765LL, 59, 86, ((unsigned)(0.33333334f / 47826.823828569248e1f))};
static double ga8[5] = {(0.5 + 1e16), 2.e-25f};
static double ga9[4] = {((unsigned long long)26005509 * (unsigned long long)(1.e-149 <= 8.9e-31))};
static struct S gs10 = {((unsigned short)115509.71828703656e-7), 16777216};

static double fn11(float p12, double p13, float p14, double p15)
{
    p15 += (((-9LL) / p12) * (p13 - 505669530226543.59e-5));
    return 16777217.0;
}

static float fn16(float p17, float p18)
{
    for (int k19 = 0; k19 < 4; k19++) {
        p17 = (((0x1p-1074 == p17) / fn11(16.3232e2f, p18, 0.49999999999999994, p18)) * ((k19 < 20413928124968933.240e-25) * fabsf(p17)));
    }
    return ((double)fn11((33502393.917030760377e20f / 7.2f), fn11(p17, 0.37e-40f, p18, 3.e1f), ((3.9e2f != p17) ? 6.05e36 : p17), fn11(p18, p17, p17, p17)));
}

static void fn20(float p21)
{
    float v22 = g1;
    g4 = ((g3 / ga9[3]), (5.655e-3 + g5));
}

static struct S fn24(struct S s26, float p25)
{
    double v27 = 34.9808e-3f;
    if ((s26.m1 / (p25 * 20.66e-4f)) > -1.0 && (s26.m1 / (p25 * 20.66e-4f)) < 18446744073709551616.0)
        s26.m1 /= (p25 * 20.66e-4f);
    return s26;
}

static double fn28(float p29, float p30)
{
    for (int k31 = 0; k31 < 6; k31++) {
        p29 = ((p30 != 6738731.1744943920180e-3) ? (0.7e-2f * 73.e-1f) : (1.0f / p30));
        unsigned v32 = 25165825;
    }
    p29 = 21ULL;
    return ((-(p29 - p29)) + fn11(((6.26e-123f < p30) ? p30 : 8388607.5f), (p30 * p29), (p29 + 0.5f), (p30 + p29)));
}

int main(void)
{
    for (int k33 = 0; k33 < 8; k33++) {
        g1 = 2.e40;
    }
    if ((gs10.m0 / ((g6 == 2147483648u) ? g2 : g2)) > -1.0 && (gs10.m0 / ((g6 == 2147483648u) ? g2 : g2)) < 18446744073709551616.0)
        gs10.m1 = (gs10.m0 / ((g6 == 2147483648u) ? g2 : g2));
    pq(1, ((g2 >= -9223372036854775808.0 && g2 < 9223372036854775808.0) ? (long long)(g2) : 5136918593404929LL));
    switch ((int)((((4.e3 + ga8[0]) > -32769.0 && (4.e3 + ga8[0]) < 32768.0) ? (short)((4.e3 + ga8[0])) : (-2147483647 - 1)) % 5)) {
    case -2:
        for (int k34 = 0; k34 < 5; k34++) {
            g6 = ((fabsf(g1) + (gs10.m0 + g4)) - ((double)(ga9[1] + gs10.m0)));
            gs10 = fn24(gs10, sqrtf(ga7[2]));
            pf(2, gs10.m0);
            pd(3, ga9[2]);
        }
    case 0:
        g1 = (((-ga9[2]) / (0.7 + 221.7e2)) < 2540.88136e-1);
        break;
    case 2:
        if ((-NAN)) {
            float v35 = 2561.01e-3;
            for (int k36 = 0; k36 < 8; k36++) {
                pd(4, g4);
            }
        } else {
            gs10.m0 = (g3 - gs10.m0);
            g1 = (ga9[0] + 0.6);
        }
    default:
        g3 = (gs10.m0 = ga7[2]);
    }
    printf("f5 [%18.50f]\n", cn(((g2 * 0.5e36) / g1)));
    pf(6, g1);
    pd(7, g2);
    pf(8, g3);
    pd(9, g4);
    pd(10, g5);
    pf(11, g6);
    pu(12, ga7[0]);
    pu(13, ga7[1]);
    pu(14, ga7[2]);
    pu(15, ga7[3]);
    pd(16, ga8[0]);
    pd(17, ga8[1]);
    pd(18, ga8[2]);
    pd(19, ga8[3]);
    pd(20, ga8[4]);
    pd(21, ga9[0]);
    pd(22, ga9[1]);
    pd(23, ga9[2]);
    pd(24, ga9[3]);
    pf(25, gs10.m0);
    pu(26, gs10.m1);
    printf("ck %08x\n", ck);
    return (int)(ck % 256u);
}

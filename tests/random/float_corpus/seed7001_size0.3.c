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
    short m0;
    short m1;
    float m2;
    short m3;
};
static unsigned char g1 = 1;
static float g2 = (-0.0);
static double g3 = INFINITY;
static float g4 = ((unsigned long long)78 + (unsigned long long)(-17));
static double ga5[5] = {16777216LL, 1.3e1f, (-(-2147483648.5))};
static double ga6[6] = {58ULL, 0x1.fffffffffffffp+1023, (21918.3304e-3 ? 543471.009e-1 : 751921.68867291479882e2f), (-(1u + 0.33333334f)), (1.e-1f ? 77.9e3 : 15ULL)};
static double ga7[8] = {3.4028234663852886e38, 42.e3f, ((unsigned)0.3745e2)};
static struct S gs8 = {(5.e2 < (-8)), (5579539616.9460115e4f != (2.e2 * 84.e-1)), (-0.7e-2), (-12LL)};
static struct S gs9[3] = {{((unsigned)(0.9e-6 / 0.3)), 2155872256u, (0.635 ? 0.307608012498e-1f : 0.5e18f), 48}, {39, 81ULL, ((0.956e-4 ? 76.0440046e2f : 0.8e14f) - 0.918e2), ((unsigned short)0.9e-22)}, {(565575539.819e-22f != 1415.9145589257055e37f), ((unsigned)10 + (unsigned)2305843009348043009LL), 0.11, ((unsigned)((unsigned long long)143 * (unsigned long long)4294967295u) * (unsigned)((_Bool)0x1p32))}};

static long long to_long_long_double(double x)
{
    long long r = 4LL;
    if ((x >= -9223372036854775808.0 && x < 9223372036854775808.0))
        r = x;
    return r;
}

static char to_char_double(double x)
{
    char r = 21;
    if ((x > -129.0 && x < 128.0))
        r = x;
    return r;
}

static short to_short_float(float x)
{
    return (x > -32769.0 && x < 32768.0) ? (short)x : 0;
}

static double fn10(float p11, float p12, float p13, unsigned short p14)
{
    float v15 = 0.96e-2f;
    return ceilf((((double)p14) / ((p12 <= p13) ? p12 : 3802.002756685475e4f)));
}

static double fn16(float p17, double p18, signed char p19)
{
    for (int k20 = 0; k20 < 4; k20++) {
        p17 -= ((short)(p17 > p18));
        double v21 = p17;
        if ((p18 + p18)) {
            v21 = ((p17 >= p18) ? 6073060388265453389.3f : p19);
            v21 = (2.2250738585072009e-308 < p19);
            p18--;
        }
    }
    p18 = ((((fabs(415618388305555.23e-4) < 300.0) ? (short)(415618388305555.23e-4) : (-8)) / (p18 - p18)) * ((!48385215.7819e-59) ? ((float)p19) : ((!18913.4e-4f) ? p17 : p17)));
    p18 /= (0.8e-4f - p18);
    p18 += p17;
    return (((float)(p19 > p18)) / ((p18 + p18) + ((float)18ULL)));
}

static struct S fn22(double p23, struct S s24)
{
    switch ((int)(to_long_long_double((p23 + p23)) % 5)) {
    case -3:
        float v25 = p23;
        break;
    case 0:
        for (int k26 = 0; k26 < 7; k26++) {
            p23 *= (isnan((p23 - (-2147416063))) ? ((double)s24.m3) : (s24.m2 + (p23 * s24.m2)));
            s24.m3 = 1207959632;
        }
    case 1:
        p23 = fn16(s24.m2, ((12.0 * 25264129) * ((double)s24.m2)), (s24.m2 < fn16(s24.m2, 0x1.8p1, s24.m3)));
        break;
    default:
        if (fpclassify((0.47e-25f - p23))) {
            s24.m2 = (-p23);
            s24.m1 = ((p23 > -1.0 && p23 < 4294967296.0) ? (unsigned)(p23) : 33554432u);
        } else {
            s24.m3 = (((float)(s24.m2 * p23)) != p23);
        }
    }
    p23 = ((long long)to_char_double((9.e4 + s24.m2)));
    return s24;
}

static float fn27(float p28, unsigned short p29, double p30, int p31)
{
    double v32 = (p30 / p29);
    if (((p30 >= 17.95e4f) ? ((v32 > 49ULL) ? p30 : 134573361793254.86515e2) : v32)) {
        p30 = (p28 * 0.8e-3);
        if (((float)((double)fn10(p30, p30, v32, p31))) > -1.0 && ((float)((double)fn10(p30, p30, v32, p31))) < 65536.0)
            p29 = ((float)((double)fn10(p30, p30, v32, p31)));
    } else {
        --p30;
    }
    v32 = (-((double)((unsigned)p29 | (unsigned)23459957ULL)));
    return (((680514.81247375152e3f + p31) + (p30 + p30)) + ((v32 + p30) / (3.1e-2f >= p28)));
}

static double fn34(int n, ...)
{
    va_list ap;
    double s = 0.5f;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        double x = va_arg(ap, double);
        s = s * x;
    }
    va_end(ap);
    return s;
}

int main(void)
{
    ga5[3] = (1e16 != ga6[4]);
    int la35[5] = {((unsigned)30ULL * (unsigned)75505666797600768ULL), (78.4e-1f || ga5[0]), ((g2 >= 0 && g2 < 9e+18) ? (unsigned long long)(g2) : 1041919677838561ULL), g1, (!((double)614.e2))};
    long long la36[4] = {((unsigned long long)gs8.m0 * (unsigned long long)gs9[1].m3), ((((double)g2) > -1.0 && ((double)g2) < 4294967296.0) ? (unsigned)(((double)g2)) : 4202496u), 3367ULL, ((unsigned long long)((g3 > -1.0 && g3 < 18446744073709551616.0) ? (unsigned long long)(g3) : 0ULL) & (unsigned long long)fpclassify(ga7[0]))};
    if (((-INFINITY) <= (gs8.m2 * g4))) {
        {
            double r37p = 0, r37x = gs9[0].m0;
            for (int k38 = 0; k38 < 6; k38++)
                r37p = r37p * r37x + ga6[k38];
            pd(1, r37p);
        }
        pd(2, fn34(2, (64.e1 - g3), (ga6[4] * g4)));
        gs8.m2 = (((unsigned long long)2ULL - (unsigned long long)((g4 > -1.0 && g4 < 4294967296.0) ? (unsigned)(g4) : 33570824u)) / ((ga5[3] > 14123288431433875456ULL) ? gs8.m2 : ga5[4]));
    }
    for (int k39 = 0; k39 < 8; k39++) {
        ga5[0] = to_short_float(g2);
        printf("f3 [%+ #.17f|%-8.2E]\n", cnf(gs8.m2), cnf(g4));
    }
    pu(4, g1);
    pf(5, g2);
    pd(6, g3);
    pf(7, g4);
    pd(8, ga5[0]);
    pd(9, ga5[1]);
    pd(10, ga5[2]);
    pd(11, ga5[3]);
    pd(12, ga5[4]);
    pd(13, ga6[0]);
    pd(14, ga6[1]);
    pd(15, ga6[2]);
    pd(16, ga6[3]);
    pd(17, ga6[4]);
    pd(18, ga6[5]);
    pd(19, ga7[0]);
    pd(20, ga7[1]);
    pd(21, ga7[2]);
    pd(22, ga7[3]);
    pd(23, ga7[4]);
    pd(24, ga7[5]);
    pd(25, ga7[6]);
    pd(26, ga7[7]);
    pq(27, gs8.m0);
    pq(28, gs8.m1);
    pf(29, gs8.m2);
    pq(30, gs8.m3);
    pq(31, gs9[0].m0);
    pq(32, gs9[0].m1);
    pf(33, gs9[0].m2);
    pq(34, gs9[0].m3);
    pq(35, gs9[1].m0);
    pq(36, gs9[1].m1);
    pd(37, gs9[1].m2);
    pq(38, gs9[1].m3);
    pq(39, gs9[2].m0);
    pq(40, gs9[2].m1);
    pf(41, gs9[2].m2);
    pq(42, gs9[2].m3);
    printf("ck %08x\n", ck);
    return (int)(ck % 256u);
}

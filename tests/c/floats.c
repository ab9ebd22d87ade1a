/* float and double: IEEE 754 binary32/binary64 in software.  Literals (decimal,
 * hexadecimal, f suffix), arithmetic, compound assignment, ++ and --,
 * comparisons (NaN unordered), conversions to and from every integer type,
 * float vs double precision, the default argument promotions, memory, static
 * initializers, <float.h>, INFINITY/NAN/isnan/isinf/signbit, printf's %f %e %g
 * with flags, width and precision, strtod/atof. */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

struct point { char tag; double x; float y; long long id; };

static double table[] = { 0.5, -2.25, 1e100, 0x1.8p-3, 3, 'a' };
static float ftable[3] = { 1.0f / 3, 16777217, 0.1 };
static struct point origin = { 'o', 1.0 / 8, -0.5f, 7 };
static double third = 1.0 / 3;

static double average(int n, ...)
{
    va_list ap;
    double sum = 0;
    int i;
    va_start(ap, n);
    for (i = 0; i < n; i++)
        sum += va_arg(ap, double);
    va_end(ap);
    return sum / n;
}

static float scalef(float x, int k) { return x * k; }
static double poly(double x) { return ((2 * x - 3) * x + 0.5) * x - 7; }

static double newton_sqrt(double a)
{
    double x = a;
    int i;
    for (i = 0; i < 60; i++)
        x = (x + a / x) / 2;
    return x;
}

int main(void)
{
    double a = 1.5, b = -0.1, c, zero = 0.0, inf = INFINITY, nan = NAN;
    float f = 3.25f, g = 1e-3f;
    int i = -7;
    unsigned u = 4000000000u;
    long long big = -1234567890123456789LL;
    unsigned long long ubig = 18000000000000000000ULL;
    char ch = 'A';
    unsigned char uc = 200;
    short sh = -300;
    struct point p = origin, *pp = &p;
    double arr[4];
    char *end;

    printf("sizes %d %d\n", (int)sizeof(float), (int)sizeof(double));
    printf("literals %.17g %.17g %.9g %.17g %g %g\n", 0.1, 1e-310, 0.1f, 0x1.fffffffffffffp+1023,
           1e39f == inf ? 1.0 : 0.0, 0x10p-4);
    printf("arith %.17g %.17g %.17g %.17g\n", a + b, a - b, a * b, a / b);
    printf("float %.9g %.9g %.9g %.9g\n", f + g, f - g, f * g, f / g);
    printf("mixed %.17g %.17g %.9g\n", f + a, i / 2.0, f * 2);
    printf("poly %.17g %.17g\n", poly(1.1), newton_sqrt(2));
    c = 10;
    c += 0.5;
    c -= a;
    c *= -3;
    c /= 7;
    printf("compound %.17g ", c);
    c++;
    ++c;
    c--;
    printf("%.17g ", c);
    f++;
    printf("%.9g\n", f);
    printf("cmp %d%d%d%d%d%d ", a < b, a <= b, a > b, a >= b, a == b, a != b);
    printf("%d%d%d%d%d%d ", nan < a, nan <= a, nan > a, nan >= a, nan == nan, nan != nan);
    printf("%d%d%d %d\n", !zero, !a, -0.0 == 0.0, zero ? 1 : 2);
    if (nan)
        printf("NaN is true\n");

    printf("to int %d %u %d %d %d %lld %llu\n", (int)-2.9, (unsigned)2.9e9, (int)(char)65.7,
           (short)-12345.6, (unsigned char)255.9, (long long)-9.1e18, (unsigned long long)1.8e19);
    printf("from int %g %g %g %g %g %g %.17g %.17g\n", (double)ch, (double)uc, (double)sh,
           (double)i, (double)u, (float)u, (double)big, (double)ubig);
    printf("float/double %.17g %.17g %.9g\n", (double)0.1f, (double)(float)third, (float)1e300);
    printf("bool %d %d %d\n", (_Bool)0.25, (_Bool)-0.0, (_Bool)nan);

    p.x *= 3;
    pp->y += 1;
    printf("struct %c %g %g %lld\n", p.tag, p.x, pp->y, p.id);
    for (i = 0; i < 4; i++)
        arr[i] = table[i] * ftable[i % 3];
    printf("arrays %g %g %g %g %g %.9g\n", arr[0], arr[1], arr[2], arr[3], table[5], ftable[1]);
    printf("calls %g %.9g\n", average(3, 1.0, 2.5f, (double)4), scalef(1.5f, 3));

    printf("limits %g %g %g %g %d %d\n", DBL_MAX, DBL_MIN, FLT_MAX, DBL_EPSILON, DBL_DIG,
           FLT_MANT_DIG);
    printf("special %f %f %f %f %e %g\n", inf, -inf, nan, -nan, inf, zero * -1);
    printf("classes %d %d %d %d %d %d %d\n", isnan(nan), isnan(a), isinf(-inf), isinf(f),
           isfinite(a), signbit(-0.0), signbit(f));
    printf("overflow %g %g %g %g\n", DBL_MAX * 2, -DBL_MAX * 2, DBL_MIN / 1e10, 1 / zero);

    printf("[%f] [%e] [%g] [%E] [%G] [%F]\n", 3.14159265358979, 3.14159265358979,
           3.14159265358979, 1e-10, 1e-10, 2.5);
    printf("[%10.3f] [%-10.2e] [%+g] [% f] [%010.4f] [%#.0f] [%#g]\n", 2.0 / 3, 12345.678,
           1.0, 1.0, -3.5, 2.0, 1.5);
    printf("[%.0f] [%.0f] [%.0f] [%.1f] [%.20f]\n", 0.5, 1.5, 2.5, 0.25, 0.1);
    printf("[%g] [%g] [%g] [%g] [%.3g] [%.10g]\n", 100000.0, 1000000.0, 1e-4, 1e-5, 1234.5,
           1.0 / 7);
    printf("[%.30e] [%f]\n", 1e-300, 1e20);

    printf("strtod %.17g ", strtod("  -1.25e-3xyz", &end));
    printf("'%s' %.17g %.17g %g ", end, strtod("0x1.8p1", 0), atof("1e-320"), atof("inf"));
    printf("%.17g %.17g\n", strtod("2.2250738585072011e-308", 0),
           strtod("0.1000000000000000055511151231257827021181583404541015625", 0));
    return 0;
}

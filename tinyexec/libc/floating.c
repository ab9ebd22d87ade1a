/*
 * floating.c -- the floating-point part of tinyexec's C runtime, compiled into
 * the programs that use floating point (libc.c includes it when the compiler
 * defines __TINYEXEC_FLOAT__): IEEE 754 arithmetic in software, the
 * conversions between text and doubles, and <math.h>.
 */
#include <math.h>

#include "softfloat.c"      /* + - * / sqrt, compare, conversions: what the compiler calls */
#include "bignum.c"         /* base-10^4 big numbers, for the two below */
#include "strtod.c"         /* decimal and hexadecimal text -> double, correctly rounded */
#include "format_double.c"  /* printf's %f %e %g, exact as glibc prints them */

/* ---- stdlib.h ----------------------------------------------------------- */

double strtod(const char *s, char **end)
{
    union { unsigned long long bits; double value; } number;
    number.bits = __strto_bits(s, end, 53);
    return number.value;
}

float strtof(const char *s, char **end)
{
    union { unsigned bits; float value; } number;
    number.bits = (unsigned)__strto_bits(s, end, 24);
    return number.value;
}

double atof(const char *s)
{
    return strtod(s, 0);
}

long double strtold(const char *s, char **end)
{
    return strtod(s, end);              /* a long double is a double */
}

/* C99 7.12.11.2: strtod("NAN(tagp)"); a tag too long for the buffer only
   loses its payload */
static double __nan_tagged(const char *tagp, int as_float)
{
    char text[64] = "NAN(";
    if (strlen(tagp) < sizeof text - 6) {
        strcat(text, tagp);
        strcat(text, ")");
    }
    return as_float ? strtof(text, 0) : strtod(text, 0);
}

double nan(const char *tagp) { return __nan_tagged(tagp, 0); }
float nanf(const char *tagp) { return (float)__nan_tagged(tagp, 1); }

/* ---- math.h ---------------------------------------------------------- */

union __double_bits { unsigned long long bits; double value; };
union __float_bits { unsigned bits; float value; };

double __sqrt_exact(double x)
{
    union __double_bits number;
    number.value = x;
    number.bits = __f64_sqrt(number.bits);
    return number.value;
}

#include "math.c"           /* the functions of math.h */

int __fpclassify(double x)
{
    union __double_bits number;
    unsigned exponent;
    number.value = x;
    exponent = (unsigned)(number.bits >> 52) & 0x7FF;
    if (exponent == 0x7FF)
        return number.bits << 12 ? FP_NAN : FP_INFINITE;
    if (exponent == 0)
        return number.bits << 1 ? FP_SUBNORMAL : FP_ZERO;
    return FP_NORMAL;
}

int __fpclassifyf(float x)
{
    union __float_bits number;
    unsigned exponent;
    number.value = x;
    exponent = number.bits >> 23 & 0xFF;
    if (exponent == 0xFF)
        return number.bits << 9 ? FP_NAN : FP_INFINITE;
    if (exponent == 0)
        return number.bits << 1 ? FP_SUBNORMAL : FP_ZERO;
    return FP_NORMAL;
}

int __signbit(double x)
{
    union __double_bits number;
    number.value = x;
    return (int)(number.bits >> 63);
}

int __signbitf(float x)
{
    union __float_bits number;
    number.value = x;
    return (int)(number.bits >> 31);
}

/* isinf's value: 1 or -1 by the sign (as glibc's), the argument evaluated once */
int __isinf(double x)
{
    return __fpclassify(x) == FP_INFINITE ? 1 - 2 * __signbit(x) : 0;
}

int __isinff(float x)
{
    return __fpclassifyf(x) == FP_INFINITE ? 1 - 2 * __signbitf(x) : 0;
}

/* ---- C99's sign, minimum, maximum and rounding functions ------------ */

double copysign(double x, double y)
{
    union __double_bits a, b;
    a.value = x;
    b.value = y;
    a.bits = (a.bits & 0x7FFFFFFFFFFFFFFFull) | (b.bits & 0x8000000000000000ull);
    return a.value;
}

/* a NaN argument gives the other one */
double fmin(double x, double y)
{
    if (x != x)
        return y;
    if (y != y)
        return x;
    if (x == y)                         /* fmin(-0, +0) is -0 */
        return __signbit(x) ? x : y;
    return x < y ? x : y;
}

double fmax(double x, double y)
{
    if (x != x)
        return y;
    if (y != y)
        return x;
    if (x == y)
        return __signbit(x) ? y : x;
    return x > y ? x : y;
}

double fdim(double x, double y)
{
    if (x != x || y != y)
        return x + y;
    return x > y ? x - y : 0.0;
}

/* To the nearest integer, ties to even (the only rounding mode): adding and
   subtracting 2^52 leaves the integer the addition rounded to. */
double rint(double x)
{
    double big = 4503599627370496.0, r;
    if (!(fabs(x) < big))               /* already an integer, or inf or NaN */
        return x;
    r = fabs(x) + big - big;
    return copysign(r, x);
}

double nearbyint(double x)
{
    return rint(x);
}

long lrint(double x)
{
    return (long)rint(x);
}

long long llrint(double x)
{
    return (long long)rint(x);
}

long lround(double x)
{
    return (long)round(x);
}

long long llround(double x)
{
    return (long long)round(x);
}

float copysignf(float x, float y) { return (float)copysign(x, y); }
float fminf(float x, float y) { return (float)fmin(x, y); }
float fmaxf(float x, float y) { return (float)fmax(x, y); }
float fdimf(float x, float y) { return (float)fdim(x, y); }
float rintf(float x) { return (float)rint(x); }
float nearbyintf(float x) { return (float)rint(x); }
long lrintf(float x) { return (long)rint(x); }
long lroundf(float x) { return (long)round(x); }
long long llrintf(float x) { return (long long)rint(x); }
long long llroundf(float x) { return (long long)round(x); }

/* ---- C99's exact ones: neighbours, exponents, IEEE remainders, comparisons */

/* the representable number next to x in the direction of y */
double nextafter(double x, double y)
{
    union __double_bits a;
    if (x != x || y != y)
        return x + y;
    if (x == y)
        return y;
    a.value = x;
    if (x == 0.0)
        a.bits = (unsigned long long)__signbit(y) << 63 | 1;
    else if ((x < y) == (x > 0.0))
        a.bits++;
    else
        a.bits--;
    return a.value;
}

float nextafterf(float x, float y)
{
    union __float_bits a;
    if (x != x || y != y)
        return x + y;
    if (x == y)
        return y;
    a.value = x;
    if (x == 0.0f)
        a.bits = (unsigned)__signbitf(y) << 31 | 1;
    else if ((x < y) == (x > 0.0f))
        a.bits++;
    else
        a.bits--;
    return a.value;
}

double scalbn(double x, int n) { return ldexp(x, n); }
double scalbln(double x, long n) { return ldexp(x, (int)n); }
float scalbnf(float x, int n) { return ldexpf(x, n); }
float scalblnf(float x, long n) { return ldexpf(x, (int)n); }

/* the unbiased exponent: FP_ILOGB0 for 0, FP_ILOGBNAN for a NaN, INT_MAX for inf */
int ilogb(double x)
{
    int e;
    switch (__fpclassify(x)) {
    case FP_ZERO: return FP_ILOGB0;
    case FP_NAN: return FP_ILOGBNAN;
    case FP_INFINITE: return 0x7fffffff;
    }
    frexp(x, &e);
    return e - 1;
}

int ilogbf(float x) { return ilogb((double)x); }

double logb(double x)
{
    int e;
    switch (__fpclassify(x)) {
    case FP_ZERO: return -1.0 / fabs(x);
    case FP_NAN: return x * x;
    case FP_INFINITE: return x * x;
    }
    frexp(x, &e);
    return (double)(e - 1);
}

float logbf(float x)
{
    int e;
    switch (__fpclassifyf(x)) {
    case FP_ZERO: return -1.0f / fabsf(x);
    case FP_NAN: return x * x;
    case FP_INFINITE: return x * x;
    }
    frexp((double)x, &e);
    return (float)(e - 1);
}

/* IEEE's remainder, x - n*y with n the nearest integer to x/y (ties to even),
   as glibc computes it (exact) */
double remainder(double x, double p)
{
    union __double_bits a, b;
    unsigned long long sx, hx, hp;
    double p_half;
    a.value = x; b.value = p;
    sx = a.bits & 0x8000000000000000ull;
    hx = a.bits & 0x7fffffffffffffffull;
    hp = b.bits & 0x7fffffffffffffffull;
    if (hp == 0 || hx >= 0x7ff0000000000000ull || hp > 0x7ff0000000000000ull)
        return (x * p) / (x * p);
    if (hp <= 0x7fdfffffffffffffull)
        x = fmod(x, p + p);                 /* now |x| < 2|p| */
    if (hx == hp)
        return 0.0 * x;
    x = fabs(x);
    p = fabs(p);
    if (hp < 0x0020000000000000ull) {
        if (x + x > p) {
            x -= p;
            if (x + x >= p)
                x -= p;
        }
    } else {
        p_half = 0.5 * p;
        if (x > p_half) {
            x -= p;
            if (x >= p_half)
                x -= p;
        }
    }
    a.value = x;
    a.bits ^= sx;
    return a.value;
}

/* the remainder, and in *quo the sign and the low 3 bits (or so) of the
   quotient, as glibc's */
double remquo(double x, double y, int *quo)
{
    union __double_bits a, b;
    unsigned long long sx, qs, hx, hy;
    int cquo;
    double y_half;
    a.value = x; b.value = y;
    sx = a.bits & 0x8000000000000000ull;
    qs = sx ^ (b.bits & 0x8000000000000000ull);
    hx = a.bits & 0x7fffffffffffffffull;
    hy = b.bits & 0x7fffffffffffffffull;
    if (hy == 0 || hx >= 0x7ff0000000000000ull || hy > 0x7ff0000000000000ull)
        return (x * y) / (x * y);
    if (hy <= 0x7fbfffffffffffffull)
        x = fmod(x, 8 * y);                 /* now |x| < 8|y| */
    if (hx == hy) {
        *quo = qs ? -1 : 1;
        return 0.0 * x;
    }
    x = fabs(x);
    b.bits = hy;
    y = b.value;
    cquo = 0;
    if (hy <= 0x7fcfffffffffffffull && x >= 4 * y) {
        x -= 4 * y;
        cquo += 4;
    }
    if (hy <= 0x7fdfffffffffffffull && x >= 2 * y) {
        x -= 2 * y;
        cquo += 2;
    }
    if (hy < 0x0020000000000000ull) {
        if (x + x > y) {
            x -= y;
            ++cquo;
            if (x + x >= y) {
                x -= y;
                ++cquo;
            }
        }
    } else {
        y_half = 0.5 * y;
        if (x > y_half) {
            x -= y;
            ++cquo;
            if (x >= y_half) {
                x -= y;
                ++cquo;
            }
        }
    }
    *quo = qs ? -cquo : cquo;
    if (x == 0.0)
        x = 0.0;
    if (sx)
        x = -x;
    return x;
}

/* the remainder of two floats is a float: computed in double, it is exact */
float remainderf(float x, float y) { return (float)remainder((double)x, (double)y); }
float remquof(float x, float y, int *quo) { return (float)remquo((double)x, (double)y, quo); }

/* the quiet comparisons: false when unordered */
int __isgreater(double x, double y) { return x > y; }
int __isgreaterequal(double x, double y) { return x >= y; }
int __isless(double x, double y) { return x < y; }
int __islessequal(double x, double y) { return x <= y; }
int __islessgreater(double x, double y) { return x < y || x > y; }
int __isunordered(double x, double y) { return x != x || y != y; }

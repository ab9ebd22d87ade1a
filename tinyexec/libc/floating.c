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

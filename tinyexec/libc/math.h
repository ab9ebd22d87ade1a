/* math.h -- tinyexec: IEEE 754 double and float in software (libc/math.c):
   fabs floor ceil round trunc fmod sqrt frexp ldexp modf (and nextafter scalbn
   ilogb logb remainder remquo, the C99 ones) are exact, the others
   within 1 ulp of glibc's; a float version (sinf, ...) computes in double and
   rounds once. */
#ifndef _MATH_H
#define _MATH_H

#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

/* classification of a float or a double, by the bits of its own type */
int __fpclassify(double __x);
int __fpclassifyf(float __x);
int __signbit(double __x);
int __signbitf(float __x);
#define fpclassify(x) (sizeof(x) == sizeof(float) ? __fpclassifyf(x) : __fpclassify(x))
#define isnan(x) (fpclassify(x) == FP_NAN)
int __isinf(double __x);
int __isinff(float __x);
#define isinf(x) (sizeof(x) == sizeof(float) ? __isinff(x) : __isinf(x))  /* 1 or -1, as glibc */
#define isfinite(x) (fpclassify(x) > FP_INFINITE)
#define isnormal(x) (fpclassify(x) == FP_NORMAL)
#define signbit(x) (sizeof(x) == sizeof(float) ? __signbitf(x) : __signbit(x))

/* the quiet comparisons (false when unordered), each argument evaluated once */
int __isgreater(double __x, double __y);
int __isgreaterequal(double __x, double __y);
int __isless(double __x, double __y);
int __islessequal(double __x, double __y);
int __islessgreater(double __x, double __y);
int __isunordered(double __x, double __y);
#define isgreater(x, y) __isgreater(x, y)
#define isgreaterequal(x, y) __isgreaterequal(x, y)
#define isless(x, y) __isless(x, y)
#define islessequal(x, y) __islessequal(x, y)
#define islessgreater(x, y) __islessgreater(x, y)
#define isunordered(x, y) __isunordered(x, y)

/* ilogb's values for 0 and for a NaN (glibc's on x86) */
#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

/* the correctly rounded square root: the soft float's (libc.c) */
double __sqrt_exact(double __x);

double __sqrt_exact(double);
double fabs(double);
double floor(double);
double ceil(double);
double round(double);
double trunc(double);
double fmod(double, double);
double sqrt(double);
double frexp(double, int *);
double ldexp(double, int);
double modf(double, double *);
double exp(double);
double exp2(double);
double expm1(double);
double log(double);
double log2(double);
double log10(double);
double log1p(double);
double pow(double, double);
double sin(double);
double cos(double);
double tan(double);
double asin(double);
double acos(double);
double atan(double);
double atan2(double, double);
double sinh(double);
double cosh(double);
double tanh(double);
double hypot(double, double);
double cbrt(double);
float fabsf(float);
float floorf(float);
float ceilf(float);
float roundf(float);
float truncf(float);
float fmodf(float, float);
float sqrtf(float);
float frexpf(float, int *);
float ldexpf(float, int);
float modff(float, float *);
float expf(float);
float exp2f(float);
float expm1f(float);
float logf(float);
float log2f(float);
float log10f(float);
float log1pf(float);
float powf(float, float);
float sinf(float);
float cosf(float);
float tanf(float);
float asinf(float);
float acosf(float);
float atanf(float);
float atan2f(float, float);
float sinhf(float);
float coshf(float);
float tanhf(float);
float hypotf(float, float);
float cbrtf(float);
double copysign(double, double);
double fmin(double, double);
double fmax(double, double);
double fdim(double, double);
double rint(double);
double nearbyint(double);
long lrint(double);
long long llrint(double);
long lround(double);
long long llround(double);
float copysignf(float, float);
float fminf(float, float);
float fmaxf(float, float);
float fdimf(float, float);
float rintf(float);
float nearbyintf(float);
long lrintf(float);
long lroundf(float);
long long llrintf(float);
long long llroundf(float);
double nan(const char *);
float nanf(const char *);
double nextafter(double, double);
float nextafterf(float, float);
double scalbn(double, int);
double scalbln(double, long);
float scalbnf(float, int);
float scalblnf(float, long);
int ilogb(double);
int ilogbf(float);
double logb(double);
float logbf(float);
double remainder(double, double);
float remainderf(float, float);
double remquo(double, double, int *);
float remquof(float, float, int *);
#endif

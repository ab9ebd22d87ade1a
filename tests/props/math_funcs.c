/* Property test of <math.h>: `count` random arguments (argv[1], default 100)
 * per function, from ranges where each is interesting (and random bit
 * patterns, which bring the special values), printed as "name argument result"
 * bit patterns in hex.  tests/test_properties.py checks every result against
 * glibc's (gcc's build of this program): exact for the exactly rounded
 * functions, within 1 ulp for the others. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define RANDOM_SEED 0x853C49E6748FEA9BULL
#include "random.h"

static u64 bits(double x)
{
    union word64 w;
    w.value = x;
    return w.bits;
}

/* a random double: half the time uniform in [low, high], else any bit pattern
   whose exponent lies in [-exp_span, exp_span] (so both signs, tiny and huge) */
static double draw(double low, double high, int exp_span)
{
    union word64 w;
    u64 r = next();
    if (r & 1)
        return low + (high - low) * ((double)(r >> 11) / 9007199254740992.0);
    w.bits = next() & 0x800FFFFFFFFFFFFFULL;
    w.bits |= (u64)(1023 + (int)((r >> 20) % (2 * exp_span + 1)) - exp_span) << 52;
    return w.value;
}

/* frexp's and modf's two results in one number */
static double frexp_both(double x)
{
    int e;
    double m = frexp(x, &e);
    return m + e;
}

static double modf_both(double x)
{
    double whole, fraction = modf(x, &whole);
    return fraction + 3 * whole;
}

#define ONE(name, call, low, high, span)                                  \
    for (i = 0; i < count; i++) {                                         \
        x = draw(low, high, span);                                        \
        printf("%s %016llx %016llx\n", name, bits(x), bits(call));        \
    }
#define TWO(name, call, low, high, span)                                  \
    for (i = 0; i < count; i++) {                                         \
        x = draw(low, high, span);                                        \
        y = draw(low, high, span);                                        \
        printf("%s %016llx %016llx %016llx\n", name, bits(x), bits(y), bits(call)); \
    }

int main(int argc, char **argv)
{
    int count = argc > 1 ? atoi(argv[1]) : 100, i;
    double x, y;
    ONE("fabs", fabs(x), -10, 10, 1023)
    ONE("floor", floor(x), -1e6, 1e6, 60)
    ONE("ceil", ceil(x), -1e6, 1e6, 60)
    ONE("round", round(x), -1e6, 1e6, 60)
    ONE("trunc", trunc(x), -1e6, 1e6, 60)
    TWO("fmod", fmod(x, y), -100, 100, 1023)
    ONE("sqrt", sqrt(x), 0, 1e6, 1023)
    ONE("frexp", frexp_both(x), -1e6, 1e6, 1023)
    ONE("ldexp", ldexp(x, (int)(next() % 200) - 100), -1e6, 1e6, 1023)
    ONE("modf", modf_both(x), -1e6, 1e6, 60)
    ONE("exp", exp(x), -745, 710, 10)
    ONE("exp2", exp2(x), -1075, 1024, 10)
    ONE("expm1", expm1(x), -40, 710, 10)
    ONE("log", log(x), 0, 1e6, 1023)
    ONE("log2", log2(x), 0, 1e6, 1023)
    ONE("log10", log10(x), 0, 1e6, 1023)
    ONE("log1p", log1p(x), -1, 1e6, 1023)
    TWO("pow", pow(x, y), -20, 20, 8)
    ONE("sin", sin(x), -10, 10, 1023)
    ONE("cos", cos(x), -10, 10, 1023)
    ONE("tan", tan(x), -10, 10, 1023)
    ONE("asin", asin(x), -1, 1, 10)
    ONE("acos", acos(x), -1, 1, 10)
    ONE("atan", atan(x), -10, 10, 1023)
    TWO("atan2", atan2(x, y), -10, 10, 1023)
    ONE("sinh", sinh(x), -710, 710, 10)
    ONE("cosh", cosh(x), -710, 710, 10)
    ONE("tanh", tanh(x), -20, 20, 10)
    TWO("hypot", hypot(x, y), -1e6, 1e6, 1023)
    ONE("cbrt", cbrt(x), -1e6, 1e6, 1023)
    ONE("sinf", (double)sinf((float)x), -10, 10, 100)
    ONE("expf", (double)expf((float)x), -100, 88, 6)
    ONE("logf", (double)logf((float)x), 0, 1e6, 100)
    TWO("powf", (double)powf((float)x, (float)y), -10, 10, 5)
    ONE("sqrtf", (double)sqrtf((float)x), 0, 1e6, 100)
    return 0;
}

/* C99's exact math functions: nextafter, scalbn, ilogb, logb, remainder,
   remquo and the quiet comparisons, on zeros, subnormals, infinities, NaNs
   and exact halves; compared with glibc's bits. */
#include <stdio.h>
#include <math.h>
#include <float.h>

static double v[] = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -3.5, 7.0, 1e300, -1e-300,
                     0x1p-1074, -0x1p-1074, 0x1p-1022, 0x0.fffffffffffffp-1022, DBL_MAX,
                     3.141592653589793, 1e22, 123456789.0, 0x1.8p-1060};
#define N (int)(sizeof v / sizeof v[0])

int main(void)
{
    double inf = INFINITY, nan = NAN;
    double specials[] = {inf, -inf, nan, -nan};
    int i, j, q;
    double d;
    for (i = 0; i < N; i++)
        printf("%a: up %a down %a ilogb %d logb %a scalbn+3 %a scalbn-1070 %a scalbln+2000 %a\n",
               v[i], nextafter(v[i], inf), nextafter(v[i], -inf), ilogb(v[i]), logb(v[i]),
               scalbn(v[i], 3), scalbn(v[i], -1070), scalbln(v[i], 2000L));
    for (i = 0; i < 4; i++)
        printf("%f: up %f zero %a ilogb %d logb %f\n", specials[i], nextafter(specials[i], 0.0),
               nextafter(0.0, specials[i]), ilogb(specials[i]), logb(specials[i]));
    printf("%d %d %d\n", FP_ILOGB0, FP_ILOGBNAN, ilogb(0.0) == FP_ILOGB0);
    printf("%a %a %a\n", nextafter(1.0, 1.0), nextafter(-0.0, 0.0), nextafter(0.0, -0.0));
    printf("%a %a %a\n", nextafter(DBL_MAX, inf), nextafter(-DBL_MAX, -inf), nextafter(inf, 0.0));
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            double r = remquo(v[i], v[j], &q);
            if (v[j] == 0.0)
                continue;
            printf("%a %a: remainder %a remquo %a %d fmod %a\n", v[i], v[j], remainder(v[i], v[j]),
                   r, q, fmod(v[i], v[j]));
        }
    for (i = -8; i <= 8; i++) {
        double x = i * 0.5;
        double r = remquo(x, 1.0, &q);
        printf("%g: rem2 %g rem1 %g remquo1 %g q %d", x, remainder(x, 2.0), remainder(x, 1.0), r, q);
        r = remquo(x, -1.0, &q);
        printf(" rem-1 %g q %d\n", r, q);
    }
    for (i = 0; i < 4; i++) {
        double r;
        q = 99;
        r = remquo(specials[i], 3.0, &q);
        printf("%f %f %f %f %d\n", remainder(specials[i], 2.0), remainder(2.0, specials[i]),
               remainder(specials[i], 0.0), r, q);
    }
    printf("%f %f %f %f\n", remainder(5.0, 0.0), remainder(-5.0, 0.0), remainder(0.0, 0.0),
           remainder(5.0, -inf));
    printf("%a %a %a\n", remainder(1e308, 3.0), remainder(DBL_MAX, 0x1p-1074), remainder(1e308, 1e-308));
    d = remquo(1e308, 3.0, &q);
    printf("%a %d\n", d, q & 7);       /* (gcc folds it with more bits of the quotient) */
    d = remquo(7.5, 1.0, &q);
    printf("%a %d\n", d, q);
    d = remquo(-0x1p-1073, 0x1p-1074, &q);
    printf("%a %d\n", d, q);
    d = remquo(DBL_MAX, DBL_MAX / 3, &q);
    printf("%a %d\n", d, q);
    d = remquo(DBL_MAX, 0x1p1021, &q);
    printf("%a %d\n", d, q);
    printf("%a %a\n", remainder(DBL_MAX, 0x1p1022), remainder(-DBL_MAX, -0x1.8p1023));
    for (i = 0; i < 6; i++) {
        double a = i < 4 ? specials[i] : i == 4 ? 1.0 : -0.0;
        double b = i == 5 ? 0.0 : 2.0;
        printf("%d%d%d%d%d%d ", isgreater(a, b), isgreaterequal(a, b), isless(a, b),
               islessequal(a, b), islessgreater(a, b), isunordered(a, b));
        printf("%d%d%d%d%d%d\n", isgreater(b, a), isgreaterequal(b, a), isless(b, a),
               islessequal(b, a), islessgreater(b, a), isunordered(b, a));
    }
    {
        float f = 1.0f, g = 0x1p-149f;
        float fs[] = {0.0f, -0.0f, 1.0f, 0x1p-149f, FLT_MAX, -2.5f, 3.0f, 0x1.fffffep-127f};
        printf("%a %a %a %a\n", nextafterf(f, 2.0f), nextafterf(f, 0.0f), nextafterf(g, 0.0f),
               nextafterf(0.0f, -1.0f));
        printf("%a %a %a\n", nextafterf(FLT_MAX, INFINITY), nextafterf(-0.0f, 1.0f),
               nextafterf(0x1p-126f, 0.0f));
        for (i = 0; i < 8; i++)
            printf("%a: ilogbf %d logbf %a scalbnf %a %a scalblnf %a\n", fs[i], ilogbf(fs[i]),
                   logbf(fs[i]), scalbnf(fs[i], 5), scalbnf(fs[i], -140), scalblnf(fs[i], 200L));
        for (i = 0; i < 8; i++)
            for (j = 0; j < 8; j++) {
                if (fs[j] == 0.0f)
                    continue;
                float r = remquof(fs[i], fs[j], &q);
                printf("%a/%a: %a %a %d\n", fs[i], fs[j], remainderf(fs[i], fs[j]), r, q);
            }
        printf("%d %d %d %f %f\n", isless(1.0f, 2.0f), isgreater(NAN, 1.0f), ilogbf(INFINITY),
               logbf(-INFINITY), logbf(0.0f));
    }
    return 0;
}

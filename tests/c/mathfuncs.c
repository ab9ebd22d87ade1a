/* <math.h>: every function at a few arguments, special values included.
 * Printed with 12 significant digits: the functions other than the exact ones
 * are within 1 ulp of glibc's, which 12 digits do not show. */
#include <math.h>
#include <stdio.h>

int main(void)
{
    double xs[] = { 0.0, -0.0, 0.5, 1.0, -1.5, 2.0, 3.75, 10.0, -100.25, 1e-5, 1e5 };
    int n = sizeof xs / sizeof xs[0], i, e;
    double whole;
    for (i = 0; i < n; i++) {
        double x = xs[i];
        printf("x=%g\n", x);
        printf("  fabs %g floor %g ceil %g round %g trunc %g fmod %g\n", fabs(x), floor(x),
               ceil(x), round(x), trunc(x), fmod(x, 0.75));
        printf("  sqrt %.12g cbrt %.12g hypot %.12g\n", sqrt(fabs(x)), cbrt(x), hypot(x, 3));
        printf("  exp %.12g exp2 %.12g expm1 %.12g\n", exp(x), exp2(x), expm1(x));
        printf("  log %.12g log2 %.12g log10 %.12g log1p %.12g\n", log(fabs(x)), log2(fabs(x)),
               log10(fabs(x)), log1p(fabs(x)));
        printf("  pow %.12g %.12g\n", pow(x, 3), pow(fabs(x), 0.5));
        printf("  sin %.12g cos %.12g tan %.12g\n", sin(x), cos(x), tan(x));
        printf("  atan %.12g atan2 %.12g\n", atan(x), atan2(x, -2));
        printf("  sinh %.12g cosh %.12g tanh %.12g\n", sinh(x / 10), cosh(x / 10), tanh(x));
        printf("  frexp %g ", frexp(x, &e));
        printf("%d ldexp %g modf %g ", e, ldexp(x, 3), modf(x, &whole));
        printf("%g\n", whole);
    }
    printf("asin %.12g acos %.12g %.12g\n", asin(0.5), acos(-0.25), asin(1.0));
    printf("specials %g %g %g %g %g %g\n", sqrt(-1.0), log(0.0), exp(1000.0), pow(0.0, -1.0),
           atan2(0.0, -0.0), pow(-8.0, 1.0 / 3));
    printf("float %.6g %.6g %.6g %.6g\n", sinf(1.0f), expf(2.0f), sqrtf(2.0f), powf(2.0f, 0.5f));
    printf("pi %.17g %.17g\n", M_PI, 4 * atan(1.0));
    return 0;
}

/* C99's copysign, fmin, fmax, fdim and the rounding functions: rint and its
   kin round ties to even, lround and llround away from zero. */
#include <stdio.h>
#include <math.h>

int main(void)
{
    double v[] = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, -3.7, 1e300, 4503599627370497.0, -0.0};
    int i;
    for (i = 0; i < 11; i++)
        printf("%g: rint %g nearbyint %g lrint %ld llrint %lld lround %ld llround %lld\n",
               v[i], rint(v[i]), nearbyint(v[i]), i == 8 || i == 9 ? 0L : lrint(v[i]),
               i == 8 ? 0LL : llrint(v[i]), i == 8 || i == 9 ? 0L : lround(v[i]),
               i == 8 ? 0LL : llround(v[i]));
    printf("%g %g %g %g\n", copysign(3.0, -0.0), copysign(-2.5, 1.0), copysign(INFINITY, -1.0),
           copysign(0.0, -5.0));
    printf("%d %d\n", signbit(copysign(NAN, -1.0)) != 0, signbit(copysign(NAN, 1.0)) != 0);
    printf("%g %g %g %g %g\n", fmin(1.0, 2.0), fmin(NAN, 2.0), fmin(3.0, NAN), fmax(-1.0, -2.0),
           fmax(NAN, -7.0));
    printf("%g %g %d\n", fmin(-0.0, 0.0), fmax(-0.0, 0.0), isnan(fmin(NAN, NAN)) != 0);
    printf("%g %g %g %d\n", fdim(5.0, 3.0), fdim(3.0, 5.0), fdim(-1.0, -4.5), isnan(fdim(NAN, 1.0)) != 0);
    printf("%g %g %g %g %ld %ld\n", rintf(2.5f), copysignf(1.5f, -1.0f), fminf(2.0f, -3.0f),
           fmaxf(2.0f, -3.0f), lrintf(-6.5f), lroundf(-6.5f));
    printf("%g %g\n", fdimf(4.0f, 1.5f), nearbyintf(-0.4f));
    return 0;
}

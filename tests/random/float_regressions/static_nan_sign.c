/* An invalid operation folded in a static initializer: gcc makes +nan
   (0x7ff8000000000000), tinyexec -nan (0xfff8000000000000).  At run time
   (or not folded, in a function) both make x86's default NaN, -nan. */
#include <stdio.h>
#include <math.h>

static double a = INFINITY - INFINITY;
static double b = 0 * INFINITY;
static float c = INFINITY / INFINITY;

int main(void)
{
    static double d = -INFINITY + INFINITY;
    double e = INFINITY - INFINITY;
    printf("%f %f %f %f %f\n", a, b, c, d, e);
    return 0;
}

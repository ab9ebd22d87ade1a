/* A 64-bit integer constant converted to float at compile time was rounded
   twice (to double, then to float): 2^59 + 2^35 + 1 rounded to the tie
   2^59 + 2^35, then to even (0x5d000000) instead of up (0x5d000001). */
#include <stdio.h>

static float s = 0x800000800000001LL;          /* 2^59 + 2^35 + 1 */

int main(void)
{
    float a = 0x800000800000001LL;
    float b = (float)0x8000008000000001ULL;     /* 2^63 + 2^39 + 1 */
    volatile long long v = 0x800000800000001LL;
    float c = v;                                 /* at run time: right */
    float d = 0.5f + 864691162814873601LL;
    printf("%.9g %.9g %.9g %.9g %.9g\n", s, a, b, c, d);
    return 0;
}

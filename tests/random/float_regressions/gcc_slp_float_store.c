/* Not a tinyexec bug: gcc 12.2's SLP vectorizer (on at -O2 since gcc 12)
   stores k = k * 0.5f + p[i] into p[i] without rounding it to float: with
   plain -O2 gcc prints "3802500 4812468.25" (-O0, -O1 and -O2
   -fno-tree-vectorize: "3802500 4812468", as C says: 4812468.25 is halfway
   between two floats and rounds to even).  So randfloat.py's gcc runs with
   -fno-tree-vectorize; tinyexec is right.  Found by seed 802 at size 1.0. */
#include <stdio.h>
static double ga3[7];
static void fn7(double *p, int n, float k)
{
    for (int i = 0; i < n; i++) {
        k = k * 0.5f + p[i]; p[i] = k;
    }
}
int main(void)
{
    volatile double v = 2911218.25;
    ga3[6] = v;
    fn7(ga3 + 5, 2, 7605000.0f);
    printf("%.17g %.17g\n", ga3[5], ga3[6]);
    return 0;
}

/* abs and labs, used for distances and a checksum */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

int main(void)
{
    int v[7] = {0, 1, -1, 42, -42, INT_MAX, -INT_MAX};
    long lv[5] = {0L, -7L, 7L, 2147483647L, -2147483647L};
    int pts[6] = {3, -8, 10, -2, 0, 5};
    int i, total = 0;
    for (i = 0; i < 7; i++)
        printf("abs(%d) = %d\n", v[i], abs(v[i]));
    for (i = 0; i < 5; i++)
        printf("labs(%ld) = %ld\n", lv[i], labs(lv[i]));
    for (i = 1; i < 6; i++) {
        int d = abs(pts[i] - pts[i - 1]);
        printf("|%d - %d| = %d\n", pts[i], pts[i - 1], d);
        total += d;
    }
    printf("path length %d\n", total);
    printf("abs(INT_MIN + 1) = %d\n", abs(INT_MIN + 1));
    printf("abs in an expression: %d\n", abs(-3) * abs(4) - abs(-20));
    return 0;
}

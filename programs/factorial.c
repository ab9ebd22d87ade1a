/*
 * factorial.c -- n! exactly, as a bignum.
 *
 * Usage:  factorial [n]      (default 100; at most 450)
 *
 * The number is an array of base-10000 limbs, least significant first; each
 * step multiplies every limb by k and carries with / and %.  Prints n! and its
 * number of decimal digits (100! has 158).
 */
#include <stdio.h>
#include <stdlib.h>

#define BASE 10000
#define MAX_LIMBS 300

static int limbs[MAX_LIMBS];

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 100;
    if (n < 0 || n > 450) {
        printf("n must be 0..450\n");
        return 1;
    }
    int used = 1;
    limbs[0] = 1;
    for (int k = 2; k <= n; k++) {
        int carry = 0;
        for (int i = 0; i < used; i++) {
            int v = limbs[i] * k + carry;
            limbs[i] = v % BASE;
            carry = v / BASE;
        }
        while (carry) {
            limbs[used++] = carry % BASE;
            carry /= BASE;
        }
    }
    printf("%d! = %d", n, limbs[used - 1]);
    for (int i = used - 2; i >= 0; i--)
        printf("%04d", limbs[i]);
    int digits = 4 * (used - 1), top = limbs[used - 1];
    for (; top; top /= 10)
        digits++;
    printf("\n%d digits\n", digits);
    return 0;
}

/*
 * bignum.c -- the big numbers of strtod.c and format_double.c: nonnegative
 * integers in base 10^4, least significant limb first.  A limb times a
 * multiplier up to 2^18 (or 5^8), plus a carry, stays below 2^32: the
 * arithmetic needs only the machine's 32-bit words.
 */
#define BIG_BASE 10000u

static const unsigned __big_pow10[4] = { 1u, 10u, 100u, 1000u };

/* d[0..n) = d * mul + add, where mul <= 2^18 (or 5^8 = 390625) and add < 3 * 10^8:
 * every 9999 * mul + carry stays below 2^32.  Returns the new limb count. */
static int __big_mul_add(unsigned *d, int n, unsigned mul, unsigned add)
{
    unsigned carry = add;
    int i;
    for (i = 0; i < n; i++) {
        unsigned x = d[i] * mul + carry;
        carry = x / BIG_BASE;
        d[i] = x - carry * BIG_BASE;
    }
    while (carry != 0) {
        d[n++] = carry % BIG_BASE;
        carry /= BIG_BASE;
    }
    return n;
}

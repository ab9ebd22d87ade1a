/* format_double.c -- printf's %f %F %e %E %g %G (and %a %A) for a double
 * given as its 64-bit IEEE 754 bit pattern, using 32-bit integer arithmetic
 * only.
 *
 * Method.  A finite nonzero double is m * 2^e with m < 2^53.  Its exact
 * decimal value is an integer D times a power of ten:
 *
 *     e >= 0:  value = (m * 2^e)  * 10^0
 *     e <  0:  value = m * 2^e = m * 5^-e / 10^-e = (m * 5^-e) * 10^e
 *
 * so every digit printf could ever print is a digit of the integer D, which
 * we build exactly as a big number in base 10^4 (limbs < 10^4, so that
 * "limb * 2^18 + carry" and "limb * 5^8 + carry" both fit in 32 bits).
 * D has at most 767 digits (m * 5^1074 for the smallest exponent).
 *
 * With nd = number of digits of D and X = nd + (power of ten), the value is
 * 0.d1 d2 d3 ... * 10^X.  Each conversion then only has to pick how many
 * significant digits n to keep (%e: prec+1; %f: X+prec; %g: prec), round
 * the digit string there (half to even on an exact tie, which we can see
 * since D is exact: digits below are all zero), and lay the digits out.
 *
 * Cost: building D exactly takes about -e/8 passes (e < 0, multiplying by
 * 5^8) or e/18 passes (e > 0, by 2^18) over its limbs; for everyday numbers
 * (|e| < 70) that is a few hundred limb steps.  When D is long but only a
 * few of its digits get printed (1e-300 with %e), we first build only its
 * top limbs, keeping track of the error that cutting the low limbs makes,
 * and use the result when the error cannot change the printed digits
 * (nearly always); else we build D exactly.  %f of a number too small to
 * show any digit skips the work.
 */

#define FD_LIMBS 200       /* 800 digits >= 767, the most D can have */
#define FD_APPROX_DIGITS 100   /* the short cut below serves up to this many digits */
#define FD_APPROX_LIMBS ((FD_APPROX_DIGITS + 20) / 4 + 4)   /* its w, + 2 for a product's growth */

/* Decimal digit k (1 = most significant) of the nd-digit number d. */
static int __fd_digit(const unsigned *d, int nd, int k)
{
    int j = nd - k;                           /* position counted from the bottom */
    return (int)(d[j >> 2] / __big_pow10[j & 3] % 10u);
}

/* Is any digit after digit k (1-based from the top) nonzero? */
static int __fd_nonzero_after(const unsigned *d, int nd, int k)
{
    int j = nd - k;                           /* digits 0 .. j-1 from the bottom */
    int i = j >> 2;
    if (d[i] % __big_pow10[j & 3] != 0)
        return 1;
    while (i > 0) {
        i--;
        if (d[i] != 0)
            return 1;
    }
    return 0;
}

/* Round the nd-digit number d (value 0.d1d2... * 10^*x) to n significant
 * digits, half to even.  The kept digits (values 0..9) go to dig[]; the
 * count returned leaves out trailing zeros (digits past it are zeros).
 * A carry out of the top digit (9.99 -> 10.0) increments *x.  n may be
 * zero or negative: everything rounds away, or up to a single 1. */
static int __fd_round(const unsigned *d, int nd, int n, char *dig, int *x)
{
    int len, k, up;
    if (nd == 0)
        return 0;
    if (n >= nd) {                            /* exact: nothing to round */
        len = nd;
        for (k = 1; k <= nd; k++)
            dig[k - 1] = (char)__fd_digit(d, nd, k);
    } else if (n < 0) {
        return 0;                             /* below half a unit of the last place */
    } else {
        int r = __fd_digit(d, nd, n + 1);       /* the first dropped digit */
        for (k = 1; k <= n; k++)
            dig[k - 1] = (char)__fd_digit(d, nd, k);
        len = n;
        if (r > 5)
            up = 1;
        else if (r < 5)
            up = 0;
        else if (__fd_nonzero_after(d, nd, n + 1))
            up = 1;                           /* above the halfway point */
        else
            up = n > 0 && (dig[n - 1] & 1);   /* exact tie: to even (0 kept digits is even) */
        if (up) {
            k = n;
            while (k > 0 && dig[k - 1] == 9) {
                dig[k - 1] = 0;
                k--;
            }
            if (k == 0) {                     /* 99..9 -> 100..0: one more integer digit */
                dig[0] = 1;
                len = 1;
                *x += 1;
                return 1;
            }
            dig[k - 1]++;
        }
    }
    while (len > 0 && dig[len - 1] == 0)
        len--;
    return len;
}

/* Write digits from..to (1-based positions; positions < 1 or > len are 0). */
static void __fd_put_digits(struct __sink *s, const char *dig, int len, int from, int to)
{
    int k;
    if (from > to)
        return;
    if (from < 1) {                           /* leading zeros before the first digit */
        int z = (to < 0 ? to : 0) - from + 1;
        __repeat(s, '0', z);
        from = 1;
    }
    for (k = from; k <= to && k <= len; k++)
        __put(s, '0' + dig[k - 1]);
    if (k <= to)
        __repeat(s, '0', to - k + 1);        /* trailing zeros past the last nonzero digit */
}

/* Build D = m * 2^e (e >= 0) or m * 5^-e (e < 0) in d, m = mhi:lo < 2^53.
 * With maxlimbs < FD_LIMBS only the top maxlimbs limbs are kept: after a
 * multiplication that makes D longer, the low limbs are cut off and counted
 * in *shift (D is then about d * 10^(4 * *shift)), and *drops counts the
 * cuts.  Each cut leaves at least maxlimbs-1 full limbs, so it lowers the
 * value by a relative error below 10^-(4 (maxlimbs-1)); multiplying keeps
 * relative errors, so in the end the true D lies in
 *     [d, d + drops * 10^4 * (1 + tiny)] * 10^(4 * shift),
 * which __format_double turns into a check.  Returns the limb count. */
static int __fd_build(unsigned *d, unsigned mhi, unsigned lo, int e, int maxlimbs,
                    int *shift, int *drops)
{
    int n, k;
    unsigned mul = 1;
    *shift = 0;
    *drops = 0;
    n = __big_mul_add(d, 0, 1u, mhi);            /* m fed in as 21 + 16 + 16 bits */
    n = __big_mul_add(d, n, 65536u, lo >> 16);
    n = __big_mul_add(d, n, 65536u, lo & 0xffffu);
    k = e > 0 ? e : -e;
    while (k > 0) {
        if (e > 0) {                          /* by 2^18 at a time (9999 * 2^18 < 2^32) */
            mul = 1u << (k < 18 ? k : 18);
            k -= 18;
        } else if (k >= 8) {                  /* by 5^8 at a time (9999 * 5^8 < 2^32) */
            mul = 390625u;
            k -= 8;
        } else {
            mul = 1u;
            while (k > 0) {
                mul *= 5u;
                k--;
            }
        }
        n = __big_mul_add(d, n, mul, 0);
        if (n > maxlimbs) {                   /* keep the top limbs only */
            int cut = n - maxlimbs, i;
            for (i = 0; i < maxlimbs; i++)
                d[i] = d[i + cut];
            n = maxlimbs;
            *shift += cut;
            *drops += 1;
        }
    }
    return n;
}

/* The value is d * 10^xbase (d has n limbs).  Round it as the conversion
 * needs (style 'f': p decimals; 'e': p+1 significant digits; 'g': p), into
 * dig[] (returns the count, trailing zeros left out).  *x0 and *x get the
 * value's X (value = 0.d1d2... * 10^X) before and after rounding. */
static int __fd_convert(const unsigned *d, int n, int xbase, int style, int p,
                      char *dig, int *x, int *x0)
{
    int nd = 4 * (n - 1), keep;
    unsigned top = d[n - 1];
    while (top != 0) {                        /* digits of the top limb */
        nd++;
        top /= 10u;
    }
    *x0 = *x = nd + xbase;
    keep = style == 'f' ? *x + p : style == 'e' ? p + 1 : p;
    return __fd_round(d, nd, keep, dig, x);
}

/* %a and %A, as glibc prints them: the significand in hexadecimal, its
 * leading digit 1 (0 for zero and the subnormals, which keep the exponent
 * -1022), as many fraction digits as the precision asks or as the exact
 * value needs, rounded half to even, so that the leading digit can round up
 * to 2; then p and the binary exponent.  The 0 flag pads after "0x". */
static void __fd_hex(struct __sink *s, unsigned long long bits, int upper, int signch,
                   int left, int zero, int alt, int width, int prec)
{
    const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int bexp = (int)(bits >> 52) & 0x7ff;
    unsigned long long m = bits & 0xfffffffffffffull;    /* 13 hex digits of fraction */
    int expo = bexp == 0 ? (m != 0 ? -1022 : 0) : bexp - 1023;
    int nd = 13, body, pad, k, a;
    if (bexp != 0)
        m |= 1ull << 52;                      /* the leading digit, 1 */
    if (prec < 0) {
        while (nd > 0 && (m & 15) == 0) {     /* the digits the value needs */
            m >>= 4;
            nd--;
        }
    } else if (prec < 13) {                   /* round off the last 13 - prec digits */
        int drop = 4 * (13 - prec);
        unsigned long long half = 1ull << (drop - 1);
        unsigned long long rem = m & ((half << 1) - 1);
        m >>= drop;
        if (rem > half || (rem == half && (m & 1)))
            m++;
        nd = prec;
    }
    /* "0x", the leading digit, ".", the digits, "p", the sign, the exponent */
    body = 6 + (nd > 0 || alt) + (prec > nd ? prec : nd);
    for (a = expo < 0 ? -expo : expo; a >= 10; a /= 10)
        body++;
    pad = width - body - (signch != 0);
    if (!left && !zero)
        __repeat(s, ' ', pad);
    if (signch)
        __put(s, signch);
    __put(s, '0');
    __put(s, upper ? 'X' : 'x');
    if (!left && zero)
        __repeat(s, '0', pad);
    __put(s, hex[(int)(m >> (4 * nd))]);
    if (nd > 0 || alt)
        __put(s, '.');
    for (k = nd - 1; k >= 0; k--)
        __put(s, hex[(int)(m >> (4 * k)) & 15]);
    if (prec > nd)
        __repeat(s, '0', prec - nd);
    __put(s, upper ? 'P' : 'p');
    __put(s, expo < 0 ? '-' : '+');
    a = expo < 0 ? -expo : expo;
    for (k = 1; k * 10 <= a; k *= 10)
        ;
    for (; k > 0; k /= 10)
        __put(s, '0' + a / k % 10);
    if (left)
        __repeat(s, ' ', pad);
}

static void __format_double(struct __sink *s, unsigned long long bits, int conv,
                            int left, int zero, int plus, int space, int alt,
                            int width, int prec)
{
    unsigned hi = (unsigned)(bits >> 32);
    unsigned lo = (unsigned)bits;
    int bexp = (int)((hi >> 20) & 0x7ffu);
    unsigned mhi = hi & 0xfffffu;
    int upper = conv == 'F' || conv == 'E' || conv == 'G' || conv == 'A';
    int style = conv | 32;                    /* 'f', 'e', 'g' or 'a' */
    int signch = (hi >> 31) ? '-' : plus ? '+' : space ? ' ' : 0;
    unsigned d[FD_LIMBS];
    char dig[FD_LIMBS * 4];
    int len = 0, x = 1, x0 = 1;               /* zero: no digits, prints as 0.0..0e+00 */
    int e, p, body, pad, expo = 0, k;

    if (bexp == 0x7ff) {                      /* inf and nan: the 0 flag pads with spaces */
        const char *t = (mhi | lo) != 0 ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        pad = width - 3 - (signch != 0);
        if (!left)
            __repeat(s, ' ', pad);
        if (signch)
            __put(s, signch);
        __put(s, t[0]);
        __put(s, t[1]);
        __put(s, t[2]);
        if (left)
            __repeat(s, ' ', pad);
        return;
    }
    if (style == 'a') {
        __fd_hex(s, bits, upper, signch, left, zero, alt, width, prec);
        return;
    }

    p = prec < 0 ? 6 : prec;
    if (style == 'g' && p == 0)
        p = 1;

    if (bexp == 0) {
        e = -1074;                            /* subnormal (or zero) */
    } else {
        mhi |= 0x100000u;                     /* the implicit leading bit */
        e = bexp - 1075;
    }

    if ((mhi | lo) != 0) {
        int bl = 0, t, xmax, keep, dmax, shift, drops, n, e10, done = 0;
        unsigned a;
        /* Drop trailing zero bits of m: the same value, a smaller D to build. */
        if (lo == 0) {
            lo = mhi;
            mhi = 0;
            e += 32;
        }
        for (k = 16; k > 0; k >>= 1) {        /* shifts by 16, 8, 4, 2, 1 while they fit */
            if ((lo & ((1u << k) - 1u)) == 0) {
                lo = (lo >> k) | (mhi << (32 - k));
                mhi >>= k;
                e += k;
            }
        }
        e10 = e < 0 ? e : 0;                  /* value = D * 10^e10 */
        /* bl = bit length of m */
        for (a = mhi != 0 ? mhi : lo, bl = mhi != 0 ? 32 : 0, k = 16; k > 0; k >>= 1) {
            if (a >> k) {
                a >>= k;
                bl += k;
            }
        }
        bl += a != 0;
        /* value < 2^t, so its integer digit count X = floor(log10 v) + 1 is at
           most xmax (1233/4096 < log10 2 < 1234/4096). */
        t = e + bl;
        xmax = t >= 0 ? (int)(((unsigned)t * 1234u) >> 12) + 1
                      : -(int)(((unsigned)-t * 1233u) >> 12) + 1;
        /* At most this many significant digits get printed: */
        keep = style == 'f' ? xmax + p : style == 'e' ? p + 1 : p;
        /* and D has at most dmax digits: log10(m 2^e) or log10(m 5^-e) + 1
           (2863/4096 > log10 5) */
        dmax = e >= 0 ? xmax : (int)(((unsigned)bl * 1234u + (unsigned)-e * 2863u) >> 12) + 1;

        if (keep <= -1) {
            /* %f of a number below 10^-(p+1): only zeros (n = X + p <= -1) */
            x = x0 = 0;
            done = 1;
        } else if (keep <= FD_APPROX_DIGITS && dmax > 2 * keep + 80) {
            /* Few digits of a long D (1e-300 with %e): build only its top
               limbs, with 20+ guard digits past the printed ones (a double
               that is nearly a tie, like the one nearest to 1.25e-30 with
               %.1e, differs from the tie within 17 or so digits).  Worth it
               when D is long: the exact build costs about (-e/8) * dmax/8 limb
               steps, this one (-e/8) * (keep/4 + 7).  The true D
               lies between that and that + the error bound; when both ends
               round to the same digits (nearly always), so does D (rounding
               is monotonic).  Otherwise fall through to the exact build. */
            unsigned d2[FD_APPROX_LIMBS + 1];
            char dig2[(FD_APPROX_LIMBS + 1) * 4];
            int w = (keep + 20) / 4 + 2, n2, len2, x2, x02;
            n = __fd_build(d, mhi, lo, e, w, &shift, &drops);
            len = __fd_convert(d, n, 4 * shift + e10, style, p, dig, &x, &x0);
            if (drops == 0) {
                done = 1;                     /* nothing was cut: exact */
            } else {
                for (k = 0; k < n; k++)
                    d2[k] = d[k];
                n2 = __big_mul_add(d2, n, 1u, (unsigned)drops * 20000u + 1u);
                len2 = __fd_convert(d2, n2, 4 * shift + e10, style, p, dig2, &x2, &x02);
                /* (x does not matter when all digits round away; x0, the
                   unrounded X, matters only to %#g's quirk below) */
                done = len == len2 && (x == x2 || len == 0) && (x0 == x02 || style != 'g' || !alt);
                for (k = 0; done && k < len; k++)
                    done = dig[k] == dig2[k];
            }
        }
        if (!done) {
            n = __fd_build(d, mhi, lo, e, FD_LIMBS, &shift, &drops);
            len = __fd_convert(d, n, e10, style, p, dig, &x, &x0);
        }
    }

    if (style == 'g') {
        /* C99: with X the exponent %e would print, use %f if p > X >= -4,
           with p-1-X decimals, else %e with p-1; unless '#', drop trailing
           zeros (and a bare '.') from the fraction. */
        int xe = x - 1;
        if (xe < p && xe >= -4) {
            style = 'f';
            p = p - 1 - xe;
            if (!alt)
                p = len - x > 0 ? len - x : 0;
        } else {
            style = 'e';
            p = p - 1;
            if (!alt)
                p = len - 1 > 0 ? len - 1 : 0;
            else if (x0 == p + 1 && x == p + 2)
                p = 0;        /* glibc: %#.3g of 999.9 is "1.e+03", not "1.00e+03": it
                                 picks %f style with 0 decimals from the unrounded
                                 exponent and, when rounding carries into one more
                                 digit, switches to %e keeping those 0 decimals */
        }
    }

    /* Length of what we print, for the padding. */
    if (style == 'f') {
        body = (x > 0 ? x : 1) + (p > 0 || alt ? 1 + p : 0);
    } else {
        int a;
        expo = x - 1;
        a = expo < 0 ? -expo : expo;
        body = 1 + (p > 0 || alt ? 1 + p : 0) + 2 + (a >= 100 ? 3 : 2);
    }
    pad = width - body - (signch != 0);

    if (!left && !zero)
        __repeat(s, ' ', pad);
    if (signch)
        __put(s, signch);
    if (!left && zero)
        __repeat(s, '0', pad);                /* zeros go between the sign and the digits */

    if (style == 'f') {
        if (x > 0)
            __fd_put_digits(s, dig, len, 1, x);
        else
            __put(s, '0');
        if (p > 0 || alt)
            __put(s, '.');
        __fd_put_digits(s, dig, len, x + 1, x + p);
    } else {
        int a = expo < 0 ? -expo : expo;
        __fd_put_digits(s, dig, len, 1, 1);
        if (p > 0 || alt)
            __put(s, '.');
        __fd_put_digits(s, dig, len, 2, p + 1);
        __put(s, upper ? 'E' : 'e');
        __put(s, expo < 0 ? '-' : '+');
        if (a >= 100) {
            __put(s, '0' + a / 100);
            a %= 100;
        }
        __put(s, '0' + a / 10);
        __put(s, '0' + a % 10);
    }

    if (left)
        __repeat(s, ' ', pad);
}

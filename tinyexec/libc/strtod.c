/* strtod.c -- decimal and hexadecimal text to the bits of the nearest double
 * or float (round to nearest, ties to even), as glibc's strtod and strtof,
 * with 32-bit integer arithmetic only.  A float is rounded once, from the
 * text: rounding to double first and then to float would round twice.
 *
 * Method (decimal).  We keep the first SD_KEEP = 800 significant digits as an
 * integer T and remember whether any digit after them is nonzero ("sticky"),
 * so the value is T * 10^q, or a little more.  That is enough: every double
 * and every midpoint between two doubles has at most 768 significant digits
 * (floats have fewer),
 * so none of them lies strictly between T * 10^q and (T+1) * 10^q, and the
 * rounding of the true value is that of "T * 10^q plus a tiny bit".
 *
 * We then compute, exactly, Q = floor(T * 10^q * 2^s) for a scale s chosen
 * so that 2^55 <= Q < 2^60, plus a flag telling whether anything was cut
 * off.  From Q's top 53 or 24 (or, for subnormals, fewer) bits, the next bit and
 * the flag, rounding to nearest even is direct.  The big number is held in
 * base 10^4 limbs, so that
 *     * 2^s      : passes of "limb * 2^18 + carry"       (fits in 32 bits)
 *     * 10^q     : shifting whole limbs, then * 10, 100 or 1000
 *     / 2^s      : passes of "(rem * 10^4 + limb) >> 18" from the top
 *     / 10^q     : dropping whole limbs (and digits), remainders -> flag
 * all use 32-bit operations only.  Multiplications come before divisions,
 * and floor(floor(a/b)/c) = floor(a/(b c)), so Q is exact.
 *
 * When T * 2^s would be long but only Q's 19 digits are wanted (1e-300:
 * T * 2^1053), we first try with only the top limbs kept, bounding the
 * error that cutting the low ones makes: when the lower and the upper bound
 * round to the same double (nearly always), so does the value; else we do
 * it exactly.
 *
 * Hexadecimal input is already binary: its first 15 significant hex digits
 * (60 bits) are Q, the rest only matter as the sticky flag.
 */

#define SD_KEEP 800        /* significant decimal digits kept exactly */
#define SD_LIMBS 300       /* T * 2^s: 800 + 348 digits at most, 4 per limb */
#define SD_APPROX_LIMBS 12  /* 45+ digits: Q's 19, the error's 7, and 20 to spare */

/* The two formats, by their precision p (53 or 24 significant bits): the
 * largest exponent is emax = 1023 or 127, a normal value is in [2^(1-emax),
 * 2^(emax+1)), a subnormal is a multiple of 2^(2-emax-p), and the bits are
 * sign, exponent + emax, then p-1 fraction bits. */
static int __sd_emax(int precision)
{
    return precision == 24 ? 127 : 1023;
}

static unsigned long long __sd_infinity(int precision)
{
    return (unsigned long long)(2 * __sd_emax(precision) + 1) << (precision - 1);
}

static int __sd_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int __sd_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = __sd_lower(c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* Does p start with the (lowercase) word w, in any case? */
static int __sd_match(const char *p, const char *w)
{
    while (*w) {
        if (__sd_lower(*p) != *w)
            return 0;
        p++;
        w++;
    }
    return 1;
}

/* d = floor(d / 2^k) for k <= 18, from the top limb down (rem < 2^18, so
 * rem * 10^4 + limb < 2^32).  Sets *sticky if the remainder is nonzero. */
static int __sd_div_pow2(unsigned *d, int n, int k, int *sticky)
{
    unsigned rem = 0, mask = (1u << k) - 1u;
    int i;
    for (i = n - 1; i >= 0; i--) {
        unsigned x = rem * BIG_BASE + d[i];
        d[i] = x >> k;
        rem = x & mask;
    }
    if (rem != 0)
        *sticky = 1;
    while (n > 0 && d[n - 1] == 0)
        n--;
    return n;
}

/* d = floor(d / div) for div <= 1000 (rem * 10^4 + limb < 10^7). */
static int __sd_div_small(unsigned *d, int n, unsigned div, int *sticky)
{
    unsigned rem = 0;
    int i;
    for (i = n - 1; i >= 0; i--) {
        unsigned x = rem * BIG_BASE + d[i];
        d[i] = x / div;
        rem = x - d[i] * div;
    }
    if (rem != 0)
        *sticky = 1;
    while (n > 0 && d[n - 1] == 0)
        n--;
    return n;
}

static int __sd_bitlen(unsigned v)
{
    int b = 0, k;
    for (k = 16; k > 0; k >>= 1) {            /* halve the range: 16, 8, 4, 2, 1 */
        if (v >> k) {
            v >>= k;
            b += k;
        }
    }
    return b + (v != 0);
}

/* The double (p = 53) or float (p = 24) nearest to Q * 2^-s, where Q =
 * qhi:qlo (nonzero, < 2^61) and sticky says the value is a little more than
 * that.  Returns the bits of a positive number (inf on overflow, 0 on
 * underflow).
 *
 * glibc_lost_bit: for a subnormal result, glibc 2.36 first rounds to p
 * bits and then shifts into the subnormal, and on the way it forgets the
 * first bit below those p (the bit 2^(L-p) for a value in [2^L, 2^(L+1))):
 * when that bit and the subnormal's round bit are set and nothing else
 * below, it sees a tie and rounds to even (down) instead of up.  Its hex
 * parser does this for every subnormal; its decimal one only for
 * L = -emax (e.g. the exact decimal of 0x1.00000000000018p-1023).  We
 * copy it, so that results match glibc bit for bit. */
static unsigned long long __sd_round(unsigned qhi, unsigned qlo, int sticky, int s,
                                   int glibc_lost_bit, int precision)
{
    unsigned long long q = ((unsigned long long)qhi << 32) | qlo;
    unsigned long long mant;
    int emax = __sd_emax(precision);
    int bl = qhi != 0 ? 32 + __sd_bitlen(qhi) : __sd_bitlen(qlo);
    int top = bl - 1 - s;                     /* value in [2^top, 2^(top+1)) */
    int drop;                                 /* low bits of Q that do not fit */

    if (top > emax)
        return __sd_infinity(precision);
    if (top >= 1 - emax)
        drop = bl - precision;                /* normal: keep p bits */
    else
        drop = s - (emax + precision - 2);    /* subnormal: keep multiples of 2^(2-emax-p) */
    if (drop > 62)
        return 0;                             /* below a quarter of the smallest subnormal */
    if (drop <= 0) {
        mant = q << -drop;                    /* exact (sticky is only set when Q >= 2^55) */
    } else {
        unsigned long long half = 1ull << (drop - 1);
        unsigned long long rem = q & ((half << 1) - 1);
        mant = q >> drop;
        if (glibc_lost_bit && top < 1 - emax && bl > precision && (glibc_lost_bit > 1 || top == -emax))
            rem &= ~(1ull << (bl - precision - 1));  /* (below the round bit: drop-1 >= bl-p) */
        if (rem > half || (rem == half && (sticky || (mant & 1))))
            mant++;                           /* may carry to 2^p: the exponent field absorbs it */
    }
    if (top < 1 - emax)
        return mant;                          /* subnormal; 2^(p-1) becomes the smallest normal */
    /* mant in [2^(p-1), 2^p]: its leading bit adds 1 to the biased exponent top+emax-1 */
    return ((unsigned long long)(top + emax - 1) << (precision - 1)) + mant;
}

/* The NaN's payload as glibc takes it: the text between the parentheses read
 * as strtoull(text, &end, 0) does (0x.. hex, 0.. octal, else decimal,
 * saturating at 2^64-1), used only if that reads all of it.  Its low p-2
 * bits go under the quiet bit. */
static unsigned long long __sd_nan_payload(const char *p, const char *close, int precision)
{
    unsigned long long quiet = __sd_infinity(precision) | 1ull << (precision - 2);
    unsigned hi = 0, lo = 0;
    unsigned base = 10;
    int over = 0;
    if (p[0] == '0') {
        if (__sd_lower(p[1]) == 'x' && __sd_hexval(p[2]) >= 0) {
            base = 16;
            p += 2;
        } else {
            base = 8;
        }
    }
    while (p < close) {
        int v = __sd_hexval(*p);
        if (v < 0 || v >= (int)base)
            return quiet;                     /* not all of it is a number: no payload */
        /* hi:lo = hi:lo * base + v, in 16-bit pieces to stay within 32 bits */
        {
            unsigned t0 = (lo & 0xffffu) * base + (unsigned)v;
            unsigned t1 = (lo >> 16) * base + (t0 >> 16);
            unsigned t2 = (hi & 0xffffu) * base + (t1 >> 16);
            unsigned t3 = (hi >> 16) * base + (t2 >> 16);
            if (t3 >> 16)
                over = 1;
            lo = (t1 << 16) | (t0 & 0xffffu);
            hi = (t3 << 16) | (t2 & 0xffffu);
        }
        p++;
    }
    if (over) {
        hi = 0xffffffffu;
        lo = 0xffffffffu;
    }
    return quiet | ((((unsigned long long)hi << 32) | lo) & ((1ull << (precision - 2)) - 1));
}

/* Hexadecimal: p points at the first character after "0x", which starts a
 * valid hex significand.  Returns the bits (without the sign). */
static unsigned long long __sd_hex(const char *p, const char **endp, int precision)
{
    unsigned qhi = 0, qlo = 0;                /* the first 15 significant digits */
    int kept = 0, sticky = 0, v;
    int bexp = 0;                             /* value = Q * 2^bexp */
    int exp = 0;

    for (;;) {                                /* integer part */
        v = __sd_hexval(*p);
        if (v < 0)
            break;
        if (kept > 0 || v != 0) {
            if (kept < 15) {
                qhi = (qhi << 4) | (qlo >> 28);
                qlo = (qlo << 4) | (unsigned)v;
                kept++;
            } else {
                if (v != 0)
                    sticky = 1;
                if (bexp < 100000000)
                    bexp += 4;
            }
        }
        p++;
    }
    if (*p == '.') {
        p++;
        for (;;) {                            /* fraction */
            v = __sd_hexval(*p);
            if (v < 0)
                break;
            if (kept > 0 || v != 0) {
                if (kept < 15) {
                    qhi = (qhi << 4) | (qlo >> 28);
                    qlo = (qlo << 4) | (unsigned)v;
                    kept++;
                    bexp -= 4;
                } else if (v != 0) {
                    sticky = 1;
                }
            } else if (bexp > -100000000) {
                bexp -= 4;                    /* leading zeros of the fraction */
            }
            p++;
        }
    }
    if (__sd_lower(*p) == 'p') {                /* binary exponent, only if digits follow */
        const char *q = p + 1;
        int neg = 0;
        if (*q == '+' || *q == '-') {
            neg = *q == '-';
            q++;
        }
        if (*q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9') {
                if (exp < 100000000)
                    exp = exp * 10 + (*q - '0');
                q++;
            }
            if (neg)
                exp = -exp;
            p = q;
        }
    }
    *endp = p;
    if ((qhi | qlo) == 0)
        return 0;
    bexp += exp;                              /* both within +-2e8: no overflow */
    if (bexp > 2000)
        return __sd_infinity(precision);
    if (bexp < -2000)
        return 0;
    return __sd_round(qhi, qlo, sticky, -bexp, 2, precision);   /* 2: glibc's hex quirk */
}

/* The double or float nearest to d * 2^s2 * 10^dexp (+ a tiny bit if sticky), where
 * the scale s was chosen so that Q = d * 2^s2 * 10^dexp < 2^60 lands near
 * 2^55..2^60, and the value is Q * 2^-s.  Works in place on d, which needs
 * room for the product. */
static unsigned long long __sd_finish(unsigned *d, int n, int s2, int s, int dexp, int sticky,
                                    int precision)
{
    unsigned qhi, qlo;
    int i;
    /* multiply first: by 2^s2, then by 10^dexp */
    for (i = s2; i > 0; i -= 18)
        n = __big_mul_add(d, n, 1u << (i < 18 ? i : 18), 0);
    if (dexp > 0) {
        int w = dexp >> 2;                    /* whole limbs of zeros */
        for (i = n - 1; i >= 0; i--)
            d[i + w] = d[i];
        for (i = 0; i < w; i++)
            d[i] = 0;
        n += w;
        if (dexp & 3)
            n = __big_mul_add(d, n, __big_pow10[dexp & 3], 0);
    }
    /* then divide (floor(floor(a/b)/c) = floor(a/(bc))): by 2^-s2, then by 10^-dexp */
    for (i = -s2; i > 0; i -= 18)
        n = __sd_div_pow2(d, n, i < 18 ? i : 18, &sticky);
    if (dexp < 0) {
        int w = (-dexp) >> 2;                 /* whole limbs dropped */
        if (w > n)
            w = n;
        for (i = 0; i < w; i++)
            if (d[i] != 0)
                sticky = 1;
        for (i = w; i < n; i++)
            d[i - w] = d[i];
        n -= w;
        if ((-dexp) & 3)
            n = __sd_div_small(d, n, __big_pow10[(-dexp) & 3], &sticky);
    }
    if (n == 0 || n > 5)
        return 0;                             /* cannot happen: Q is in [2^55, 2^61) */

    /* Q (at most 5 limbs) into two 32-bit words: Q = Q * 10^4 + limb, in
       16-bit pieces */
    qhi = 0;
    qlo = 0;
    for (i = n - 1; i >= 0; i--) {
        unsigned t0 = (qlo & 0xffffu) * BIG_BASE + d[i];
        unsigned t1 = (qlo >> 16) * BIG_BASE + (t0 >> 16);
        qlo = (t1 << 16) | (t0 & 0xffffu);
        qhi = qhi * BIG_BASE + (t1 >> 16);
    }
    return __sd_round(qhi, qlo, sticky, s, 1, precision);   /* 1: glibc's decimal quirk */
}

/* Decimal: p points at a digit, or at '.' followed by a digit. */
static unsigned long long __sd_decimal(const char *p, const char **endp, int precision)
{
    char dig[SD_KEEP];                        /* significant digits, values 0..9 */
    unsigned d[SD_LIMBS];
    int nd = 0, sticky = 0;
    int dexp = 0;                             /* value = dig * 10^dexp (+ sticky) */
    int exp = 0, x, s, n, i, j, lg;

    for (; *p >= '0' && *p <= '9'; p++) {     /* integer part */
        if (nd == 0 && *p == '0')
            continue;                         /* leading zero */
        if (nd < SD_KEEP) {
            dig[nd++] = (char)(*p - '0');
        } else {
            if (*p != '0')
                sticky = 1;
            dexp++;
        }
    }
    if (*p == '.') {
        for (p++; *p >= '0' && *p <= '9'; p++) {  /* fraction */
            if (nd == 0 && *p == '0') {
                dexp--;
            } else if (nd < SD_KEEP) {
                dig[nd++] = (char)(*p - '0');
                dexp--;
            } else if (*p != '0') {
                sticky = 1;
            }
        }
    }
    if (__sd_lower(*p) == 'e') {                /* decimal exponent, only if digits follow */
        const char *q = p + 1;
        int neg = 0;
        if (*q == '+' || *q == '-') {
            neg = *q == '-';
            q++;
        }
        if (*q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9') {
                if (exp < 100000000)          /* saturate: far beyond any double */
                    exp = exp * 10 + (*q - '0');
                q++;
            }
            if (neg)
                exp = -exp;
            p = q;
        }
    }
    *endp = p;

    if (nd == 0)
        return 0;                             /* all digits zero */
    while (dig[nd - 1] == 0) {                /* trailing zeros only make the numbers longer */
        nd--;
        dexp++;
    }
    dexp += exp;
    x = nd + dexp;                            /* value in [10^(x-1), 10^x) */
    if (x > 310)
        return __sd_infinity(precision);        /* >= 10^310: overflow */
    if (x < -330)
        return 0;                             /* < 10^-330: below half the smallest subnormal */

    /* s = 60 - L with L >= x log2(10), L <= x log2(10) + 1.04, so that
       2^55 < value * 2^s < 2^60.  27213/8192 < log2(10) < 27214/8192. */
    if (x >= 0)
        lg = (x * 27214 + 8191) / 8192;
    else
        lg = -((-x * 27213) / 8192);
    s = 60 - lg;

    /* T as base-10^4 limbs, least significant first */
    n = 0;
    for (i = nd; i > 0; i -= 4) {
        unsigned limb = 0;
        for (j = i - 4 < 0 ? 0 : i - 4; j < i; j++)
            limb = limb * 10u + (unsigned)dig[j];
        d[n++] = limb;
    }

    /* A small number like 1e-300 needs T * 2^1050 (80 limbs) only to keep
       its top 5 limbs.  When the product would be long, first try with only
       the top SD_APPROX_LIMBS limbs kept (as format_double.c does): each cut
       of the low limbs lowers the value by a relative error below
       10^-(4 (SD_APPROX_LIMBS-1)), so the true T * 2^s lies in
       [a, a + cuts * 10^4 * (1 + tiny)] * 10^(4 shift).  Rounding is
       monotonic: when both ends give the same double, so does the value. */
    if (s > 0 && n + s / 13 > 2 * SD_APPROX_LIMBS) {
        unsigned a[SD_APPROX_LIMBS + 3], b[SD_APPROX_LIMBS + 3];
        int na, shift = 0, cuts = 0, nb;
        unsigned long long lo, hi;
        if (n > SD_APPROX_LIMBS) {            /* T's top limbs */
            shift = n - SD_APPROX_LIMBS;
            cuts = 1;
        }
        for (na = 0; na + shift < n; na++)
            a[na] = d[na + shift];
        for (i = s; i > 0; i -= 18) {
            na = __big_mul_add(a, na, 1u << (i < 18 ? i : 18), 0);
            if (na > SD_APPROX_LIMBS) {       /* keep the top limbs only */
                int cut = na - SD_APPROX_LIMBS;
                for (j = 0; j < SD_APPROX_LIMBS; j++)
                    a[j] = a[j + cut];
                na = SD_APPROX_LIMBS;
                shift += cut;
                cuts++;
            }
        }
        if (dexp + 4 * shift <= 0) {
            for (i = 0; i < na; i++)
                b[i] = a[i];
            nb = __big_mul_add(b, na, 1u, (unsigned)cuts * 20000u + 1u);
            lo = __sd_finish(a, na, 0, s, dexp + 4 * shift, sticky, precision);
            hi = __sd_finish(b, nb, 0, s, dexp + 4 * shift, sticky, precision);
            /* (glibc's rounding of the binade [2^-emax, 2^(1-emax)) is not
               monotonic, see sd_round: it can give an even M where correct
               rounding gives the odd M+1.  There only the exact way will do.) */
            if (lo == hi && !(lo >> (precision - 2) == 1 && (lo & 1)))
                return lo;
        }
    }
    return __sd_finish(d, n, s, s, dexp, sticky, precision);
}

/* The bits of the double (precision 53) or float (24) that strtod or strtof
 * reads from s, as glibc's do (end as theirs). */
unsigned long long __strto_bits(const char *s, char **end, int precision)
{
    const char *p = s, *e = s;
    unsigned long long sign = 0, bits = 0;

    while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
        p++;
    if (*p == '+' || *p == '-') {
        if (*p == '-')
            sign = 1ull << (precision == 24 ? 31 : 63);
        p++;
    }

    if (__sd_match(p, "inf")) {
        e = p + (__sd_match(p + 3, "inity") ? 8 : 3);
        bits = sign | __sd_infinity(precision);
    } else if (__sd_match(p, "nan")) {
        const char *q = p + 3;
        bits = __sd_infinity(precision) | 1ull << (precision - 2);
        e = q;
        if (*q == '(') {
            const char *c = q + 1;
            while ((*c >= '0' && *c <= '9') || (__sd_lower(*c) >= 'a' && __sd_lower(*c) <= 'z') || *c == '_')
                c++;
            if (*c == ')') {
                bits = __sd_nan_payload(q + 1, c, precision);
                e = c + 1;
            }
        }
        bits |= sign;
    } else if (p[0] == '0' && __sd_lower(p[1]) == 'x'
               && (__sd_hexval(p[2]) >= 0 || (p[2] == '.' && __sd_hexval(p[3]) >= 0))) {
        bits = sign | __sd_hex(p + 2, &e, precision);
    } else if ((*p >= '0' && *p <= '9') || (*p == '.' && p[1] >= '0' && p[1] <= '9')) {
        bits = sign | __sd_decimal(p, &e, precision);
    }
    /* else: no number, e = s, +0 */

    if (end)
        *end = (char *)e;
    return bits;
}

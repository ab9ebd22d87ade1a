/*
 * softfloat.c -- IEEE 754 binary64 ("double") and binary32 ("float")
 * arithmetic using integer operations only, for tinyexec's 32-bit VM.
 *
 * A binary64 value is passed as its bit pattern in an unsigned long long,
 * a binary32 value as its bit pattern in an unsigned (32 bits).
 *
 * Semantics: bit-identical to gcc -O2 on x86-64 (SSE2):
 *   - round to nearest, ties to even; subnormals fully supported;
 *   - invalid operations return the x86 "default NaN" (sign set, quiet):
 *     0xFFF8000000000000 / 0xFFC00000;
 *   - a NaN operand is returned quieted (quiet bit set, payload and sign
 *     kept); if both operands are NaN the first one wins (SSE rule);
 *   - float->integer conversions reproduce cvttsd2si/cvttss2si and the
 *     code gcc emits around them (see the conversion section).
 *
 * Portability: plain C99, no headers, no floating-point types, no
 * builtins.  The target is a 32-bit machine on which every 64-bit
 * operation is emulated (and 64-bit multiply/divide/variable shifts are
 * library calls), so the hot paths work on 32-bit halves ("hi"/"lo"),
 * use only 32-bit multiplies of small pieces, and never use 64-bit
 * '*', '/', '%' or 64-bit shifts by a variable amount (those go through
 * the small helpers below, which work on halves).
 *
 * Internal convention for rounding: an unrounded binary64 result is
 * kept as (sign, exp, sig) where sig is an unsigned 64-bit significand
 * with its leading 1 at bit 62 and value = sig * 2^(exp - 1023 - 62).
 * The 10 bits below the 53-bit significand are guard bits; the lowest
 * bit is "sticky" (ORed in whenever nonzero bits were shifted out).
 * For binary32 the same idea uses a 32-bit sig with its leading 1 at
 * bit 30 (7 guard bits), value = sig * 2^(exp - 127 - 30).
 */

/* ------------------------------------------------------------------ */
/* Small helpers on 32-bit words                                       */
/* ------------------------------------------------------------------ */

/* Number of leading zero bits of a NONZERO 32-bit word (binary search,
   at most 5 compares). */
static int __sf_clz32(unsigned x)
{
    int n = 0;
    if (x < 0x00010000u) { n += 16; x <<= 16; }
    if (x < 0x01000000u) { n += 8;  x <<= 8;  }
    if (x < 0x10000000u) { n += 4;  x <<= 4;  }
    if (x < 0x40000000u) { n += 2;  x <<= 2;  }
    if (x < 0x80000000u) { n += 1; }
    return n;
}

/* x << n for 0 <= n < 64, done on 32-bit halves. */
static unsigned long long __sf_shl64(unsigned long long x, int n)
{
    unsigned hi = (unsigned)(x >> 32), lo = (unsigned)x;
    if (n == 0) return x;
    if (n >= 32) { hi = lo << (n - 32); lo = 0; }
    else { hi = (hi << n) | (lo >> (32 - n)); lo <<= n; }
    return ((unsigned long long)hi << 32) | lo;
}

/* x >> n for 0 <= n < 64 (plain, nothing sticky), on 32-bit halves. */
static unsigned long long __sf_shr64(unsigned long long x, int n)
{
    unsigned hi = (unsigned)(x >> 32), lo = (unsigned)x;
    if (n == 0) return x;
    if (n >= 32) { lo = hi >> (n - 32); hi = 0; }
    else { lo = (lo >> n) | (hi << (32 - n)); hi >>= n; }
    return ((unsigned long long)hi << 32) | lo;
}

/* x >> n for any n >= 0; if any 1 bit is shifted out, bit 0 of the
   result is set ("sticky"), which is all rounding needs to know. */
static unsigned long long __sf_shr64_sticky(unsigned long long x, int n)
{
    unsigned hi = (unsigned)(x >> 32), lo = (unsigned)x, lost;
    if (n <= 0) return x;
    if (n < 32) {
        lost = lo << (32 - n);
        lo = (lo >> n) | (hi << (32 - n));
        hi >>= n;
    } else if (n < 64) {
        lost = lo;
        lo = hi;
        hi = 0;
        n -= 32;
        if (n) { lost |= lo << (32 - n); lo >>= n; }
    } else {
        lost = hi | lo;
        hi = 0;
        lo = 0;
    }
    if (lost) lo |= 1;
    return ((unsigned long long)hi << 32) | lo;
}

/* 32-bit version of the above. */
static unsigned __sf_shr32_sticky(unsigned x, int n)
{
    if (n <= 0) return x;
    if (n >= 32) return x != 0;
    return (x >> n) | ((x << (32 - n)) != 0);
}

/* floor(sqrt(w)) for w in [2^30, 2^32), so the root is in [2^15, 2^16).
   Newton's iteration x <- (x + w/x) / 2 on integers never drops below the
   root and, started above it, decreases towards it quadratically.  The
   start is the tangent of sqrt at 2^31 (always >= sqrt(w)); its error is
   at most ~6%, so two steps leave at most root + 1, removed by the last
   test (w / x < x  <=>  x*x > w, without overflowing).  Checked for every
   w in the range. */
static unsigned __sf_isqrt32(unsigned w)
{
    unsigned x = 23172 + w / 92681;
    x = (x + w / x) >> 1;
    x = (x + w / x) >> 1;
    if (w / x < x) x--;
    return x;
}

/* ------------------------------------------------------------------ */
/* binary64 rounding and packing                                       */
/* ------------------------------------------------------------------ */

/* Round (hi:lo) = sig, leading 1 at bit 62 (or smaller, only for results
   that will be subnormal anyway), to nearest even and pack.  exp may be
   out of range: exp >= 0x7FF overflows to infinity, exp <= 0 gives a
   subnormal (or zero) after a sticky right shift. */
static unsigned long long __sf_round_pack64(unsigned sign, int exp,
                                          unsigned hi, unsigned lo)
{
    unsigned rbits;
    if (exp >= 0x7FF) return (unsigned long long)(sign | 0x7FF00000u) << 32;
    if (exp <= 0) {
        unsigned long long s = ((unsigned long long)hi << 32) | lo;
        s = __sf_shr64_sticky(s, 1 - exp);
        hi = (unsigned)(s >> 32);
        lo = (unsigned)s;
        exp = 1;        /* subnormals are packed with the exponent of 2^-1022 */
    }
    rbits = lo & 0x3FF;                     /* the 10 guard bits */
    lo = (lo >> 10) | (hi << 22);
    hi >>= 10;                              /* 53-bit significand in hi:lo */
    if (rbits > 0x200 || (rbits == 0x200 && (lo & 1))) {
        lo++;
        if (lo == 0) hi++;
    }
    /* The hidden bit (bit 20 of hi) adds 1 to the exponent field, hence
       exp - 1.  A carry out of the significand correctly bumps the
       exponent (possibly to infinity); a subnormal without hidden bit
       gets exponent field 0, or 1 if rounding reached 2^-1022. */
    hi = sign | (((unsigned)(exp - 1) << 20) + hi);
    return ((unsigned long long)hi << 32) | lo;
}

/* Normalise any nonzero sig (leading 1 anywhere in bits 0..63) so that
   the leading 1 is at bit 62, then round and pack. */
static unsigned long long __sf_norm_round_pack64(unsigned sign, int exp,
                                               unsigned long long sig)
{
    unsigned hi = (unsigned)(sig >> 32), lo = (unsigned)sig;
    int n;
    if (hi == 0) { hi = lo; lo = 0; exp -= 32; }
    n = __sf_clz32(hi) - 1;              /* wanted: leading 1 at bit 30 of hi */
    if (n < 0) {                       /* bit 63 set: shift right by one */
        lo = (lo >> 1) | (hi << 31) | (lo & 1);
        hi >>= 1;
        exp += 1;
    } else if (n > 0) {
        hi = (hi << n) | (lo >> (32 - n));
        lo <<= n;
        exp -= n;
    }
    return __sf_round_pack64(sign, exp, hi, lo);
}

/* Left shift that moves the leading 1 of a nonzero subnormal mantissa
   (hi:lo < 2^52) to bit 52. */
static int __sf_norm_shift53(unsigned hi, unsigned lo)
{
    if (hi) return __sf_clz32(hi) - 11;
    return __sf_clz32(lo) + 21;
}

static int __sf_isnan64(unsigned hi, unsigned lo)
{
    hi &= 0x7FFFFFFFu;
    return hi > 0x7FF00000u || (hi == 0x7FF00000u && lo != 0);
}

/* At least one of a, b is a NaN: SSE returns the first NaN operand,
   quieted. */
static unsigned long long __sf_nan_pick64(unsigned long long a,
                                        unsigned long long b)
{
    if (__sf_isnan64((unsigned)(a >> 32), (unsigned)a))
        return a | 0x0008000000000000ULL;
    return b | 0x0008000000000000ULL;
}

/* ------------------------------------------------------------------ */
/* binary64 add / sub                                                  */
/* ------------------------------------------------------------------ */

/* a + (b with its sign flipped by 'flip', 0 or 0x80000000).  The flip is
   applied after the NaN check because subsd returns a NaN operand with
   its own sign. */
static unsigned long long __sf_add64(unsigned long long a, unsigned long long b,
                                   unsigned flip)
{
    unsigned ahi = (unsigned)(a >> 32), alo = (unsigned)a;
    unsigned bhi = (unsigned)(b >> 32), blo = (unsigned)b;
    unsigned aabs, babs, t, sign, diff;
    int ea = (int)((ahi >> 20) & 0x7FF), eb = (int)((bhi >> 20) & 0x7FF), ti;
    unsigned long long ma, mb;

    if (ea == 0x7FF || eb == 0x7FF) {
        if (__sf_isnan64(ahi, alo) || __sf_isnan64(bhi, blo))
            return __sf_nan_pick64(a, b);
        bhi ^= flip;
        if (ea != 0x7FF)                                    /* x + inf */
            return ((unsigned long long)bhi << 32) | blo;
        if (eb == 0x7FF && ((ahi ^ bhi) & 0x80000000u))
            return 0xFFF8000000000000ULL;                   /* inf - inf */
        return a;                                           /* inf + y */
    }
    bhi ^= flip;

    /* Let a be the operand of larger (or equal) magnitude. */
    aabs = ahi & 0x7FFFFFFFu;
    babs = bhi & 0x7FFFFFFFu;
    if (aabs < babs || (aabs == babs && alo < blo)) {
        t = ahi; ahi = bhi; bhi = t;
        t = alo; alo = blo; blo = t;
        t = aabs; aabs = babs; babs = t;
        ti = ea; ea = eb; eb = ti;
    }
    if ((babs | blo) == 0) {                    /* b is +-0: exact */
        if ((aabs | alo) == 0)                  /* -0 only for (-0)+(-0) */
            return (unsigned long long)(ahi & bhi) << 32;
        return ((unsigned long long)ahi << 32) | alo;
    }

    /* Significands with the hidden bit at 52, then moved to bit 62.
       Subnormals have no hidden bit and the exponent of 2^-1022. */
    sign = ahi & 0x80000000u;
    diff = (ahi ^ bhi) & 0x80000000u;       /* effective subtraction? */
    ahi &= 0x000FFFFFu;
    bhi &= 0x000FFFFFu;
    if (ea) ahi |= 0x00100000u; else ea = 1;
    if (eb) bhi |= 0x00100000u; else eb = 1;
    ma = (((unsigned long long)ahi << 32) | alo) << 10;
    mb = (((unsigned long long)bhi << 32) | blo) << 10;

    /* Align; with 10 guard bits plus sticky the result rounds exactly. */
    mb = __sf_shr64_sticky(mb, ea - eb);

    if (diff) {
        ma -= mb;
        if (ma == 0) return 0;               /* x - x = +0 */
        return __sf_norm_round_pack64(sign, ea, ma);  /* may need a big shift */
    }
    /* Addition: the sum is in [2^62, 2^64) (or below 2^62 only when both
       are subnormal, which round_pack handles since exp is then 1). */
    ma += mb;
    ahi = (unsigned)(ma >> 32);
    alo = (unsigned)ma;
    if (ahi & 0x80000000u) {                /* carry: shift right, sticky */
        alo = (alo >> 1) | (ahi << 31) | (alo & 1);
        ahi >>= 1;
        ea++;
    }
    return __sf_round_pack64(sign, ea, ahi, alo);
}

unsigned long long __f64_add(unsigned long long a, unsigned long long b)
{
    return __sf_add64(a, b, 0);
}

unsigned long long __f64_sub(unsigned long long a, unsigned long long b)
{
    return __sf_add64(a, b, 0x80000000u);
}

/* ------------------------------------------------------------------ */
/* binary64 multiply                                                   */
/* ------------------------------------------------------------------ */

unsigned long long __f64_mul(unsigned long long a, unsigned long long b)
{
    unsigned ahi = (unsigned)(a >> 32), alo = (unsigned)a;
    unsigned bhi = (unsigned)(b >> 32), blo = (unsigned)b;
    unsigned sign = (ahi ^ bhi) & 0x80000000u;
    int ea = (int)((ahi >> 20) & 0x7FF), eb = (int)((bhi >> 20) & 0x7FF), n;
    unsigned a0, a1, a2, a3, b0, b1, b2, b3;
    unsigned c0, c1, c2, c3, c4, c5, c6, c7, sticky, hi, lo;
    unsigned long long m;

    if (ea == 0x7FF || eb == 0x7FF) {
        if (__sf_isnan64(ahi, alo) || __sf_isnan64(bhi, blo))
            return __sf_nan_pick64(a, b);
        if (((ahi & 0x7FFFFFFFu) | alo) == 0 || ((bhi & 0x7FFFFFFFu) | blo) == 0)
            return 0xFFF8000000000000ULL;               /* 0 * inf */
        return (unsigned long long)(sign | 0x7FF00000u) << 32;
    }
    if (((ahi & 0x7FFFFFFFu) | alo) == 0 || ((bhi & 0x7FFFFFFFu) | blo) == 0)
        return (unsigned long long)sign << 32;

    /* 53-bit significands in [2^52, 2^53); subnormals are normalised and
       get an exponent <= 0. */
    ahi &= 0x000FFFFFu;
    bhi &= 0x000FFFFFu;
    if (ea) ahi |= 0x00100000u;
    else {
        n = __sf_norm_shift53(ahi, alo);
        m = __sf_shl64(((unsigned long long)ahi << 32) | alo, n);
        ahi = (unsigned)(m >> 32); alo = (unsigned)m; ea = 1 - n;
    }
    if (eb) bhi |= 0x00100000u;
    else {
        n = __sf_norm_shift53(bhi, blo);
        m = __sf_shl64(((unsigned long long)bhi << 32) | blo, n);
        bhi = (unsigned)(m >> 32); blo = (unsigned)m; eb = 1 - n;
    }

    /* Schoolbook product in base 2^14: (m << 3) has 56 bits = four 14-bit
       limbs; every limb product is < 2^28 and every column sum of at most
       four of them is < 2^30, so all arithmetic fits in 32 bits. */
    a0 = (alo << 3) & 0x3FFF;
    a1 = (alo >> 11) & 0x3FFF;
    a2 = ((alo >> 25) | (ahi << 7)) & 0x3FFF;
    a3 = ahi >> 7;
    b0 = (blo << 3) & 0x3FFF;
    b1 = (blo >> 11) & 0x3FFF;
    b2 = ((blo >> 25) | (bhi << 7)) & 0x3FFF;
    b3 = bhi >> 7;

    c0 = a0 * b0;
    c1 = a0 * b1 + a1 * b0;
    c2 = a0 * b2 + a1 * b1 + a2 * b0;
    c3 = a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
    c4 = a1 * b3 + a2 * b2 + a3 * b1;
    c5 = a2 * b3 + a3 * b2;
    c6 = a3 * b3;

    /* Carry propagation; limbs 0..3 (bits 0..55) only matter as sticky. */
    c1 += c0 >> 14;
    c2 += c1 >> 14;
    c3 += c2 >> 14;
    sticky = (c0 | c1 | c2 | c3) & 0x3FFF;
    c4 += c3 >> 14;
    c5 += c4 >> 14; c4 &= 0x3FFF;
    c6 += c5 >> 14; c5 &= 0x3FFF;
    c7 = c6 >> 14;  c6 &= 0x3FFF;

    /* Product P in [2^110, 2^112); its top 56 bits are limbs 7..4. */
    hi = (c7 << 10) | (c6 >> 4);                /* 24 bits */
    lo = (c6 << 28) | (c5 << 14) | c4;
    if (hi & 0x00800000u) {                     /* P >= 2^111 */
        hi = (hi << 7) | (lo >> 25);
        lo <<= 7;
        ea = ea + eb - 1022;
    } else {
        hi = (hi << 8) | (lo >> 24);
        lo <<= 8;
        ea = ea + eb - 1023;
    }
    if (sticky) lo |= 1;
    return __sf_round_pack64(sign, ea, hi, lo);
}

/* ------------------------------------------------------------------ */
/* binary64 divide                                                     */
/* ------------------------------------------------------------------ */

unsigned long long __f64_div(unsigned long long a, unsigned long long b)
{
    unsigned ahi = (unsigned)(a >> 32), alo = (unsigned)a;
    unsigned bhi = (unsigned)(b >> 32), blo = (unsigned)b;
    unsigned sign = (ahi ^ bhi) & 0x80000000u;
    int ea = (int)((ahi >> 20) & 0x7FF), eb = (int)((bhi >> 20) & 0x7FF), n, i;
    unsigned dh1, dl1, dl0, qd;
    unsigned long long ma, mb, r, q;

    if (ea == 0x7FF || eb == 0x7FF) {
        if (__sf_isnan64(ahi, alo) || __sf_isnan64(bhi, blo))
            return __sf_nan_pick64(a, b);
        if (ea == 0x7FF) {
            if (eb == 0x7FF) return 0xFFF8000000000000ULL;  /* inf / inf */
            return (unsigned long long)(sign | 0x7FF00000u) << 32;  /* inf / y */
        }
        return (unsigned long long)sign << 32;              /* x / inf */
    }
    if (((bhi & 0x7FFFFFFFu) | blo) == 0) {
        if (((ahi & 0x7FFFFFFFu) | alo) == 0)
            return 0xFFF8000000000000ULL;                   /* 0 / 0 */
        return (unsigned long long)(sign | 0x7FF00000u) << 32;  /* x / 0 */
    }
    if (((ahi & 0x7FFFFFFFu) | alo) == 0)
        return (unsigned long long)sign << 32;              /* 0 / y */

    ahi &= 0x000FFFFFu;
    bhi &= 0x000FFFFFu;
    if (ea) { ahi |= 0x00100000u; ma = ((unsigned long long)ahi << 32) | alo; }
    else {
        n = __sf_norm_shift53(ahi, alo);
        ma = __sf_shl64(((unsigned long long)ahi << 32) | alo, n);
        ea = 1 - n;
    }
    if (eb) { bhi |= 0x00100000u; mb = ((unsigned long long)bhi << 32) | blo; }
    else {
        n = __sf_norm_shift53(bhi, blo);
        mb = __sf_shl64(((unsigned long long)bhi << 32) | blo, n);
        eb = 1 - n;
    }

    /* Quotient ma/mb scaled into [1, 2). */
    ea = ea - eb + 1023;
    if (ma < mb) { ma <<= 1; ea--; }
    q = 1;
    r = ma - mb;                                /* 0 <= r < mb < 2^53 */

    /* Long division, 11 quotient bits per step (r << 11 < 2^64).  Each
       digit is estimated with one 32-bit division of the top word of the
       shifted remainder by (top word of mb) + 1; that never overestimates
       and underestimates by at most 1 (mb's top word is >= 2^20, so the
       estimate's relative error is < 2^-8 of a digit), fixed by a single
       conditional subtraction.  digit * mb is built from 32-bit products
       of the digit (< 2^11) with 21-, 16- and 16-bit pieces of mb. */
    dh1 = (unsigned)(mb >> 32);                 /* in [2^20, 2^21) */
    dl1 = (unsigned)mb >> 16;
    dl0 = (unsigned)mb & 0xFFFF;
    for (i = 0; i < 5; i++) {
        r <<= 11;
        qd = (unsigned)(r >> 32) / (dh1 + 1);
        r -= ((unsigned long long)(qd * dh1) << 32)
           + ((unsigned long long)(qd * dl1) << 16)
           + (qd * dl0);
        if (r >= mb) { r -= mb; qd++; }
        q = (q << 11) | qd;
    }
    /* q in [2^55, 2^56): 56 quotient bits; the remainder is the sticky. */
    q <<= 7;
    if (r != 0) q |= 1;
    return __sf_round_pack64(sign, ea, (unsigned)(q >> 32), (unsigned)q);
}

/* ------------------------------------------------------------------ */
/* binary64 square root                                                */
/* ------------------------------------------------------------------ */

unsigned long long __f64_sqrt(unsigned long long a)
{
    unsigned hi = (unsigned)(a >> 32), lo = (unsigned)a;
    int e = (int)((hi >> 20) & 0x7FF), n, i;
    unsigned w, q, r, t, c, d, k, rr, acc, dh, dl, qh, ql;
    unsigned long long m, X, P, S, R, Q;

    if (__sf_isnan64(hi, lo)) return a | 0x0008000000000000ULL;
    if (((hi & 0x7FFFFFFFu) | lo) == 0) return a;           /* +-0 */
    if (hi & 0x80000000u) return 0xFFF8000000000000ULL;     /* x < 0 */
    if (e == 0x7FF) return a;                               /* +inf */

    hi &= 0x000FFFFFu;
    if (e) { hi |= 0x00100000u; m = ((unsigned long long)hi << 32) | lo; }
    else {
        n = __sf_norm_shift53(hi, lo);
        m = __sf_shl64(((unsigned long long)hi << 32) | lo, n);
        e = 1 - n;
    }
    /* e + 1023 = unbiased exponent + 2046 is always positive and has the
       parity of the unbiased exponent; make it even by doubling m.  Then
       the result's biased exponent is (e + 1023) / 2 and m in [2^52, 2^54). */
    e += 1023;
    if (e & 1) { m <<= 1; e--; }
    e >>= 1;
    lo = (unsigned)m;

    /* We want the 54-bit integer square root of N = m * 2^54 (53 result
       bits plus a rounding bit; the remainder != 0 gives the sticky bit).
       N has 108 bits of which only the top 54 (m) can be nonzero.

       Stage A: root q of the top 32 bits w of N (16 bits), remainder
       r = w - q^2 <= 2q. */
    w = (unsigned)(m >> 22);                    /* in [2^30, 2^32) */
    q = __sf_isqrt32(w);
    r = w - q * q;

    /* Stages B and C extend a root q (remainder r) by k bits at once: with
       X = r * 2^2k + (next 2k bits of N), the new root is q*2^k + d for the
       largest d with d*(q*2^(k+1) + d) <= X.  d0 = floor(X / (q*2^(k+1)))
       is an upper bound, and because d0^2 is tiny next to q*2^(k+1)
       (q >= 2^(k-1)) the true d is d0 or d0 - 1: compute the remainder for
       d0 and step back once if it is negative.

       Stage B: k = 14, next 28 bits of N = m's low 22 bits and 6 zeros. */
    c = (lo & 0x003FFFFFu) << 6;
    X = ((unsigned long long)r << 28) + c;                  /* < 2^45 */
    d = ((r << 13) + (c >> 15)) / q;                        /* d0 */
    P = ((unsigned long long)(d * q) << 15) + d * d;        /* d0*(q*2^15+d0) */
    if (P > X) { d--; P -= ((unsigned long long)q << 15) + 2 * d + 1; }
    r = (unsigned)(X - P);                                  /* <= 2q < 2^31 */
    q = (q << 14) + d;                                      /* in [2^29, 2^30) */

    /* Stage C: k = 24, the remaining 48 bits of N are zero:
       d0 = floor(r * 2^23 / q), by exact 32-bit long division, 2 bits a
       step (r' < q < 2^30 keeps r' << 2 below 2^32). */
    k = r / q;                                  /* 0, 1 or 2 (r <= 2q) */
    rr = r - k * q;
    acc = 0;
    for (i = 0; i < 12; i++) {
        rr <<= 2;
        t = rr / q;
        rr -= t * q;
        acc = (acc << 2) | t;
    }
    d = (k << 23) + (acc >> 1);                 /* d0 <= 2^24 */
    /* Remainder r*2^48 - d0*q*2^25 - d0^2.  Its true value lies in
       (-2^56, 2^56), so computing it modulo 2^64 is exact.  d0*q and d0^2
       come from 16-bit pieces so that every product fits in 32 bits. */
    dh = d >> 16; dl = d & 0xFFFF;
    qh = q >> 16; ql = q & 0xFFFF;
    P = ((unsigned long long)(dh * qh) << 32)
      + ((unsigned long long)(dh * ql + dl * qh) << 16) + dl * ql;  /* d0*q */
    S = ((unsigned long long)(dh * dh) << 32)
      + ((unsigned long long)(2 * dh * dl) << 16) + dl * dl;        /* d0^2 */
    R = ((unsigned long long)(r & 0xFFFF) << 48) - (P << 25) - S;
    if (R >> 63) {                              /* d0 was one too big */
        R += ((unsigned long long)q << 25) + (2 * d - 1);
        d--;
    }
    Q = ((unsigned long long)q << 24) + d;      /* in [2^53, 2^54) */
    Q <<= 9;                                    /* leading 1 to bit 62 */
    if (R != 0) Q |= 1;
    return __sf_round_pack64(0, e, (unsigned)(Q >> 32), (unsigned)Q);
}

/* ------------------------------------------------------------------ */
/* binary64 compare                                                    */
/* ------------------------------------------------------------------ */

/* -1 if a < b, 0 if equal (+0 == -0), 1 if a > b, 2 if unordered. */
int __f64_cmp(unsigned long long a, unsigned long long b)
{
    unsigned ahi = (unsigned)(a >> 32), alo = (unsigned)a;
    unsigned bhi = (unsigned)(b >> 32), blo = (unsigned)b;
    unsigned aabs = ahi & 0x7FFFFFFFu, babs = bhi & 0x7FFFFFFFu;
    int less;

    if (aabs > 0x7FF00000u || (aabs == 0x7FF00000u && alo != 0)) return 2;
    if (babs > 0x7FF00000u || (babs == 0x7FF00000u && blo != 0)) return 2;
    if (ahi == bhi && alo == blo) return 0;
    if ((aabs | alo | babs | blo) == 0) return 0;           /* +0, -0 */
    if ((ahi ^ bhi) & 0x80000000u)
        return (ahi & 0x80000000u) ? -1 : 1;
    /* same sign: compare magnitudes, reversed for negatives */
    less = aabs < babs || (aabs == babs && alo < blo);
    if (ahi & 0x80000000u) less = !less;
    return less ? -1 : 1;
}

/* ------------------------------------------------------------------ */
/* integer -> binary64                                                 */
/* ------------------------------------------------------------------ */

/* Exact: a 32-bit magnitude always fits in 53 bits. */
static unsigned long long __sf_u32_to_f64(unsigned sign, unsigned v)
{
    unsigned hi;
    int n;
    if (v == 0) return ((unsigned long long)sign << 32);
    n = __sf_clz32(v);
    v <<= n;                                    /* leading 1 at bit 31 */
    /* exponent 1023 + 31 - n; the hidden bit (v >> 11, bit 20) adds 1 */
    hi = sign | (((unsigned)(1053 - n) << 20) + (v >> 11));
    return ((unsigned long long)hi << 32) | (v << 21);
}

unsigned long long __f64_from_i32(int v)
{
    if (v < 0) return __sf_u32_to_f64(0x80000000u, 0u - (unsigned)v);
    return __sf_u32_to_f64(0, (unsigned)v);
}

unsigned long long __f64_from_u32(unsigned v)
{
    return __sf_u32_to_f64(0, v);
}

/* value = v = v * 2^(1085 - 1023 - 62) */
unsigned long long __f64_from_u64(unsigned long long v)
{
    if ((v >> 32) == 0) return __sf_u32_to_f64(0, (unsigned)v);
    return __sf_norm_round_pack64(0, 1085, v);
}

unsigned long long __f64_from_i64(long long v)
{
    unsigned long long u = (unsigned long long)v;
    unsigned sign = 0;
    if (v < 0) { u = 0ULL - u; sign = 0x80000000u; }  /* also right for INT64_MIN */
    if ((u >> 32) == 0) return __sf_u32_to_f64(sign, (unsigned)u);
    return __sf_norm_round_pack64(sign, 1085, u);
}

/* ------------------------------------------------------------------ */
/* binary64 -> integer (truncation)                                    */
/*                                                                     */
/* x86-64 behaviour reproduced here (gcc -O2):                         */
/*  (int)d        cvttsd2si 32-bit: NaN, +-inf and anything whose       */
/*                truncation is outside [-2^31, 2^31) -> 0x80000000.   */
/*  (long long)d  cvttsd2si 64-bit: NaN/out of range -> 2^63 pattern   */
/*                0x8000000000000000.                                  */
/*  (unsigned)d   gcc emits the 64-bit cvttsd2si and keeps the low 32  */
/*                bits: result = (unsigned)(long long)d as above, i.e. */
/*                negative values in range wrap (-1.5 -> 0xFFFFFFFF),  */
/*                values in [2^32, 2^63) give their low 32 bits, and   */
/*                NaN, +-inf, |d| >= 2^63 give 0.                      */
/*  (unsigned long long)d  gcc emits: if (d >= 2^63) (comisd)          */
/*                  r = cvttsd2si64(d - 2^63) ^ 2^63;                  */
/*                else r = cvttsd2si64(d);                             */
/*                so: d in [2^63, 2^64) -> exact; d >= 2^64 and +inf   */
/*                -> 0; NaN (unordered, takes the else branch) ->      */
/*                0x8000000000000000; d < 2^63 -> the 64-bit signed    */
/*                conversion (negative values wrap, d <= -2^63 and     */
/*                -inf -> 0x8000000000000000).                         */
/* ------------------------------------------------------------------ */

int __f64_to_i32(unsigned long long a)
{
    unsigned hi = (unsigned)(a >> 32), lo = (unsigned)a, r;
    int e = (int)((hi >> 20) & 0x7FF) - 1023;   /* unbiased exponent */

    if (e < 0) return 0;                        /* |a| < 1, zeros, subnormals */
    if (e >= 31) return -2147483647 - 1;        /* also NaN/inf; exact -2^31 too */
    hi = (hi & 0x000FFFFFu) | 0x00100000u;      /* 53-bit significand hi:lo */
    if (e <= 20) r = hi >> (20 - e);
    else r = (hi << (e - 20)) | (lo >> (52 - e));
    if (a >> 63) return -(int)r;
    return (int)r;
}

long long __f64_to_i64(unsigned long long a)
{
    unsigned hi = (unsigned)(a >> 32);
    int e = (int)((hi >> 20) & 0x7FF) - 1023;
    unsigned long long m;

    if (e < 0) return 0;
    if (e >= 63) return -9223372036854775807LL - 1;
    m = (a & 0x000FFFFFFFFFFFFFULL) | 0x0010000000000000ULL;
    if (e <= 52) m = __sf_shr64(m, 52 - e);
    else m = __sf_shl64(m, e - 52);
    if (hi & 0x80000000u) return -(long long)m;
    return (long long)m;
}

unsigned __f64_to_u32(unsigned long long a)
{
    unsigned hi = (unsigned)(a >> 32), lo = (unsigned)a, r;
    int e = (int)((hi >> 20) & 0x7FF) - 1023;

    if (e < 0) return 0;
    if (e >= 63) return 0;              /* low word of 0x8000000000000000 */
    hi = (hi & 0x000FFFFFu) | 0x00100000u;
    if (e <= 20) r = hi >> (20 - e);
    else if (e < 52) r = (hi << (e - 20)) | (lo >> (52 - e));
    else r = lo << (e - 52);            /* e - 52 <= 10 */
    if (a >> 63) return 0u - r;         /* low word of the negation */
    return r;
}

unsigned long long __f64_to_u64(unsigned long long a)
{
    unsigned hi = (unsigned)(a >> 32), lo = (unsigned)a;
    int e = (int)((hi >> 20) & 0x7FF) - 1023;

    if (__sf_isnan64(hi, lo)) return 0x8000000000000000ULL;
    if (e >= 63 && !(hi & 0x80000000u)) {       /* d >= 2^63 */
        if (e >= 64) return 0;                  /* d >= 2^64, +inf */
        return ((a & 0x000FFFFFFFFFFFFFULL) | 0x0010000000000000ULL) << 11;
    }
    return (unsigned long long)__f64_to_i64(a);
}

/* ------------------------------------------------------------------ */
/* binary32 rounding and packing                                       */
/* ------------------------------------------------------------------ */

/* sig: leading 1 at bit 30 (7 guard bits, lowest is sticky);
   value = sig * 2^(exp - 127 - 30). */
static unsigned __sf_round_pack32(unsigned sign, int exp, unsigned sig)
{
    unsigned rbits;
    if (exp >= 0xFF) return sign | 0x7F800000u;
    if (exp <= 0) { sig = __sf_shr32_sticky(sig, 1 - exp); exp = 1; }
    rbits = sig & 0x7F;
    sig >>= 7;
    if (rbits > 0x40 || (rbits == 0x40 && (sig & 1))) sig++;
    return sign | (((unsigned)(exp - 1) << 23) + sig);
}

static unsigned __sf_norm_round_pack32(unsigned sign, int exp, unsigned sig)
{
    int n = __sf_clz32(sig) - 1;
    if (n < 0) { sig = (sig >> 1) | (sig & 1); exp++; }
    else { sig <<= n; exp -= n; }
    return __sf_round_pack32(sign, exp, sig);
}

static int __sf_isnan32(unsigned a)
{
    return (a & 0x7FFFFFFFu) > 0x7F800000u;
}

static unsigned __sf_nan_pick32(unsigned a, unsigned b)
{
    if (__sf_isnan32(a)) return a | 0x00400000u;
    return b | 0x00400000u;
}

/* ------------------------------------------------------------------ */
/* binary64 <-> binary32                                               */
/* ------------------------------------------------------------------ */

unsigned __f64_to_f32(unsigned long long a)
{
    unsigned hi = (unsigned)(a >> 32), lo = (unsigned)a;
    unsigned sign = hi & 0x80000000u, sig;
    int e = (int)((hi >> 20) & 0x7FF);

    if (e == 0x7FF) {
        if ((hi & 0x000FFFFFu) | lo)    /* NaN: top 23 payload bits, quieted */
            return sign | 0x7FC00000u | ((hi & 0x000FFFFFu) << 3) | (lo >> 29);
        return sign | 0x7F800000u;
    }
    if (e == 0) return sign;    /* zero, or subnormal (< 2^-1022): rounds to 0 */
    /* 53-bit significand -> leading 1 at bit 30, dropped bits as sticky */
    sig = 0x40000000u | ((hi & 0x000FFFFFu) << 10) | (lo >> 22);
    if (lo & 0x003FFFFFu) sig |= 1;
    return __sf_round_pack32(sign, e - 1023 + 127, sig);
}

unsigned long long __f32_to_f64(unsigned a)
{
    unsigned sign = a & 0x80000000u, m = a & 0x007FFFFFu;
    int e = (int)((a >> 23) & 0xFF), n;

    if (e == 0xFF) {
        if (m)      /* NaN: quieted, payload moved up */
            return ((unsigned long long)(sign | 0x7FF80000u | (m >> 3)) << 32)
                   | (m << 29);
        return (unsigned long long)(sign | 0x7FF00000u) << 32;
    }
    if (e == 0) {
        if (m == 0) return ((unsigned long long)sign << 32);
        n = __sf_clz32(m) - 8;            /* leading 1 to bit 23 */
        m = (m << n) & 0x007FFFFFu;
        e = 1 - n;
    }
    sign |= ((unsigned)(e + 1023 - 127) << 20) | (m >> 3);
    return ((unsigned long long)sign << 32) | (m << 29);
}

/* ------------------------------------------------------------------ */
/* binary32 add / sub                                                  */
/* ------------------------------------------------------------------ */

static unsigned __sf_add32(unsigned a, unsigned b, unsigned flip)
{
    int ea = (int)((a >> 23) & 0xFF), eb = (int)((b >> 23) & 0xFF), ti;
    unsigned ma, mb, t;

    if (ea == 0xFF || eb == 0xFF) {
        if (__sf_isnan32(a) || __sf_isnan32(b)) return __sf_nan_pick32(a, b);
        b ^= flip;
        if (ea != 0xFF) return b;
        if (eb == 0xFF && ((a ^ b) & 0x80000000u)) return 0xFFC00000u;
        return a;
    }
    b ^= flip;
    if ((a & 0x7FFFFFFFu) < (b & 0x7FFFFFFFu)) {
        t = a; a = b; b = t;
        ti = ea; ea = eb; eb = ti;
    }
    if ((b & 0x7FFFFFFFu) == 0) {
        if ((a & 0x7FFFFFFFu) == 0) return a & b;
        return a;
    }
    ma = a & 0x007FFFFFu;
    mb = b & 0x007FFFFFu;
    if (ea) ma |= 0x00800000u; else ea = 1;
    if (eb) mb |= 0x00800000u; else eb = 1;
    ma <<= 7;                                   /* leading 1 at bit 30 */
    mb = __sf_shr32_sticky(mb << 7, ea - eb);
    if ((a ^ b) & 0x80000000u) {
        ma -= mb;
        if (ma == 0) return 0;                  /* x - x = +0 */
        return __sf_norm_round_pack32(a & 0x80000000u, ea, ma);
    }
    ma += mb;                                   /* < 2^32 */
    if (ma & 0x80000000u) { ma = (ma >> 1) | (ma & 1); ea++; }
    return __sf_round_pack32(a & 0x80000000u, ea, ma);
}

unsigned __f32_add(unsigned a, unsigned b) { return __sf_add32(a, b, 0); }
unsigned __f32_sub(unsigned a, unsigned b) { return __sf_add32(a, b, 0x80000000u); }

/* ------------------------------------------------------------------ */
/* binary32 multiply / divide / sqrt                                   */
/* ------------------------------------------------------------------ */

/* Significand of a finite nonzero binary32 with its leading 1 at bit 23;
   *e receives the (possibly <= 0) biased exponent. */
static unsigned __sf_unpack32(unsigned a, int *e)
{
    unsigned m = a & 0x007FFFFFu;
    int n;
    *e = (int)((a >> 23) & 0xFF);
    if (*e) return m | 0x00800000u;
    n = __sf_clz32(m) - 8;
    *e = 1 - n;
    return m << n;
}

unsigned __f32_mul(unsigned a, unsigned b)
{
    unsigned sign = (a ^ b) & 0x80000000u;
    int ea = (int)((a >> 23) & 0xFF), eb = (int)((b >> 23) & 0xFF);
    unsigned ma, mb, a1, a0, b1, b0, mid, __low, top, sig;

    if (ea == 0xFF || eb == 0xFF) {
        if (__sf_isnan32(a) || __sf_isnan32(b)) return __sf_nan_pick32(a, b);
        if ((a & 0x7FFFFFFFu) == 0 || (b & 0x7FFFFFFFu) == 0) return 0xFFC00000u;
        return sign | 0x7F800000u;
    }
    if ((a & 0x7FFFFFFFu) == 0 || (b & 0x7FFFFFFFu) == 0) return sign;
    ma = __sf_unpack32(a, &ea);
    mb = __sf_unpack32(b, &eb);

    /* 24 x 24 -> 48-bit product P from 12-bit halves (products < 2^24). */
    a1 = ma >> 12; a0 = ma & 0xFFF;
    b1 = mb >> 12; b0 = mb & 0xFFF;
    mid = a1 * b0 + a0 * b1;                    /* < 2^25 */
    __low = a0 * b0 + ((mid & 0xFFF) << 12);      /* < 2^25 */
    top = a1 * b1 + (mid >> 12) + (__low >> 24);  /* P >> 24, in [2^22, 2^24) */
    __low &= 0xFFFFFF;                            /* P mod 2^24 */
    sig = (top << 7) | (__low >> 17);             /* P >> 17 */
    if (__low & 0x1FFFF) sig |= 1;
    if (sig & 0x40000000u) return __sf_round_pack32(sign, ea + eb - 126, sig);
    return __sf_round_pack32(sign, ea + eb - 127, sig << 1);
}

unsigned __f32_div(unsigned a, unsigned b)
{
    unsigned sign = (a ^ b) & 0x80000000u;
    int ea = (int)((a >> 23) & 0xFF), eb = (int)((b >> 23) & 0xFF), i;
    unsigned ma, mb, q, r, d;

    if (ea == 0xFF || eb == 0xFF) {
        if (__sf_isnan32(a) || __sf_isnan32(b)) return __sf_nan_pick32(a, b);
        if (ea == 0xFF) {
            if (eb == 0xFF) return 0xFFC00000u;
            return sign | 0x7F800000u;
        }
        return sign;
    }
    if ((b & 0x7FFFFFFFu) == 0) {
        if ((a & 0x7FFFFFFFu) == 0) return 0xFFC00000u;
        return sign | 0x7F800000u;
    }
    if ((a & 0x7FFFFFFFu) == 0) return sign;
    ma = __sf_unpack32(a, &ea);
    mb = __sf_unpack32(b, &eb);

    ea = ea - eb + 127;
    if (ma < mb) { ma <<= 1; ea--; }
    q = 1;
    r = ma - mb;                    /* r < mb < 2^24, so r << 8 fits */
    for (i = 0; i < 3; i++) {       /* 8 exact quotient bits per 32-bit '/' */
        r <<= 8;
        d = r / mb;
        r -= d * mb;
        q = (q << 8) | d;
    }
    /* q in [2^24, 2^25) */
    q <<= 6;
    if (r) q |= 1;
    return __sf_round_pack32(sign, ea, q);
}

unsigned __f32_sqrt(unsigned a)
{
    int e;
    unsigned m, q, r, t;

    if (__sf_isnan32(a)) return a | 0x00400000u;
    if ((a & 0x7FFFFFFFu) == 0) return a;
    if (a & 0x80000000u) return 0xFFC00000u;
    if (a == 0x7F800000u) return a;
    m = __sf_unpack32(a, &e);
    e += 127;                       /* parity of the unbiased exponent */
    if (e & 1) { m <<= 1; e--; }
    e >>= 1;
    /* 25-bit root (24 bits + rounding bit) of N = m * 2^25 = w * 2^18 with
       w = m << 7 in [2^30, 2^32).  q = isqrt(w) (16 bits), r = w - q^2.
       Then the last 9 bits at once (N's low 18 bits are zero): the root
       is q*2^9 + d for the largest d with d*(q*2^10 + d) <= r*2^18.
       d0 = floor(r*2^8 / q) is an upper bound and the answer is d0 or
       d0 - 1 (see __f64_sqrt).  The remainder's true value lies in
       (-2^27, 2^27), so 32-bit wrap-around arithmetic computes it exactly. */
    m <<= 7;
    q = __sf_isqrt32(m);
    r = m - q * q;                              /* <= 2q < 2^17 */
    t = (r << 8) / q;                           /* d0 <= 2^9 */
    r = (r << 18) - t * (q << 10) - t * t;
    if (r >> 31) { r += (q << 10) + 2 * t - 1; t--; }
    q = (q << 9) + t;                           /* in [2^24, 2^25) */
    q <<= 6;                                    /* leading 1 to bit 30 */
    if (r) q |= 1;
    return __sf_round_pack32(0, e, q);
}

/* ------------------------------------------------------------------ */
/* binary32 compare                                                    */
/* ------------------------------------------------------------------ */

int __f32_cmp(unsigned a, unsigned b)
{
    unsigned aabs = a & 0x7FFFFFFFu, babs = b & 0x7FFFFFFFu;
    if (aabs > 0x7F800000u || babs > 0x7F800000u) return 2;
    if (a == b || (aabs | babs) == 0) return 0;
    if ((a ^ b) & 0x80000000u) return (a & 0x80000000u) ? -1 : 1;
    if (a & 0x80000000u) return aabs > babs ? -1 : 1;
    return aabs < babs ? -1 : 1;
}

/* ------------------------------------------------------------------ */
/* integer -> binary32 (each rounds once)                              */
/* ------------------------------------------------------------------ */

static unsigned __sf_u32_to_f32(unsigned sign, unsigned v)
{
    int n;
    if (v == 0) return sign;
    n = __sf_clz32(v);
    v <<= n;                                    /* leading 1 at bit 31 */
    return __sf_round_pack32(sign, 158 - n, (v >> 1) | (v & 1));
}

/* 64-bit magnitude hi:lo with hi != 0: keep the top 31 bits + sticky. */
static unsigned __sf_u64_to_f32(unsigned sign, unsigned hi, unsigned lo)
{
    int n = __sf_clz32(hi);
    unsigned rest = lo, sig;
    if (n) { hi = (hi << n) | (lo >> (32 - n)); rest = lo << n; }
    sig = (hi >> 1) | (hi & 1);
    if (rest) sig |= 1;
    return __sf_round_pack32(sign, 190 - n, sig);
}

unsigned __f32_from_i32(int v)
{
    if (v < 0) return __sf_u32_to_f32(0x80000000u, 0u - (unsigned)v);
    return __sf_u32_to_f32(0, (unsigned)v);
}

unsigned __f32_from_u32(unsigned v)
{
    return __sf_u32_to_f32(0, v);
}

unsigned __f32_from_u64(unsigned long long v)
{
    unsigned hi = (unsigned)(v >> 32);
    if (hi == 0) return __sf_u32_to_f32(0, (unsigned)v);
    return __sf_u64_to_f32(0, hi, (unsigned)v);
}

unsigned __f32_from_i64(long long v)
{
    unsigned long long u = (unsigned long long)v;
    unsigned sign = 0, hi;
    if (v < 0) { u = 0ULL - u; sign = 0x80000000u; }
    hi = (unsigned)(u >> 32);
    if (hi == 0) return __sf_u32_to_f32(sign, (unsigned)u);
    return __sf_u64_to_f32(sign, hi, (unsigned)u);
}

/* ------------------------------------------------------------------ */
/* binary32 -> integer (truncation); same x86-64 rules as for binary64: */
/* (int)f -> 0x80000000 on NaN/overflow; (long long)f -> 2^63 pattern; */
/* (unsigned)f = low 32 bits of the 64-bit signed conversion (gcc uses  */
/* cvttss2si with a 64-bit destination); (unsigned long long)f: f >=    */
/* 2^63 -> cvttss2si64(f - 2^63) ^ 2^63 (so >= 2^64 and +inf give 0),   */
/* NaN -> 0x8000000000000000, otherwise the signed 64-bit conversion.   */
/* ------------------------------------------------------------------ */

int __f32_to_i32(unsigned a)
{
    int e = (int)((a >> 23) & 0xFF) - 127;
    unsigned m;
    if (e < 0) return 0;
    if (e >= 31) return -2147483647 - 1;
    m = (a & 0x007FFFFFu) | 0x00800000u;
    if (e <= 23) m >>= 23 - e; else m <<= e - 23;
    if (a & 0x80000000u) return -(int)m;
    return (int)m;
}

unsigned __f32_to_u32(unsigned a)
{
    int e = (int)((a >> 23) & 0xFF) - 127;
    unsigned m;
    if (e < 0) return 0;
    if (e >= 63) return 0;          /* low word of 0x8000000000000000 */
    m = (a & 0x007FFFFFu) | 0x00800000u;
    if (e <= 23) m >>= 23 - e;
    else if (e < 55) m <<= e - 23;
    else m = 0;                     /* all set bits are above bit 31 */
    if (a & 0x80000000u) return 0u - m;
    return m;
}

long long __f32_to_i64(unsigned a)
{
    int e = (int)((a >> 23) & 0xFF) - 127;
    unsigned m;
    unsigned long long r;
    if (e < 0) return 0;
    if (e >= 63) return -9223372036854775807LL - 1;
    m = (a & 0x007FFFFFu) | 0x00800000u;
    if (e <= 23) r = m >> (23 - e);
    else r = __sf_shl64(m, e - 23);
    if (a & 0x80000000u) return -(long long)r;
    return (long long)r;
}

unsigned long long __f32_to_u64(unsigned a)
{
    int e = (int)((a >> 23) & 0xFF) - 127;
    if (__sf_isnan32(a)) return 0x8000000000000000ULL;
    if (e >= 63 && !(a & 0x80000000u)) {        /* f >= 2^63 */
        if (e >= 64) return 0;
        return (unsigned long long)((a & 0x007FFFFFu) | 0x00800000u) << 40;
    }
    return (unsigned long long)__f32_to_i64(a);
}

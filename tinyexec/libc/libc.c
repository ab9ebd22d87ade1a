/*
 * libc.c -- the C runtime of tinyexec, compiled together with every program.
 *
 * Only the functions a program can reach are linked, so this file may grow
 * without making programs larger.  Names starting with "__" are the
 * compiler's: printf is expanded at compile time into calls of the __pr_*
 * printers (the machine itself multiplies, divides, shifts and does bitwise
 * operations).
 *
 * Every instruction executed costs trace tokens: about five each, nine for
 * DIVU/REMU/SHL, thirteen for DIVS/REMS/SHRU/SHRS.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdarg.h>
#include <inttypes.h>
#include <locale.h>

/*
 * Defined by the compiler: the block the loader fills in (argc, argv, stdin
 * address, stdin length, heap start; see machine.runtime_image) and the C
 * stack pointer, which grows down from below the zero-initialised data.
 */
extern unsigned __runtime[5];
extern char *__sp;

/* ---- 64-bit integers: the routines the compiler calls --------------- */

/*
 * The compiler adds, subtracts, compares and shifts by constants inline
 * (compiler/wide.py); these do the rest from 32-bit operations.  A 64-bit
 * value's words are (unsigned)x and (unsigned)(x >> 32), both free.
 */
#define __LO(x) ((unsigned)(x))
#define __HI(x) ((unsigned)((x) >> 32))
#define __JOIN(hi, lo) ((unsigned long long)(hi) << 32 | (unsigned)(lo))

/* The full 64-bit product of two 32-bit numbers, from four 16-bit products. */
unsigned long long __umul32_wide(unsigned a, unsigned b)
{
    unsigned a0 = a & 0xFFFF, a1 = a >> 16, b0 = b & 0xFFFF, b1 = b >> 16;
    unsigned low = a0 * b0, cross1 = a0 * b1, cross2 = a1 * b0;
    unsigned middle = (low >> 16) + (cross1 & 0xFFFF) + (cross2 & 0xFFFF);
    return __JOIN(a1 * b1 + (cross1 >> 16) + (cross2 >> 16) + (middle >> 16),
                  middle << 16 | (low & 0xFFFF));
}

/* a * b modulo 2^64: the high words only meet the low ones. */
unsigned long long __mul64(unsigned long long a, unsigned long long b)
{
    unsigned long long p = __umul32_wide(__LO(a), __LO(b));
    return __JOIN(__HI(p) + __LO(a) * __HI(b) + __HI(a) * __LO(b), __LO(p));
}

/*
 * a / b, and a % b in *rem.  A divisor of 16 bits takes four 32-bit divisions
 * (schoolbook, a 16-bit digit at a time: the partial remainder times 2^16
 * stays below 2^32); any other is shifted and subtracted a bit at a time,
 * from the dividend's highest nonzero word down.  Dividing by zero divides a
 * 32-bit zero: the machine stops with its division fault, as for int.
 */
static unsigned long long __udivmod64(unsigned long long a, unsigned long long b,
                                      unsigned long long *rem)
{
    unsigned long long q = 0, r = 0;
    unsigned hi = __HI(a), lo = __LO(a), d, q3, q2, q1, digit;
    int bit;
    if (__HI(b) == 0) {
        d = __LO(b);
        if (d == 0) {
            *rem = lo / d;      /* both results come from the faulting division, */
            return *rem;        /* so the fault stays whichever one the caller uses */
        }
        if (hi == 0) {
            *rem = lo % d;
            return lo / d;
        }
        if (d <= 0xFFFF) {
            q3 = (hi >> 16) / d;
            digit = (hi >> 16) % d << 16 | (hi & 0xFFFF);
            q2 = digit / d;
            digit = digit % d << 16 | lo >> 16;
            q1 = digit / d;
            digit = digit % d << 16 | (lo & 0xFFFF);
            *rem = digit % d;
            return __JOIN(q3 << 16 | q2, q1 << 16 | digit / d);
        }
    }
    for (bit = hi ? 63 : 31; bit >= 0; bit--) {
        r = r << 1 | ((bit >= 32 ? hi : lo) >> (bit & 31) & 1);
        q = q << 1;
        if (r >= b) {
            r = r - b;
            q = q | 1;
        }
    }
    *rem = r;
    return q;
}

unsigned long long __udiv64(unsigned long long a, unsigned long long b)
{
    unsigned long long r;
    return __udivmod64(a, b, &r);
}

unsigned long long __umod64(unsigned long long a, unsigned long long b)
{
    unsigned long long r;
    __udivmod64(a, b, &r);
    return r;
}

/* Signed: on the magnitudes, truncating toward zero; LLONG_MIN / -1 wraps to
   LLONG_MIN (remainder 0), as INT_MIN / -1 does on the machine. */
long long __sdiv64(long long a, long long b)
{
    unsigned long long r, q = __udivmod64(a < 0 ? -(unsigned long long)a : a,
                                          b < 0 ? -(unsigned long long)b : b, &r);
    return (a < 0) != (b < 0) ? -q : q;
}

long long __smod64(long long a, long long b)
{
    unsigned long long r;
    __udivmod64(a < 0 ? -(unsigned long long)a : a, b < 0 ? -(unsigned long long)b : b, &r);
    return a < 0 ? -r : r;
}

/* Shifts by a variable count, taken modulo 64 (as x86-64 does). */
unsigned long long __shl64(unsigned long long a, unsigned n)
{
    unsigned lo = __LO(a), hi = __HI(a);
    n &= 63;
    if (n >= 32)
        return __JOIN(lo << (n - 32), 0);
    if (n == 0)
        return a;
    return __JOIN(hi << n | lo >> (32 - n), lo << n);
}

unsigned long long __shr64u(unsigned long long a, unsigned n)
{
    unsigned lo = __LO(a), hi = __HI(a);
    n &= 63;
    if (n >= 32)
        return hi >> (n - 32);
    if (n == 0)
        return a;
    return __JOIN(hi >> n, lo >> n | hi << (32 - n));
}

long long __shr64s(long long a, unsigned n)
{
    int hi = (int)__HI(a);
    unsigned lo = __LO(a);
    n &= 63;
    if (n >= 32)
        return (long long)(hi >> (n - 32));
    if (n == 0)
        return a;
    return (long long)__JOIN(hi >> n, lo >> n | (unsigned)hi << (32 - n));
}

/* ---- input ---------------------------------------------------------- */

static unsigned __stdin_pos;

int getchar(void)
{
    unsigned char *in = (unsigned char *)__runtime[2];
    if (__stdin_pos >= __runtime[3]) {
        __stdin_pos = __runtime[3] + 1;     /* past the end: feof(stdin) */
        return EOF;
    }
    __stdin_pos++;
    return in[__stdin_pos - 1];
}

/* ---- output: the printers printf is expanded into ------------------- */

static unsigned __pow10[10] = {
    1000000000, 100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1
};
/* 5 * __pow10[i]; the first entry is never used (it would not fit). */
static unsigned __pow10x5[10] = {
    0, 500000000, 50000000, 5000000, 500000, 50000, 5000, 500, 50, 5
};
static unsigned __pow16[8] = {
    0x10000000, 0x1000000, 0x100000, 0x10000, 0x1000, 0x100, 0x10, 1
};
static unsigned __pow8[11] = {
    010000000000, 01000000000, 0100000000, 010000000, 01000000, 0100000, 010000, 01000,
    0100, 010, 1
};

/* Number of decimal (hex) digits of v, and the power of its first digit. */
static unsigned *__first_power(unsigned v, unsigned *p)
{
    while (v < *p && *p != 1)
        p++;
    return p;
}

/*
 * Print v in decimal from the digit of power *p down (p points into
 * __pow10, below its first entry).  A digit is found by subtracting the
 * power: five times at once first, so at most four single subtractions
 * follow -- there is no division.
 */
static void __pr_dec(unsigned v, unsigned *p)
{
    unsigned *five = __pow10x5 + (p - __pow10);
    unsigned q;
    int c;
    do {
        q = *p;
        c = '0';
        if (v >= *five) {
            v = v - *five;
            c = '5';
        }
        while (v >= q) {
            v = v - q;
            c++;
        }
        putchar(c);
        p++;
        five++;
    } while (q != 1);
}

/* Digits of v in base 8, 10 or 16, most significant first; returns their number. */
static int __digits(unsigned v, int base, int upper, char *out)
{
    unsigned *p = base == 10 ? __pow10 : (base == 16 ? __pow16 : __pow8);
    unsigned q;
    int n = 0, d;
    while (*p > v && *p != 1)
        p++;
    do {
        q = *p;
        d = 0;
        while (v >= q) {
            v = v - q;
            d++;
        }
        out[n++] = d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10;
        p++;
    } while (q != 1);
    return n;
}

/* The same for a 64-bit number: chunks of 4 decimal, 4 octal or 3 hex digits
   from the low end, each one division by a 16-bit number. */
static int __digits64(unsigned long long v, int base, int upper, char *out)
{
    char backwards[24];
    unsigned long long chunk;
    unsigned digits = base == 16 ? 3 : 4, size = base == 10 ? 10000 : 4096, part, i;
    int n = 0, d;
    if (__HI(v) == 0)
        return __digits(__LO(v), base, upper, out);
    while (v != 0) {
        v = __udivmod64(v, size, &chunk);
        part = __LO(chunk);
        for (i = 0; i < digits; i++) {
            d = part % base;
            part = part / base;
            backwards[n++] = d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10;
        }
    }
    while (backwards[n - 1] == '0')
        n--;
    for (d = 0; d < n; d++)
        out[d] = backwards[n - 1 - d];
    return n;
}

static void __pr_chars(char *s, int n)
{
    int i;
    for (i = 0; i < n; i++)
        putchar(s[i]);
}

/* %u */
void __pr_u(unsigned v)
{
    int c;
    if (v >= 1000000000) {
        c = '0';
        while (v >= 1000000000) {
            v = v - 1000000000;
            c++;
        }
        putchar(c);
        __pr_dec(v, __pow10 + 1);
    } else if (v < 10000) {
        __pr_dec(v, __first_power(v, __pow10 + 6));
    } else {
        __pr_dec(v, __first_power(v, __pow10 + 1));
    }
}

/* %d */
void __pr_i(int v)
{
    if (v < 0) {
        putchar('-');
        v = -v;
    }
    __pr_u(v);
}

/* %x (letter 'a') and %X (letter 'A') */
void __pr_x(unsigned v, int letter)
{
    char d[8];
    __pr_chars(d, __digits(v, 16, letter == 'A', d));
}

/* %s; a null pointer is "(null)", as glibc prints it */
void __pr_s(char *s)
{
    if (s == 0)
        s = "(null)";
    while (*s) {
        putchar(*s);
        s++;
    }
}

static void __pr_pad(int c, int n)
{
    while (n > 0) {
        putchar(c);
        n--;
    }
}

/*
 * A number with a field width: conv is 'd', 'u', 'x' or 'X'; pad is 0 to
 * right-align with spaces, 1 to pad with zeros, 2 to left-align.
 */
void __pr_num(unsigned v, int conv, int width, int pad)
{
    char d[10];
    int neg = conv == 'd' && (int)v < 0;
    int len;
    if (neg)
        v = -v;
    len = __digits(v, conv == 'x' || conv == 'X' ? 16 : 10, conv == 'X', d) + neg;
    if (pad == 0)
        __pr_pad(' ', width - len);
    if (neg)
        putchar('-');
    if (pad == 1)
        __pr_pad('0', width - len);
    __pr_chars(d, len - neg);
    if (pad == 2)
        __pr_pad(' ', width - len);
}

/* %s with a field width; left is 1 for left alignment. */
void __pr_sw(char *s, int width, int left)
{
    int n;
    if (s == 0)
        s = "(null)";
    n = strlen(s);
    if (!left)
        __pr_pad(' ', width - n);
    __pr_s(s);
    if (left)
        __pr_pad(' ', width - n);
}

/* %c with a field width. */
void __pr_cw(int c, int width, int left)
{
    if (!left)
        __pr_pad(' ', width - 1);
    putchar(c);
    if (left)
        __pr_pad(' ', width - 1);
}

/* ---- the printf family: one formatter, three kinds of sink --------- */

int __putc_err(int c);          /* the ERR instruction: a byte to stderr */

/* Where formatted output goes: stream 1 is stdout, 2 stderr, 0 the buffer. */
struct __sink {
    int stream;
    char *buf;
    unsigned cap;
    unsigned len;
};

static void __put(struct __sink *s, int c)
{
    if (s->stream == 1)
        putchar(c);
    else if (s->stream == 2)
        __putc_err(c);
    else if (s->len + 1 < s->cap)
        s->buf[s->len] = c;
    s->len++;
}

static void __repeat(struct __sink *s, int c, int n)
{
    while (n-- > 0)
        __put(s, c);
}

#ifdef __TINYEXEC_FLOAT__
static void __format_double(struct __sink *s, unsigned long long bits, int conv, int left,
                            int zero, int plus, int space, int alt, int width, int prec);
#endif

static int __format(struct __sink *s, const char *f, va_list ap)
{
    char digits[24];
    char *str;
    const char *spec;                   /* where the conversion's text starts: its % */
    int c, left, zero, plus, space, alt, width, prec, len, zeros, sign, prefix, i, h, l, base;
    unsigned v;
    unsigned long long big;
    while ((c = *f++) != 0) {
        if (c != '%') {
            __put(s, c);
            continue;
        }
        spec = f - 1;
        left = zero = plus = space = alt = 0;
        for (;; f++) {
            if (*f == '-') left = 1;
            else if (*f == '0') zero = 1;
            else if (*f == '+') plus = 1;
            else if (*f == ' ') space = 1;
            else if (*f == '#') alt = 1;
            else if (*f != '\'') break;    /* ' groups thousands: nothing, in the C locale */
        }
        width = 0;
        if (*f == '*') {
            width = va_arg(ap, int);
            f++;
            if (width < 0) {
                left = 1;
                width = -width;
            }
        }
        while (*f >= '0' && *f <= '9')
            width = width * 10 + (*f++ - '0');
        prec = -1;
        if (*f == '.') {
            f++;
            prec = 0;
            if (*f == '*') {
                prec = va_arg(ap, int);
                f++;
            }
            while (*f >= '0' && *f <= '9')
                prec = prec * 10 + (*f++ - '0');
        }
        h = l = 0;                      /* %h (short) 1, %hh (char) 2; %ll and %j 2 */
        for (;; f++) {
            if (*f == 'h')
                h++;
            else if (*f == 'l')
                l++;
            else if (*f == 'j')
                l = 2;
            else if (*f != 'z' && *f != 't' && *f != 'L')
                break;
        }
        c = *f++;
        if (c == 0)                     /* the format ends inside a conversion: glibc */
            break;                      /* prints nothing of it */
        if (c == '%') {
            __put(s, '%');
            continue;
        }
#ifdef __TINYEXEC_FLOAT__
        if (c == 'f' || c == 'F' || c == 'e' || c == 'E' || c == 'g' || c == 'G'
            || c == 'a' || c == 'A') {
            __format_double(s, va_arg(ap, unsigned long long), c, left, zero, plus, space, alt,
                            width, prec);
            continue;
        }
#endif
        big = 0;
        if (c == 'p') {                 /* a null pointer is "(nil)", as glibc prints it */
            big = va_arg(ap, unsigned);
            if (big == 0)
                prec = -1;
        }
        if (c == 's' || c == 'c' || (c == 'p' && big == 0)) {
            if (c == 'p') {
                str = "(nil)";
                len = 5;
            } else if (c == 's') {
                str = va_arg(ap, char *);
                if (str == 0)           /* glibc: "(null)", or nothing if it would be cut */
                    str = prec < 0 || prec >= 6 ? "(null)" : "";
                len = strlen(str);
                if (prec >= 0 && prec < len)
                    len = prec;
            } else {
                digits[0] = (char)va_arg(ap, int);
                str = digits;
                len = 1;
            }
            if (!left)
                __repeat(s, ' ', width - len);
            for (i = 0; i < len; i++)
                __put(s, str[i]);
            if (left)
                __repeat(s, ' ', width - len);
            continue;
        }
        if (c == 'n') {                 /* the count so far, stored */
            if (l >= 2)
                *va_arg(ap, long long *) = s->len;
            else if (h == 1)
                *va_arg(ap, short *) = (short)s->len;
            else if (h > 1)
                *va_arg(ap, signed char *) = (signed char)s->len;
            else
                *va_arg(ap, int *) = (int)s->len;
            continue;
        }
        if (!strchr("diouxXp", c)) {    /* not a conversion: printed as it is, as glibc does */
            while (spec < f)
                __put(s, *spec++);
            continue;
        }
        if (c == 'p')
            ;                           /* read above */
        else if (l >= 2)
            big = va_arg(ap, unsigned long long);
        else {
            v = va_arg(ap, unsigned);
            if (h == 1)
                v = c == 'd' || c == 'i' ? (short)v : (unsigned short)v;
            else if (h > 1)
                v = c == 'd' || c == 'i' ? (signed char)v : (unsigned char)v;
            big = c == 'd' || c == 'i' ? (long long)(int)v : v;
        }
        sign = 0;
        if (c == 'p' && (plus || space))  /* glibc signs a pointer too */
            sign = plus ? '+' : ' ';
        if (c == 'd' || c == 'i') {
            if ((long long)big < 0) {
                sign = '-';
                big = -big;
            } else if (plus)
                sign = '+';
            else if (space)
                sign = ' ';
        }
        if (c == 'p') {
            alt = 1;
            c = 'x';
        }
        base = c == 'o' ? 8 : (c == 'x' || c == 'X' ? 16 : 10);
        len = prec == 0 && big == 0 ? 0 : __digits64(big, base, c == 'X', digits);
        prefix = alt && big != 0 && (c == 'x' || c == 'X') ? 2 : 0;
        zeros = prec > len ? prec - len : 0;
        if (alt && c == 'o' && zeros == 0 && (len == 0 || digits[0] != '0'))
            zeros = 1;
        if (zero && !left && prec < 0 && width > len + (sign != 0) + prefix)
            zeros = width - len - (sign != 0) - prefix;
        width = width - len - zeros - (sign != 0) - prefix;
        if (!left)
            __repeat(s, ' ', width);
        if (sign)
            __put(s, sign);
        if (prefix) {
            __put(s, '0');
            __put(s, c);
        }
        __repeat(s, '0', zeros);
        for (i = 0; i < len; i++)
            __put(s, digits[i]);
        if (left)
            __repeat(s, ' ', width);
    }
    return s->len;
}

int vfprintf(FILE *stream, const char *format, va_list ap)
{
    struct __sink s;
    s.stream = (int)stream;
    s.buf = 0;
    s.cap = 0;
    s.len = 0;
    return __format(&s, format, ap);
}

int vprintf(const char *format, va_list ap)
{
    return vfprintf(stdout, format, ap);
}

int vsnprintf(char *buf, size_t size, const char *format, va_list ap)
{
    struct __sink s;
    int n;
    s.stream = 0;
    s.buf = buf;
    s.cap = size;
    s.len = 0;
    n = __format(&s, format, ap);
    if (size)
        buf[s.len < size ? s.len : size - 1] = 0;
    return n;
}

int vsprintf(char *buf, const char *format, va_list ap)
{
    return vsnprintf(buf, 0x7FFFFFFF, format, ap);
}

int printf(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    return vfprintf(stdout, format, ap);
}

int fprintf(FILE *stream, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    return vfprintf(stream, format, ap);
}

int sprintf(char *buf, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    return vsnprintf(buf, 0x7FFFFFFF, format, ap);
}

int snprintf(char *buf, size_t size, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    return vsnprintf(buf, size, format, ap);
}

/* ---- sscanf ---------------------------------------------------------- */

static unsigned long long __strtou64(const char *s, char **end, int base, int *negative,
                                     int *overflow);
#ifdef __TINYEXEC_FLOAT__
unsigned long long __strto_bits(const char *s, char **end, int precision);
#endif

/* Store v in the integer of `size` bytes at to (nothing if to is 0). */
static void __store_int(void *to, int size, unsigned long long v)
{
    if (to == 0)
        return;
    if (size == 8)
        *(unsigned long long *)to = v;
    else if (size == 2)
        *(unsigned short *)to = (unsigned short)v;
    else if (size == 1)
        *(unsigned char *)to = (unsigned char)v;
    else
        *(unsigned *)to = (unsigned)v;
}

/* The value of the digit c (0 to 9, a to f or A to F: 10 to 15), else 16. */
static int __digit_value(int c)
{
    int d = c - '0';
    if ((unsigned)d <= 9)
        return d;
    d = (c | 32) - 'a';
    return (unsigned)d <= 5 ? d + 10 : 16;
}

/*
 * One integer field of sscanf: at most width characters of a sign, a 0x or
 * 0X prefix (in base 16, or in base 0, which it makes 16; a leading 0 makes
 * base 0 octal, otherwise it is decimal), then digits.  The value is what
 * strtol (is_signed) or strtoul gives, strtoll or strtoull for size 8:
 * saturated when out of range, a negated unsigned one modulo 2^n.  Stores
 * it in `size` bytes at to; returns the number of characters read, or 0
 * when there was no digit (a 0 before the x is one).
 */
static int __scan_int(const char *s, int width, int base, int is_signed, int size, void *to)
{
    const char *p = s, *digits;
    int neg = 0, any = 0, over = 0, d, last;
    unsigned v = 0, limit;
    unsigned long long big = 0, big_limit;
    if (width > 0 && (*p == '-' || *p == '+')) {
        neg = *p++ == '-';
        width--;
    }
    if (width > 0 && *p == '0') {
        p++;
        width--;
        any = 1;
        if (width > 0 && (*p == 'x' || *p == 'X') && (base == 0 || base == 16)) {
            p++;
            width--;
            base = 16;
        } else if (base == 0)
            base = 8;
    }
    if (base == 0)
        base = 10;
    if (base == 10) {                   /* v * base + d fits while v < limit, or */
        limit = 429496729u;             /* v == limit and d <= last */
        last = 5;
    } else if (base == 16) {
        limit = 0x0FFFFFFFu;
        last = 15;
    } else {
        limit = 0x1FFFFFFFu;
        last = 7;
    }
    digits = p;
    for (; width > 0 && size != 8; width--, p++) {
        d = __digit_value(*p);
        if (d >= base)
            break;
        if (v >= limit && (v > limit || d > last))
            over = 1;
        v = v * base + d;
    }
    if (size == 8) {
        big_limit = base == 10 ? 1844674407370955161ull
                               : (base == 16 ? 0x0FFFFFFFFFFFFFFFull : 0x1FFFFFFFFFFFFFFFull);
        for (; width > 0; width--, p++) {
            d = __digit_value(*p);
            if (d >= base)
                break;
            if (big > big_limit || (big == big_limit && d > last))
                over = 1;
            big = big * base + d;
        }
    }
    if (!any && p == digits)
        return 0;
    if (size == 8) {
        if (is_signed && (over || big > 0x7FFFFFFFFFFFFFFFull + neg))
            big = neg ? 0x8000000000000000ull : 0x7FFFFFFFFFFFFFFFull;
        else if (over)
            big = 0xFFFFFFFFFFFFFFFFull;
        else if (neg)
            big = -big;
        __store_int(to, 8, big);
    } else {
        if (is_signed && (over || v > 0x7FFFFFFFu + neg))
            v = neg ? 0x80000000u : 0x7FFFFFFFu;
        else if (over)
            v = 0xFFFFFFFFu;
        else if (neg)
            v = -v;
        if (size == 4 && to)
            *(unsigned *)to = v;
        else
            __store_int(to, size, v);
    }
    return p - s;
}

/* Whether c (an unsigned char) is in the scanset p..end of a %[ (no ^ and no
   closing bracket; a - between two characters is a range). */
static int __in_scanset(const char *p, const char *end, int c)
{
    for (; p < end; p++) {
        if (p[1] == '-' && p + 2 < end) {
            if (c >= (unsigned char)p[0] && c <= (unsigned char)p[2])
                return 1;
            p += 2;
        } else if ((unsigned char)*p == c)
            return 1;
    }
    return 0;
}

#ifdef __TINYEXEC_FLOAT__
/* Whether the word w (lower case) is at p, in any case, within room characters. */
static int __word_at(const char *p, const char *w, int room)
{
    for (; *w; w++, p++, room--)
        if (room <= 0 || tolower(*p) != *w)
            return 0;
    return 1;
}

/*
 * The length of the %f (%e %g %a) field at s, in at most width characters,
 * as glibc's scanf reads it: a character at a time, keeping all it read but
 * the one that cannot go on a number (it pushes back only that one), so
 * "1.5e" and "1e-" are whole fields, which strtod reads as 1.5 and 1.  0: no
 * field, as glibc (a sign alone, "0x" alone, a word that is not all of "nan",
 * "inf" or "infinity").
 */
static int __float_field(const char *s, int width)
{
    int n = 0, sign = 0, hex = 0, digit = 0, dot = 0, e = 0, c;
    char exp = 'e';
    if (*s == '-' || *s == '+') {
        n = sign = 1;
        if (width == 1 || s[1] == 0)
            return 0;
    }
    if (tolower(s[n]) == 'n')
        return __word_at(s + n, "nan", width - n) ? n + 3 : 0;
    if (tolower(s[n]) == 'i') {
        if (!__word_at(s + n, "inf", width - n))
            return 0;
        n += 3;
        if (n < width && tolower(s[n]) == 'i')     /* then all of "infinity" */
            return __word_at(s + n, "inity", width - n) ? n + 5 : 0;
        return n;
    }
    if (s[n] == '0' && n + 1 < width) {
        if (n + 2 < width && tolower(s[n + 1]) == 'x') {
            hex = 1;
            exp = 'p';
            n++;
        } else
            digit = 1;
        n++;
    }
    for (; n < width; n++) {
        c = s[n];
        if (isdigit(c) || (hex && !e && isxdigit(c)))
            digit = 1;
        else if (e && tolower(s[n - 1]) == exp && (c == '-' || c == '+'))
            continue;
        else if (digit && !e && tolower(c) == exp)
            e = dot = 1;
        else if (!dot && c == '.')
            dot = 1;
        else
            break;
    }
    return n == sign || (hex && n == sign + 2) ? 0 : n;
}
#endif

/*
 * sscanf: %d %i %u %o %x %X %p %c %s %[...] %n %% (with widths, %*, and the
 * hh h l ll j z t L lengths), and %f %e %g %a; literal text and whitespace.
 * Returns the number of fields assigned, or EOF when the input ended before
 * any was (as glibc: also after fields skipped with %* or stored by %n).
 */
static int __scan(const char *s, const char *format, va_list ap, const char **stop)
{
    const char *start = s, *f = format, *set;
    int assigned = 0, skip, width, h, l, size, conv, base, d, invert;
    void *to;
    char *out;
#ifdef __TINYEXEC_FLOAT__
    union { unsigned long long bits; double value; } number;
    union { unsigned bits; float value; } single;
    const char *text;
    char *end, field[64];
#endif
    while (*f) {
        if (isspace(*f)) {
            while (isspace(*s))
                s++;
            f++;
            continue;
        }
        if (*f != '%') {
            if (*s == 0)
                goto input_failure;
            if (*s != *f)
                break;
            s++;
            f++;
            continue;
        }
        f++;
        skip = *f == '*';
        if (skip)
            f++;
        width = 0;
        while (*f >= '0' && *f <= '9')
            width = width * 10 + (*f++ - '0');
        if (width <= 0)                 /* none (or 0): no limit */
            width = 0x7FFFFFFF;
        h = l = 0;                      /* hh: 1 byte, h: 2; ll L q j: 8 (l: a double) */
        for (;; f++) {
            if (*f == 'h')
                h++;
            else if (*f == 'l')
                l++;
            else if (*f == 'L' || *f == 'q' || *f == 'j')
                l = 2;
            else if (*f != 'z' && *f != 't')
                break;
        }
        size = l >= 2 ? 8 : (h == 1 ? 2 : (h > 1 ? 1 : 4));
        conv = *f++;
        if (conv == 0) {
            f--;
            break;
        }
        if (conv == 'n') {              /* the count so far: no input, no assignment */
            if (!skip)
                __store_int(va_arg(ap, void *), size, (unsigned)(s - start));
            continue;
        }
        if (conv != 'c' && conv != '[')
            while (isspace(*s))
                s++;
        if (*s == 0)
            goto input_failure;
        base = conv == 'd' || conv == 'u' ? 10 : (conv == 'i' ? 0 : (conv == 'o' ? 8 : 16));
        if (base != 16 || conv == 'x' || conv == 'X' || conv == 'p') {
            if (conv == 'p')
                size = 4;
            to = skip ? 0 : va_arg(ap, void *);
            d = __scan_int(s, width, base, conv == 'd' || conv == 'i', size, to);
            if (d == 0)
                break;
            s += d;
            if (!skip)
                assigned++;
            continue;
        }
        if (conv == '%') {
            if (*s != '%')
                break;
            s++;
            continue;
        }
        if (conv == 'c') {
            if (width == 0x7FFFFFFF)
                width = 1;
            out = skip ? 0 : va_arg(ap, char *);
            while (*s && width-- > 0) {
                if (out)
                    *out++ = *s;
                s++;
            }
            if (out)
                assigned++;
            continue;
        }
        if (conv == 's' || conv == '[') {
            invert = 0;
            set = f;
            if (conv == '[') {
                invert = *f == '^';
                if (invert)
                    f++;
                set = f;
                if (*f == ']')
                    f++;
                while (*f && *f != ']')
                    f++;
                if (*f == 0)            /* no closing bracket */
                    break;
            }
            out = skip ? 0 : va_arg(ap, char *);
            for (d = 0; s[d] && d < width; d++) {
                if (conv == 's' ? isspace(s[d])
                                : __in_scanset(set, f, (unsigned char)s[d]) == invert)
                    break;
                if (out)
                    out[d] = s[d];
            }
            if (conv == '[')
                f++;
            if (d == 0)                 /* (%s always reads a character here) */
                break;
            s += d;
            if (out) {
                out[d] = 0;
                assigned++;
            }
            continue;
        }
#ifdef __TINYEXEC_FLOAT__
        if (conv == 'f' || conv == 'e' || conv == 'g' || conv == 'a' || conv == 'F'
            || conv == 'E' || conv == 'G' || conv == 'A') {
            /* the field is what glibc's scanf reads; its value, strtod's of
               it (of a copy, or of the text itself when the field is 64
               characters or longer: a width of 64 or more is not applied) */
            if (width >= (int)sizeof field)
                width = 0x7FFFFFFF;
            d = __float_field(s, width);
            text = s;
            if (d < (int)sizeof field) {
                memcpy(field, s, d);
                field[d] = 0;
                text = field;
            }
            number.bits = __strto_bits(text, &end, l ? 53 : 24);
            if (d == 0 || end == text)
                break;
            s += d;
            if (!skip) {
                if (l) {
                    *va_arg(ap, double *) = number.value;
                } else {
                    single.bits = (unsigned)number.bits;
                    *va_arg(ap, float *) = single.value;
                }
                assigned++;
            }
            continue;
        }
#endif
        break;                          /* not a conversion */
    }
    *stop = s;
    return assigned;
input_failure:
    *stop = s;
    return assigned ? assigned : EOF;
}

int vsscanf(const char *s, const char *format, va_list ap)
{
    const char *stop;
    return __scan(s, format, ap, &stop);
}

int sscanf(const char *s, const char *format, ...)
{
    va_list ap;
    const char *stop;
    va_start(ap, format);
    return __scan(s, format, ap, &stop);
}

int fputc(int c, FILE *stream)
{
    if ((int)stream == 2)
        __putc_err(c);
    else
        putchar(c);
    return (unsigned char)c;
}

int putc(int c, FILE *stream)
{
    return fputc(c, stream);
}

int fputs(const char *s, FILE *stream)
{
    while (*s)
        fputc(*s++, stream);
    return 0;
}

int puts(const char *s)
{
    __pr_s((char *)s);
    putchar('\n');
    return 0;
}

/* ---- strings and memory --------------------------------------------- */

size_t strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return p - s;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *(unsigned char *)a - *(unsigned char *)b;
}

int strncmp(const char *a, const char *b, size_t n)
{
    if (n == 0)
        return 0;
    while (n > 1 && *a && *a == *b) {
        a++;
        b++;
        n--;
    }
    return *(unsigned char *)a - *(unsigned char *)b;
}

char *strcpy(char *dst, const char *src)
{
    char *d = dst;
    while ((*d = *src) != 0) {
        d++;
        src++;
    }
    return dst;
}

char *strncpy(char *dst, const char *src, size_t n)
{
    char *d = dst;
    while (n > 0 && *src) {
        *d = *src;
        d++;
        src++;
        n--;
    }
    while (n > 0) {
        *d = 0;
        d++;
        n--;
    }
    return dst;
}

char *strcat(char *dst, const char *src)
{
    strcpy(dst + strlen(dst), src);
    return dst;
}

char *strrchr(const char *s, int c)
{
    const char *last = 0;
    do {
        if (*s == (char)c)
            last = s;
    } while (*s++);
    return (char *)last;
}

char *strstr(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncmp(hay, needle, n) == 0)
            return (char *)hay;
    return n == 0 ? (char *)hay : 0;
}

char *strchr(const char *s, int c)
{
    char ch = c;
    while (*s != ch) {
        if (*s == 0)
            return 0;
        s++;
    }
    return (char *)s;
}

/* At most n characters of src, then a terminating 0. */
char *strncat(char *dst, const char *src, size_t n)
{
    char *d = dst + strlen(dst);
    while (n > 0 && *src) {
        *d++ = *src++;
        n--;
    }
    *d = 0;
    return dst;
}

/* The length of the start of s made of characters in set (not in it, if in == 0). */
static size_t __span(const char *s, const char *set, int in)
{
    const char *p = s, *q;
    for (; *p; p++) {
        for (q = set; *q && *q != *p; q++)
            ;
        if ((*q != 0) != in)
            break;
    }
    return p - s;
}

size_t strspn(const char *s, const char *accept)
{
    return __span(s, accept, 1);
}

size_t strcspn(const char *s, const char *reject)
{
    return __span(s, reject, 0);
}

char *strpbrk(const char *s, const char *accept)
{
    s += __span(s, accept, 0);
    return *s ? (char *)s : 0;
}

/* The next token of s (of the string given last, if s is 0) between separators. */
char *strtok(char *s, const char *separators)
{
    static char *next;
    char *token;
    if (s == 0)
        s = next;
    if (s == 0)
        return 0;
    s += __span(s, separators, 1);
    if (*s == 0) {
        next = 0;
        return 0;
    }
    token = s;
    s += __span(s, separators, 0);
    if (*s) {
        *s = 0;
        next = s + 1;
    } else
        next = 0;
    return token;
}

void *memchr(const void *s, int c, size_t n)
{
    const unsigned char *p = s;
    unsigned char ch = c;
    for (; n > 0; n--, p++)
        if (*p == ch)
            return (void *)p;
    return 0;
}

/* Unaligned word accesses are fine on this machine: copy four bytes at once. */
void *memcpy(void *dst, const void *src, size_t n)
{
    char *d = dst;
    const char *s = src;
    while (n >= 4) {
        *(unsigned *)d = *(unsigned *)s;
        d = d + 4;
        s = s + 4;
        n = n - 4;
    }
    while (n > 0) {
        *d = *s;
        d++;
        s++;
        n--;
    }
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    char *d = dst;
    const char *s = src;
    if (d <= s || d >= s + n)
        return memcpy(dst, src, n);
    while (n > 0) {
        n--;
        d[n] = s[n];
    }
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    char *d = dst;
    unsigned w = c & 0xFF;
    w = w + (w << 8);
    w = w + (w << 16);
    while (n >= 4) {
        *(unsigned *)d = w;
        d = d + 4;
        n = n - 4;
    }
    while (n > 0) {
        *d = c;
        d++;
        n--;
    }
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a;
    const unsigned char *q = b;
    while (n > 0) {
        if (*p != *q)
            return *p - *q;
        p++;
        q++;
        n--;
    }
    return 0;
}

/* ---- stdlib --------------------------------------------------------- */

int abs(int x)
{
    return x < 0 ? -x : x;
}

int atoi(const char *s)
{
    int n = 0;
    int neg = 0;
    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        s++;
    if (*s == '-') {
        neg = 1;
        s++;
    } else if (*s == '+') {
        s++;
    }
    while (*s >= '0' && *s <= '9') {
        n = n * 10 + (*s - '0');
        s++;
    }
    return neg ? -n : n;
}

static unsigned __rand_state = 1;

int rand(void)
{
    __rand_state = __rand_state * 1103515245 + 12345;
    return (__rand_state >> 16) & 0x7FFF;
}

void srand(unsigned seed)
{
    __rand_state = seed;
}

/*
 * The allocator: blocks carry their size in the word before them; freed
 * blocks go on a list and are reused first-fit (a large one is split), new
 * blocks come from the heap, which grows up from the end of the loaded image
 * towards the C stack.
 */
static char *__heap;
static unsigned *__free_list;       /* first free block; its first word links the next */

/* Blocks: a size word, then the payload (8-aligned), taken from the top of the
   heap or from the free list (first fit, splitting what is left over).  free()
   only links a block in; when a request finds no room, the free list is sorted
   by address, neighbours are merged and a free block at the top goes back to
   the heap, and the request is tried once more. */
static unsigned *__sort_blocks(unsigned *list, unsigned n)
{
    unsigned *first, *second, *cut, head;
    unsigned i, *tail = &head;
    if (n < 2)
        return list;
    cut = list;
    for (i = 1; i < n / 2; i++)
        cut = (unsigned *)*cut;
    second = (unsigned *)*cut;
    *cut = 0;
    first = __sort_blocks(list, n / 2);
    second = __sort_blocks(second, n - n / 2);
    while (first && second) {
        if (first < second) {
            *tail = (unsigned)first;
            tail = first;
            first = (unsigned *)*first;
        } else {
            *tail = (unsigned)second;
            tail = second;
            second = (unsigned *)*second;
        }
    }
    *tail = (unsigned)(first ? first : second);
    return (unsigned *)head;
}

static void __merge_free_blocks(void)
{
    unsigned n = 0, *p, *next, *before = 0;
    for (p = __free_list; p; p = (unsigned *)*p)
        n++;
    __free_list = __sort_blocks(__free_list, n);
    for (p = __free_list; p; ) {
        next = (unsigned *)*p;
        if ((char *)p + p[-1] + 8 == (char *)next) {    /* next's size word ends p */
            p[-1] = p[-1] + next[-1] + 8;
            *p = *next;
        } else {
            if (next)
                before = p;
            p = next;
        }
    }
    for (p = __free_list; p && *p; p = (unsigned *)*p)
        ;
    if (p && (char *)p + p[-1] == __heap) {             /* the last block ends the heap */
        __heap = (char *)p - 8;
        if (before)
            *before = 0;
        else
            __free_list = 0;
    }
}

void *malloc(size_t size)
{
    unsigned *p, **link;
    char *block;
    int tries;
    if (size > 0x7FFFFFF0)          /* more than any memory; rounding it up could wrap to 0 */
        return 0;
    size = (size + 7) - ((size + 7) & 7);
    if (size == 0)
        size = 8;
    if (__heap == 0)
        __heap = (char *)((__runtime[4] + 7) - ((__runtime[4] + 7) & 7));
    for (tries = 0; tries < 2; tries++) {
        for (link = (unsigned **)&__free_list; *link; link = (unsigned **)*link) {
            p = *link;
            if (p[-1] >= size) {
                *link = (unsigned *)*p;
                if (p[-1] >= size + 16) {           /* split: the rest stays free */
                    block = (char *)p + size;
                    ((unsigned *)block)[1] = p[-1] - size - 8;
                    p[-1] = size;
                    free(block + 8);
                }
                return p;
            }
        }
        /* the block and its size word, and 256 bytes left free below the C stack
           (which may already have grown below the heap: a negative difference) */
        if (__sp - __heap >= 264 && size <= (unsigned)(__sp - __heap) - 264) {
            block = __heap + 4;                     /* keep payloads 8-aligned */
            ((unsigned *)block)[0] = size;
            __heap = __heap + size + 8;
            return block + 4;
        }
        __merge_free_blocks();
    }
    return 0;
}

void free(void *ptr)
{
    unsigned *p = ptr;
    if (p) {
        *p = (unsigned)__free_list;
        __free_list = p;
    }
}

void *calloc(size_t count, size_t size)
{
    size_t n = count * size;
    void *p;
    if (size && count > 0xFFFFFFFFu / size)     /* count * size wrapped around */
        return 0;
    p = malloc(n);
    if (p)
        memset(p, 0, n);
    return p;
}

void *realloc(void *ptr, size_t size)
{
    unsigned *old = ptr;
    void *p;
    if (old == 0)
        return malloc(size);
    if (old[-1] >= size)
        return ptr;
    if ((char *)old + old[-1] == __heap && size <= 0x7FFFFFF0) {
        size = (size + 7) - ((size + 7) & 7);       /* the last block grows in place */
        if (__sp - (char *)old >= 264 && size <= (unsigned)(__sp - (char *)old) - 264) {
            __heap = (char *)old + size;
            old[-1] = size;
            return ptr;
        }
    }
    p = malloc(size);
    if (p) {
        memcpy(p, ptr, old[-1]);
        free(ptr);
    }
    return p;
}

void abort(void)
{
    fputs("Aborted\n", stderr);
    exit(134);
}

void __assert_fail(const char *expr, const char *file, int line)
{
    fprintf(stderr, "%s:%d: assertion failed: %s\n", file, line, expr);
    abort();
}

long labs(long x)
{
    return x < 0 ? -x : x;
}

/* Out of range: LONG_MAX or LONG_MIN, as glibc (errno is not set). */
long strtol(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long long n = __strtou64(s, end, base, &negative, &overflow);
    if (overflow || n > 0x7FFFFFFFULL + negative)
        return negative ? -0x7FFFFFFFL - 1 : 0x7FFFFFFFL;
    return negative ? -(long)n : (long)n;
}

/* Out of range: ULONG_MAX, as glibc; a negative number is negated modulo 2^32
   ("-1" is ULONG_MAX) when its magnitude fits. */
unsigned long strtoul(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long long n = __strtou64(s, end, base, &negative, &overflow);
    if (overflow || n > 0xFFFFFFFFULL)
        return 0xFFFFFFFFUL;
    return negative ? -(unsigned long)n : (unsigned long)n;
}

long atol(const char *s)
{
    return strtol(s, 0, 10);
}

long long llabs(long long x)
{
    return x < 0 ? -x : x;
}

/*
 * What the strto* of integers share: spaces, a sign (*negative), a base prefix,
 * then digits; the magnitude, or ULLONG_MAX with *overflow set if it does not
 * fit in 64 bits.  *end as strtol sets it.
 */
static unsigned long long __strtou64(const char *s, char **end, int base, int *negative,
                                     int *overflow)
{
    const char *start = s, *digits;
    unsigned long long n = 0, limit;
    int d, last;
    *negative = *overflow = 0;
    if (base < 0 || base == 1 || base > 36)     /* glibc: 0, and *end left as it is */
        return 0;
    while (isspace(*s))
        s++;
    if (*s == '-' || *s == '+')
        *negative = *s++ == '-';
    if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
        && isxdigit(s[2])) {
        s += 2;
        base = 16;
    } else if (base == 0)
        base = *s == '0' ? 8 : 10;
    limit = 0xFFFFFFFFFFFFFFFFULL / base;       /* n * base + d fits while n < limit, */
    last = (int)(0xFFFFFFFFFFFFFFFFULL % base); /* or n == limit and d <= last */
    digits = s;
    for (;; s++) {
        if (isdigit(*s))
            d = *s - '0';
        else if (isalpha(*s))
            d = tolower(*s) - 'a' + 10;
        else
            break;
        if (d >= base)
            break;
        if (n > limit || (n == limit && d > last))
            *overflow = 1;
        n = n * base + d;
    }
    if (end)
        *end = (char *)(s == digits ? start : s);
    return *overflow ? 0xFFFFFFFFFFFFFFFFULL : n;
}

unsigned long long strtoull(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long long n = __strtou64(s, end, base, &negative, &overflow);
    return negative && !overflow ? -n : n;
}

/* Out of range: LLONG_MAX or LLONG_MIN, as glibc (errno is not set). */
long long strtoll(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long long n = __strtou64(s, end, base, &negative, &overflow);
    if (overflow || n > 0x7FFFFFFFFFFFFFFFULL + negative)
        return negative ? -0x7FFFFFFFFFFFFFFFLL - 1 : 0x7FFFFFFFFFFFFFFFLL;
    return negative ? -n : n;
}

long long atoll(const char *s)
{
    return strtoll(s, 0, 10);
}

static void __swap_bytes(char *a, char *b, size_t n)
{
    char t;
    while (n-- > 0) {
        t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

/* Heapsort: no recursion and no extra memory; offsets are kept as byte counts. */
void qsort(void *base, size_t count, size_t size, int (*cmp)(const void *, const void *))
{
    char *a = base;
    size_t end = count * size, start = (count / 2) * size, root, child;
    while (end > size) {
        if (start > 0)
            start -= size;                      /* heapify phase */
        else {
            end -= size;                        /* move the largest to the end */
            __swap_bytes(a, a + end, size);
        }
        root = start;
        while ((child = root + root + size) < end) {
            if (child + size < end && cmp(a + child, a + child + size) < 0)
                child += size;
            if (cmp(a + root, a + child) >= 0)
                break;
            __swap_bytes(a + root, a + child, size);
            root = child;
        }
    }
}

void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*cmp)(const void *, const void *))
{
    const char *lo = base;
    size_t half;
    int c;
    while (count > 0) {
        half = count / 2;
        c = cmp(key, lo + half * size);
        if (c == 0)
            return (void *)(lo + half * size);
        if (c > 0) {
            lo = lo + (half + 1) * size;
            count = count - half - 1;
        } else
            count = half;
    }
    return 0;
}

/* ---- ctype (ASCII) -------------------------------------------------- */

int isdigit(int c) { return c >= '0' && c <= '9'; }
int isupper(int c) { return c >= 'A' && c <= 'Z'; }
int islower(int c) { return c >= 'a' && c <= 'z'; }
int isalpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int isalnum(int c) { return isalpha(c) || isdigit(c); }
int isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
int isprint(int c) { return c >= ' ' && c <= '~'; }
int isgraph(int c) { return c > ' ' && c <= '~'; }
int iscntrl(int c) { return (c >= 0 && c < ' ') || c == 127; }
int isblank(int c) { return c == ' ' || c == '\t'; }
int ispunct(int c) { return isprint(c) && c != ' ' && !isalnum(c); }
int isxdigit(int c) { return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int toupper(int c) { return islower(c) ? c - 'a' + 'A' : c; }
int tolower(int c) { return isupper(c) ? c - 'A' + 'a' : c; }
int isascii(int c) { return (c & ~0x7F) == 0; }
int toascii(int c) { return c & 0x7F; }

/* ---- the operators the machine lacks -------------------------------- */

/* Where the divisions jump when the divisor is 0 (machine.DIV_ZERO_TRAP). */
void __div_zero(void)
{
    fputs("tinyexec: division by zero\n", stderr);
    exit(136);
}

/* ---- floating point: only in programs that use it (see compiler/__init__.py) */

#ifdef __TINYEXEC_FLOAT__
#include "floating.c"
#endif

/* ---- the less used functions: only in programs that name one ------- */

#ifdef __TINYEXEC_EXTRA__
#include "extra.c"
#endif

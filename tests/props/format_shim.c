/* snprintf of one floating conversion by tinyexec's C library
 * (libc/format_double.c), compiled natively: printf_double.c built with
 * -Dsnprintf=library_snprintf and this file checks the library's algorithm on
 * more values than the VM can run in a test (tests/test_properties.py). */
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

struct __sink { char *buf; size_t cap, len; };

static void __put(struct __sink *s, int c)
{
    if (s->len + 1 < s->cap)
        s->buf[s->len] = (char)c;
    s->len++;
}

static void __repeat(struct __sink *s, int c, int n)
{
    while (n-- > 0)
        __put(s, c);
}

#include "bignum.c"
#include "format_double.c"

/* "%[flags][width][.precision]conv" followed by literal text */
int library_snprintf(char *buf, size_t size, const char *f, ...)
{
    struct __sink s = { buf, size, 0 };
    int left = 0, zero = 0, plus = 0, space = 0, alt = 0, width = 0, prec = -1;
    union { double value; unsigned long long bits; } x;
    va_list ap;
    va_start(ap, f);
    x.value = va_arg(ap, double);
    va_end(ap);
    for (f++; strchr("-0+ #", *f); f++) {
        left |= *f == '-';
        zero |= *f == '0';
        plus |= *f == '+';
        space |= *f == ' ';
        alt |= *f == '#';
    }
    while (*f >= '0' && *f <= '9')
        width = width * 10 + (*f++ - '0');
    if (*f == '.')
        for (prec = 0, f++; *f >= '0' && *f <= '9'; f++)
            prec = prec * 10 + (*f - '0');
    __format_double(&s, x.bits, *f++, left, zero, plus, space, alt, width, prec);
    while (*f)
        __put(&s, *f++);
    buf[s.len < size ? s.len : size - 1] = 0;
    return (int)s.len;
}

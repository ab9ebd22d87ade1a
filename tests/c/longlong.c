/* 64-bit integers: long long and unsigned long long, <stdint.h> and
 * <inttypes.h>, constants typed as C99 says, every operator with the usual
 * conversions, printf's %ll conversions, strtoll/strtoull/atoll/llabs.  Only
 * long long, never long, so that gcc on x86-64 prints the same. */
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct account { char tag; long long balance; unsigned long long flags; int id; };

static long long total = 5000000000LL;
static unsigned long long table[] = { 1, 0xFFFFFFFFu, 0x100000000ULL, 18446744073709551615ULL };
static int64_t negative = -1234567890123456789LL;

static long long scale(long long x, int by) { return x * by; }
static unsigned long long rotate(unsigned long long x, int k) { return x << k | x >> (64 - k); }
static int sign_of(long long x) { return (x > 0) - (x < 0); }

static long long sum(int n, ...)
{
    va_list ap;
    long long s = 0;
    int i;
    va_start(ap, n);
    for (i = 0; i < n; i++)
        s += va_arg(ap, long long);
    va_end(ap);
    return s;
}

static uint64_t fib(int n)
{
    uint64_t a = 0, b = 1, t;
    while (n-- > 0) {
        t = a + b;
        a = b;
        b = t;
    }
    return a;
}

int main(void)
{
    long long a = 1234567890123LL, b = -987654321, c;
    unsigned long long u = ULLONG_MAX, v = 10;
    unsigned x = 4000000000u;
    int i = -7;
    struct account acct = { 'a', -3, 1ULL << 40, 9 }, *p = &acct;
    long long arr[4] = { 1, -2, 3000000000LL, -4000000000LL };
    char *end;

    /* constants: sizes follow C99 6.4.4.1 (decimal above INT_MAX is long long) */
    printf("sizes %d %d %d %d %d %d\n", (int)sizeof(2147483647), (int)sizeof(2147483648),
           (int)sizeof(0xFFFFFFFF), (int)sizeof(0x100000000), (int)sizeof(1LL), (int)sizeof(1u + 1LL));
    printf("limits %lld %lld %llu\n", LLONG_MAX, LLONG_MIN, ULLONG_MAX);
    printf("stdint %" PRId64 " %" PRIu64 " %" PRIx64 " %" PRIi64 " %jd\n",
           INT64_MIN, UINT64_MAX, (uint64_t)INT64_MAX, negative, (intmax_t)INTMAX_MAX);
    printf("%lld %" PRId64 " %llu\n", total, INT64_C(-42), UINT64_C(42));

    /* arithmetic and the usual conversions */
    printf("%lld %lld %lld %lld %lld\n", a + b, a - b, a * b, a / b, a % b);
    printf("%lld %lld\n", -a / 7, -a % 7);
    printf("%llu %llu %llu\n", u / v, u % v, u * 3);
    printf("%lld %llu\n", a + x, (unsigned long long)i + x);
    printf("%d %d\n", -1LL < 0u, -1LL < 0ULL);          /* long long holds every unsigned */
    printf("%lld %lld %lld\n", a & b, a | b, a ^ b);
    printf("%lld %llx %llx\n", ~a, ~u, -u);
    printf("%lld %lld %llu %llu\n", a << 3, a >> 5, u >> 63, u << 63);
    printf("%lld %lld\n", b >> 40, b << 40);
    for (i = 0; i < 64; i += 9)
        printf("%llx/%llx ", rotate(0x0123456789ABCDEFULL, i + 1), (u >> i) ^ (a << i));
    printf("\n");

    /* comparisons */
    printf("%d%d%d%d%d%d ", a < b, a <= b, a > b, a >= b, a == b, a != b);
    printf("%d%d%d%d ", u > v, (long long)u > (long long)v, !a, !(a - a));
    printf("%d %d %d\n", sign_of(b), sign_of(0), sign_of(total));
    if (a && !(a - a) && (b || 0))
        printf("conditions\n");

    /* assignment, compound assignment, ++ and -- */
    c = a;
    c += b;
    c -= 1;
    c *= -3;
    c /= 7;
    c %= 1000000007;
    c <<= 2;
    c >>= 1;
    c &= 0xFFFFFFFFFFLL;
    c |= 1LL << 50;
    c ^= 5;
    printf("compound %lld\n", c);
    i = 100;
    i += a;                                         /* computed in long long, then cut */
    x *= 3ULL;
    printf("%d %u\n", i, x);
    c = 0xFFFFFFFFLL;
    printf("%lld ", c++);
    printf("%lld ", ++c);
    printf("%lld ", c--);
    printf("%lld\n", --c);

    /* conversions */
    printf("%d %u %d %d %d\n", (int)a, (unsigned)b, (short)a, (signed char)a, (unsigned char)b);
    printf("%lld %lld %llu\n", (long long)-5, (long long)4000000000u, (unsigned long long)-5);
    printf("%d %d\n", (_Bool)0x100000000LL, (_Bool)(a - a));

    /* memory: structs, arrays, pointers, globals */
    p->balance *= 1000000000;
    acct.flags |= 3;
    printf("struct %c %lld %llx %d\n", acct.tag, p->balance, acct.flags, acct.id);
    for (i = 0; i < 4; i++) {
        arr[i] = arr[i] * arr[(i + 1) % 4];
        printf("%lld ", arr[i]);
    }
    printf("%llu %llu %llu %lld\n", table[1], table[2] + table[3], *(table + 3) / 3, negative);
    {
        long long *q = &a;
        *q += 1;
        printf("pointer %lld %lld\n", a, q[0]);
    }

    /* calls, varargs, switch, ?: */
    printf("%lld %lld %llu\n", scale(a, -3), sum(3, 1LL, -2LL, 30000000000LL), fib(90));
    switch (a * 2) {
    case 2469135780248LL:
        printf("switch: big case\n");
        break;
    case 1:
        printf("switch: 1\n");
        break;
    default:
        printf("switch: default\n");
    }
    c = a > 0 ? a : -1;
    printf("ternary %lld %llu\n", c, b < 0 ? 0ULL : 1ULL);

    /* the library */
    printf("%lld %lld %lld\n", llabs(-5000000000LL), llabs(LLONG_MAX), atoll("  -9000000000x"));
    printf("%lld ", strtoll("0x7fffffffffffffff", &end, 0));
    printf("%lld ", strtoll("-9223372036854775809", &end, 10));   /* saturates */
    printf("%llu ", strtoull("18446744073709551616", &end, 10));
    printf("%llu ", strtoull("-1", &end, 10));
    v = strtoull("0777777777777777777777zz", &end, 0);
    printf("%llo '%s'\n", v, end);

    /* printf: flags, widths and precisions */
    printf("[%20lld] [%-20lld] [%020lld] [%+lld] [% lld]\n", b, b, b, a, a);
    printf("[%.15lld] [%#llx] [%#llo] [%llX] [%5.3lld]\n", a, u, v, 0xABCDEF0123ULL, 7LL);
    printf("[%lli] [%llu] [%lld] [%.0lld]\n", LLONG_MIN, 0ULL, 0LL, 0LL);
    return 0;
}

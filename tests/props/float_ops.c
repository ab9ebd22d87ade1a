/* Property test of the soft float: `count` random operand pairs (argv[1],
 * default 1000) per operation, drawn from uniformly random bit patterns and
 * special values (signed zeros, subnormals, the extremes, infinities, NaNs,
 * integers, halves, numbers one ulp apart); prints one checksum of the result
 * bits per operation.  tests/test_properties.py compares the lines with what
 * the same program prints compiled by gcc on x86-64 (SSE2, -ffp-contract=off). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define RANDOM_SEED 0x2545F4914F6CDD1DULL
#include "random.h"

union word32 { unsigned bits; float value; };

static const u64 special[] = {
    0, 0x8000000000000000ULL, 1, 0x800FFFFFFFFFFFFFULL, 0x0010000000000000ULL,
    0x7FEFFFFFFFFFFFFFULL, 0x7FF0000000000000ULL, 0xFFF0000000000000ULL,
    0x7FF8000000000000ULL, 0xFFF8000000000001ULL, 0x7FF0000000000001ULL,
    0x3FF0000000000000ULL, 0xBFF0000000000000ULL, 0x3FE0000000000000ULL,
    0x3FF8000000000000ULL, 0x4330000000000000ULL, 0x43E0000000000000ULL,
    0x41DFFFFFFFC00000ULL, 0xC1E0000000000000ULL, 0x3FF0000000000001ULL,
    0x47EFFFFFE0000000ULL, 0x36A0000000000000ULL, 0x3810000000000000ULL
};

static double operand(void)
{
    union word64 w;
    u64 r = next();
    switch ((unsigned)(r >> 61)) {
    case 0:
        w.bits = special[(unsigned)(r >> 8) % (sizeof special / sizeof special[0])];
        return w.value;
    case 1:                                 /* small integers and halves */
        return (double)(int)((unsigned)(r >> 20) % 2001 - 1000) / ((r >> 40) & 1 ? 2 : 1);
    case 2:                                 /* exponents near each other: cancellation */
        w.bits = (r & 0x800FFFFFFFFFFFFFULL) | 0x3FF0000000000000ULL;
        return w.value;
    case 3:                                 /* float-sized numbers */
        return (double)(float)((int)(unsigned)(r >> 32) / 65536.0);
    default:
        w.bits = next();
        return w.value;
    }
}

#define OPS 20
static const char *names[OPS] = {
    "add", "sub", "mul", "div", "sqrt", "cmp", "to_i32", "to_u32", "to_i64", "to_u64",
    "from_i32", "from_u32", "from_i64", "from_u64", "to_f32", "f32_add", "f32_mul",
    "f32_div", "f32_sqrt", "f32_conv"
};

static unsigned hash[OPS];

static void mix(int k, u64 r)
{
    hash[k] = (hash[k] ^ (unsigned)r) * 16777619u;
    hash[k] = (hash[k] ^ (unsigned)(r >> 32)) * 16777619u;
}

static u64 bits(double x)
{
    union word64 w;
    w.value = x;
    return w.bits;
}

static unsigned bits32(float x)
{
    union word32 w;
    w.value = x;
    return w.bits;
}

/* in range for the conversion to an integer type of `bits` bits (else undefined) */
static int fits(double x, double low, double high)
{
    return x > low && x < high;
}

int main(int argc, char **argv)
{
    int count = argc > 1 ? atoi(argv[1]) : 1000, i, k;
    double a, b;
    float fa, fb;
    u64 n;
    for (k = 0; k < OPS; k++)
        hash[k] = 2166136261u;
    for (i = 0; i < count; i++) {
        a = operand();
        b = operand();
        fa = (float)a;
        fb = (float)b;
        n = next();
        mix(0, bits(a + b));
        mix(1, bits(a - b));
        mix(2, bits(a * b));
        mix(3, bits(a / b));
        mix(4, bits(sqrt(a)));
        mix(5, (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4
               | (a != b) << 5 | !a << 6);
        mix(6, fits(a, -2147483649.0, 2147483648.0) ? (u64)(int)a : 1);
        mix(7, fits(a, -1.0, 4294967296.0) ? (u64)(unsigned)a : 1);
        mix(8, fits(a, -9223372036854775808.0 * 1.0000000001, 9223372036854775808.0)
               ? (u64)(long long)a : 1);
        mix(9, fits(a, -1.0, 18446744073709551616.0) ? (unsigned long long)a : 1);
        mix(10, bits((double)(int)n));
        mix(11, bits((double)(unsigned)n));
        mix(12, bits((double)(long long)(n >> (n & 63))));
        mix(13, bits((double)(n >> (n & 63))));
        mix(14, bits32((float)a));
        mix(15, bits32(fa + fb) | (u64)bits32(fa - fb) << 32);
        mix(16, bits32(fa * fb));
        mix(17, bits32(fa / fb));
        mix(18, bits32(sqrtf(fa)));
        mix(19, bits32((float)(long long)n) ^ (u64)bits32((float)(unsigned)n) << 32
                ^ (u64)(fits(fa, -2147483649.0, 2147483648.0) ? (int)fa : 1) << 16);
    }
    for (k = 0; k < OPS; k++)
        printf("%s %08x\n", names[k], hash[k]);
    return 0;
}

/* Property test of the 64-bit integer operations: `count` random operand pairs
 * (argv[1], default 1000) per operation, drawn from a mix of uniformly random
 * numbers and special values (0, +-1, the extremes, powers of two and their
 * neighbours, numbers that fit 16 and 32 bits); prints one checksum of the
 * results per operation.  tests/test_int64.py compares the lines with what the
 * same program prints compiled by gcc.  Division by zero and LLONG_MIN / -1
 * (a trap on x86-64) are skipped.  Only long long, never long: long is 32 bits
 * here and 64 on the x86-64 host. */
#include <stdio.h>
#include <stdlib.h>

#define RANDOM_SEED 0x9E3779B97F4A7C15ULL
#include "random.h"

typedef long long i64;

static const u64 special[] = {
    0, 1, 2, 3, 0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFFEULL,
    0x7FFFFFFFFFFFFFFFULL, 0x8000000000000000ULL, 0x8000000000000001ULL,
    0xFFFFFFFFULL, 0x100000000ULL, 0xFFFFFFFF00000000ULL, 0x7FFFFFFFULL, 0x80000000ULL,
    0xFFFF, 0x10000, 10000, 10, 0xFFFFFFFF80000000ULL, 0x00000001FFFFFFFFULL
};

static u64 operand(void)
{
    u64 r = next();
    switch ((unsigned)(r >> 61)) {
    case 0:
        return special[(unsigned)(r >> 8) % (sizeof special / sizeof special[0])];
    case 1:                                  /* small magnitudes, both signs */
        return (r & 1 ? -(u64)1 : 1) * ((r >> 8) & 0xFFFF);
    case 2:                                  /* 32-bit numbers, both signs */
        return (u64)(i64)(int)(unsigned)(r >> 16);
    case 3:                                  /* a power of two, or its neighbours */
        return ((u64)1 << ((r >> 8) & 63)) + ((r >> 16) % 3) - 1;
    default:
        return next();
    }
}

#define OPS 22
static const char *names[OPS] = {
    "add", "sub", "mul", "udiv", "umod", "sdiv", "smod", "and", "or", "xor", "shl",
    "shru", "shrs", "shl_k", "shrs_k", "lts", "ltu", "eq", "neg", "to_int", "int_to",
    "mul32"
};

int main(int argc, char **argv)
{
    unsigned hash[OPS];
    int count = argc > 1 ? atoi(argv[1]) : 1000, i, k;
    u64 a, b, r;
    i64 sa, sb;
    for (k = 0; k < OPS; k++)
        hash[k] = 2166136261u;
    for (i = 0; i < count; i++) {
        a = operand();
        b = operand();
        sa = (i64)a;
        sb = (i64)b;
        for (k = 0; k < OPS; k++) {
            switch (k) {
            case 0: r = a + b; break;
            case 1: r = a - b; break;
            case 2: r = a * b; break;
            case 3: r = b ? a / b : 0; break;
            case 4: r = b ? a % b : 0; break;
            case 5: r = sb && !(sb == -1 && sa == (i64)0x8000000000000000ULL) ? (u64)(sa / sb) : 0; break;
            case 6: r = sb && !(sb == -1 && sa == (i64)0x8000000000000000ULL) ? (u64)(sa % sb) : 0; break;
            case 7: r = a & b; break;
            case 8: r = a | b; break;
            case 9: r = a ^ b; break;
            case 10: r = a << (b & 63); break;
            case 11: r = a >> (b & 63); break;
            case 12: r = (u64)(sa >> (b & 63)); break;
            case 13: r = (a << 7) ^ (a << 32) ^ (a << 45); break;
            case 14: r = (u64)((sa >> 3) ^ (sa >> 32) ^ (sa >> 50)); break;
            case 15: r = (sa < sb) + 2 * (sa <= sb) + 4 * (sa > sb) + 8 * (sa >= sb); break;
            case 16: r = (a < b) + 2 * (a <= b) + 4 * (a > b) + 8 * (a >= b); break;
            case 17: r = (a == b) + 2 * (a != b) + 4 * (a == 0) + 8 * !b; break;
            case 18: r = -a ^ ~b; break;
            case 19: r = (u64)(int)a + (unsigned char)b + (u64)(short)(a >> 40); break;
            case 20: r = (u64)(i64)(int)(unsigned)a ^ (u64)(unsigned)b; break;
            default: r = (u64)(unsigned)a * (unsigned)b; break;
            }
            hash[k] = (hash[k] ^ (unsigned)r) * 16777619u;
            hash[k] = (hash[k] ^ (unsigned)(r >> 32)) * 16777619u;
        }
    }
    for (k = 0; k < OPS; k++)
        printf("%s %08x\n", names[k], hash[k]);
    return 0;
}

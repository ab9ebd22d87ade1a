/* Property test of printf's %f %e %g %a: `count` random doubles (argv[1], default
 * 100), each printed with every format below by snprintf; prints one checksum
 * of the bytes per format.  The doubles are uniformly random bit patterns,
 * "nice" decimals k / 10^n, integers, powers of two, halfway cases (an odd
 * number times a power of two), subnormals and the specials.
 * tests/test_properties.py compares the lines with glibc's (gcc's build). */
#include <stdio.h>
#include <stdlib.h>

#define RANDOM_SEED 0x9E3779B97F4A7C15ULL
#include "random.h"

static const char *formats[] = {
    "%f", "%.0f", "%.1f", "%.3f", "%.10f", "%.17f", "%e", "%.0e", "%.3e", "%.16e", "%g",
    "%.0g", "%.1g", "%.3g", "%.10g", "%.17g", "%#g", "%#.3g", "%#.0f", "%#.0e", "%E", "%G",
    "%F", "%+f", "%+e", "% g", "%-12.3f|", "%012.4f", "%012e", "%+015.5g", "%-+10g|",
    "%25.15e", "%.40f", "%a", "%.0a", "%.3a", "%#A", "%-+22.5a|", "%020.1a", "%.15a"
};
#define FORMATS ((int)(sizeof formats / sizeof formats[0]))

static double value(void)
{
    union word64 w;
    u64 r = next();
    static const double tens[] = { 1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8 };
    switch ((unsigned)(r >> 60)) {
    case 0:                                         /* k / 10^n */
        return (double)(int)((unsigned)(r >> 8) % 2000001 - 1000000) / tens[(r >> 32) % 9];
    case 1:                                         /* an integer */
        return (double)(long long)(next() >> (r & 63));
    case 2:                                         /* an odd number times 2^e: ties */
        w.value = (double)((r >> 8) % 1000 * 2 + 1);
        w.bits += (u64)((unsigned)(r >> 40) % 80) << 52;
        w.bits -= (u64)40 << 52;
        return w.value;
    case 3:                                         /* a subnormal */
        w.bits = next() & 0x800FFFFFFFFFFFFFULL;
        return w.value;
    case 4:
        w.bits = r & 1 ? 0x7FF0000000000000ULL : 0x7FF8000000000000ULL;
        w.bits |= r & 2 ? 0x8000000000000000ULL : 0;
        return w.value;
    default:
        w.bits = next();
        return w.value;
    }
}

int main(int argc, char **argv)
{
    unsigned hash[FORMATS];
    char text[1200];
    int count = argc > 1 ? atoi(argv[1]) : 100, i, k, n, j;
    double x;
    for (k = 0; k < FORMATS; k++)
        hash[k] = 2166136261u;
    for (i = 0; i < count; i++) {
        x = value();
        for (k = 0; k < FORMATS; k++) {
            n = snprintf(text, sizeof text, formats[k], x);
            hash[k] = (hash[k] ^ (unsigned)n) * 16777619u;
            for (j = 0; j < n && j < (int)sizeof text - 1; j++)
                hash[k] = (hash[k] ^ (unsigned char)text[j]) * 16777619u;
        }
    }
    for (k = 0; k < FORMATS; k++)
        printf("%-10s %08x\n", formats[k], hash[k]);
    return 0;
}

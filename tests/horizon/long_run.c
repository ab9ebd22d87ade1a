/*
 * long_run.c -- a long trace for the horizon test: about 74 tokens per
 * iteration of a loop that stores, loads, divides, calls and prints, so
 * that every kind of head works far past the first 2**24 positions.
 *
 * Usage:  long_run n        (prints a checksum every 65,536 iterations)
 */
#include <stdio.h>

static unsigned char ring[4096];

static unsigned mix(unsigned h, unsigned v) { return (h ^ v) * 16777619u; }

int main(int argc, char **argv)
{
    unsigned n = 0, h = 2166136261u;
    for (char *s = argv[1]; *s; s++)
        n = 10 * n + (unsigned)(*s - '0');
    for (unsigned i = 0; i < n; i++) {
        ring[(i * 7) & 4095] = (unsigned char)(i / 3);
        h = mix(h, ring[(i * 13) & 4095] + i % 10);
        if ((i & 65535) == 0)
            printf("%u %u\n", i, h);
    }
    printf("%u\n", h);
    return (int)(h & 127);
}

/* length modifiers l, h, hh, z with values that fit the converted type */
#include <stdio.h>
#include <stddef.h>

int main(void)
{
    long a = 2000000000L, b = -2000000000L;
    unsigned long c = 4000000000UL;
    short s = -1234;
    unsigned short us = 65535;
    signed char sc = -100;
    unsigned char uc = 200;
    size_t z = 12345;
    printf("%ld %ld %li %lu %lx %lX\n", a, b, b, c, c, c);
    printf("[%12ld] [%-12ld] [%012ld]\n", b, b, b);
    printf("%hd %hu %hx %hi\n", s, us, us, s);
    printf("%hhd %hhu %hhx\n", sc, uc, uc);
    printf("%zu %zx\n", z, z);
    fprintf(stdout, "%ld %lu %hd %hhd %zu %.8lx\n", b, c, s, sc, z, 255UL);
    return 0;
}

/* putchar and exit with a 64-bit (or double) argument: the prototype converts
   it to int.  tinyexec's builtins took the value as it came and crashed
   (AttributeError: 'Wide' object has no attribute 'kind').  Found by seeds
   910114 and 910140 at size 1.5 (putchar of an unsigned long long). */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    unsigned long long v = 0x4142434445464748ULL;
    long long n = -0x7fffffffffffff9fLL;
    double d = 67.9;
    putchar(v);
    putchar(0x4142434445464749ULL << (v & 1));
    putchar(n);
    putchar(d);
    putchar('\n');
    exit(0x100000000000002aLL);
}

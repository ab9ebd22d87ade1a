/* strtof (and sscanf's %f into a float) rounds twice: the text to the
   nearest double, then that double to float.  2147483776.000...001 lies just
   above the midpoint 2^31 + 128 between two floats: glibc rounds it up
   (0x4f000001); the nearest double is the midpoint itself, which then rounds
   to even (0x4f000000). */
#include <stdio.h>
#include <stdlib.h>

union fbits { float f; unsigned u; };

int main(void)
{
    union fbits a, b, c;
    a.f = strtof("2.147483776000000000000001e9", 0);
    b.f = strtof("1.000000059604644775390625000001", 0);   /* 1 + 2^-24 + tiny */
    sscanf("2.147483776000000000000001e9", "%f", &c.f);
    printf("%08x %08x %08x\n", a.u, b.u, c.u);
    return 0;
}

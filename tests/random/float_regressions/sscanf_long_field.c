/* sscanf's %lf (and %f, %e, %g) copies the field into a 64-byte buffer before
   strtod reads it, so a number longer than 63 characters is cut: here the
   exponent is left out (1 instead of 1000), and the rest is read as the next
   field.  glibc reads the whole number. */
#include <stdio.h>

int main(void)
{
    double d = -1.0;
    char rest[16] = "";
    int n = sscanf("1.0000000000000000000000000000000000000000000000000000000000000e3 end",
                   "%lf %15s", &d, rest);
    printf("%d %g %s\n", n, d, rest);
    return 0;
}

/* printf's %a and %A (C99 7.19.6.1), the ' flag (nothing, in the C locale),
   %n, and a conversion printf does not know (printed as it stands, as
   glibc prints it, taking no argument). */
#include <stdio.h>

int main(void)
{
    double values[] = {0.0, -0.0, 1.0, 0.1, -3.5, 1.9999999999999998, 0x1.08p0, 0x1.18p0,
                       0x1.8p0, 4.9e-324, 2.2250738585072009e-308, 2.2250738585072014e-308,
                       1e300, 1.0 / 0.0};
    const char *formats[] = {"[%a]", "[%A]", "[%.0a]", "[%.1a]", "[%#.0a]", "[%14a]",
                             "[%-14a]", "[%014a]", "[%+.3a]", "[% .13a]", "[%.15a]"};
    unsigned i, j;
    int count = 0;
    for (i = 0; i < sizeof values / sizeof values[0]; i++) {
        for (j = 0; j < sizeof formats / sizeof formats[0]; j++)
            printf(formats[j], values[i]);
        printf("\n");
    }
    printf("%'d|%'.2f|%y|%5k|%d%n|\n", 1234567, 1234.5, 7, &count);
    printf("count %d, float %a\n", count, 0.1f);
    return 0;
}

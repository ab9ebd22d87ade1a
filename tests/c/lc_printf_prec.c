/* printf precision: minimum digits for integers, maximum bytes for strings */
#include <stdio.h>

int main(void)
{
    const char *s = "abcdefgh";
    printf("[%.3s] [%.0s] [%.8s] [%.20s]\n", s, s, s, s);
    printf("[%8.3s] [%-8.3s] [%2.5s]\n", s, s, s);
    printf("[%.5d] [%.5d] [%.1d] [%.3d]\n", 42, -42, 12345, 1234567);
    printf("[%.0d] [%.0u] [%.0x] [%5.0d]\n", 0, 0u, 0u, 0);
    printf("[%8.3d] [%-8.3d] [%08.3d] [%8.3d]\n", 7, 7, 7, -7);
    printf("[%.4x] [%.4X] [%6.4x] [%.2o]\n", 171, 171, 171, 7);
    printf("[%.10u]\n", 4294967295u);
    printf("[%.d] [%.s]\n", 9, "gone");
    return 0;
}

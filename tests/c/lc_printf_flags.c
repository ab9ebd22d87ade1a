/* printf flags + space # - 0, through the library formatter (fprintf to stdout,
 * sprintf) and through printf with a format held in a variable. */
#include <stdio.h>

int main(void)
{
    const char *fmt = "[%+d] [% d] [%+d] [% d]\n";
    char buf[80];
    int n;
    fprintf(stdout, "[%+d] [%+d] [%+d] [% d] [% d] [% d]\n", 5, -5, 0, 5, -5, 0);
    fprintf(stdout, "[%+ d] [% +d] [%+5d] [% 5d] [%-+5d] [%+05d]\n", 3, 3, 3, 3, 3, 3);
    fprintf(stdout, "[%#x] [%#X] [%#o] [%#x] [%#o]\n", 255, 255, 8, 0, 0);
    fprintf(stdout, "[%#8x] [%#-8x] [%#08x] [%#.4x] [%#5o]\n", 26, 26, 26, 26, 26);
    fprintf(stdout, "[%-05d] [%0-5d] [%-+06d]\n", 42, 42, 42);
    fprintf(stdout, "[%+u] [% u] [%+x]\n", 9u, 9u, 9u);
    printf(fmt, 12, 12, -12, -12);
    n = sprintf(buf, "%+d|% d|%#x|%#o|%-4d|%04d", 1, 2, 3, 4, 5, 6);
    printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%+.3d|% .3d|%#.0o|%#.3o", 7, 7, 0, 8);
    printf("%s (%d)\n", buf, n);
    return 0;
}

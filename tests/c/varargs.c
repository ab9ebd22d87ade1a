/* variadic functions, the printf family, stderr, sprintf/snprintf */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

int sum(int n, ...) {
    va_list ap;
    int s = 0;
    va_start(ap, n);
    while (n-- > 0) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

void log_line(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
}

int main(void) {
    char buf[64];
    const char *fmt = "%d-%s|%5.2s|%-4c|%+d|% d|%#x|%#o|%.3d|%p\n";
    int n;
    printf("%d %d %d\n", sum(0), sum(1, 5), sum(4, 1, 2, 3, 4));
    printf(fmt, 7, "seven", "abc", 'q', 5, 5, 255, 8, 7, (void *)0x1234);
    n = sprintf(buf, "[%08.3d|%*d|%-*d]", 42, 5, 1, 3, 2);
    printf("%s %d\n", buf, n);
    n = snprintf(buf, 6, "%s", "truncated");
    printf("%s %d %d\n", buf, n, (int)strlen(buf));
    log_line("%s=%u\n", "x", 4000000000u);
    fprintf(stderr, "to stderr %d\n", 3);
    fputs("done\n", stdout);
    return 0;
}

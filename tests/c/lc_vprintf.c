/* the v* printf family behind user-written variadic wrappers */
#include <stdio.h>
#include <stdarg.h>

static int logf_count;

static int log_line(const char *level, const char *fmt, ...)
{
    va_list ap;
    int n;
    logf_count++;
    n = printf("[%s #%d] ", level, logf_count);
    va_start(ap, fmt);
    n = vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    return n;
}

static void warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static int format(char *buf, int size, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

static char *join(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsprintf(buf, fmt, ap);
    va_end(ap);
    return buf;
}

int main(void)
{
    char buf[16];
    int n;
    n = log_line("info", "%d + %d = %d", 2, 3, 5);
    printf("vprintf returned %d\n", n);
    log_line("info", "%-6s|%5s|", "left", "right");
    log_line("debug", "no arguments");
    warn("value %x out of range %c%d..%d%c", 255, '[', 0, 100, ']');
    n = format(buf, sizeof buf, "%s-%s-%s", "alpha", "beta", "gamma");
    printf("vsnprintf: \"%s\" returned %d\n", buf, n);
    printf("vsprintf: %s\n", join(buf, "%03d/%03d", 7, 42));
    return 0;
}

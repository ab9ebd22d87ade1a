/* sprintf and snprintf: return values, truncation, the terminating zero */
#include <stdio.h>
#include <string.h>

static void show(const char *what, const char *buf, int n)
{
    printf("%-10s ret=%2d len=%2d \"%s\"\n", what, n, (int)strlen(buf), buf);
}

int main(void)
{
    char buf[32];
    char small[8];
    char *p;
    int n, i;
    n = sprintf(buf, "%d-%s-%c", 123, "abc", 'z');
    show("sprintf", buf, n);
    n = sprintf(buf, "");
    show("empty", buf, n);
    memset(small, 'X', sizeof small);
    n = snprintf(small, sizeof small, "%s", "hello world");
    show("truncated", small, n);
    memset(small, 'X', sizeof small);
    n = snprintf(small, sizeof small, "%d", 1234567);
    show("exact fit", small, n);
    memset(small, 'X', sizeof small);
    n = snprintf(small, 1, "%d", 99);
    show("size 1", small, n);
    memset(small, 'X', sizeof small);
    n = snprintf(small, 0, "%s", "nothing written");
    printf("size 0     ret=%d untouched=%c%c\n", n, small[0], small[7]);
    n = snprintf(NULL, 0, "%05d|%x", 42, 255);
    printf("measure    ret=%d\n", n);
    memset(small, 'X', sizeof small);
    snprintf(small, 5, "abcdefg");
    for (i = 0; i < 8; i++)
        printf("%d ", small[i]);
    printf("\n");
    /* appending piece by piece */
    p = buf;
    for (i = 1; i <= 5; i++)
        p += sprintf(p, "%d,", i * i);
    show("appended", buf, (int)(p - buf));
    n = snprintf(buf, sizeof buf, "%-6s|%6s|", "ab", "cd");
    show("padded", buf, n);
    return 0;
}

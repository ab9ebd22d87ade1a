/* puts, putchar, fputs, fputc, putc, fprintf(stdout) and printf return values */
#include <stdio.h>

int main(void)
{
    int r, i;
    puts("puts adds a newline");
    puts("");
    fputs("fputs does not", stdout);
    fputs(" add one\n", stdout);
    r = putchar('A');
    putchar('\n');
    printf("putchar returned %d\n", r);
    fputc('c', stdout);
    putc('d', stdout);
    fputc('\n', stdout);
    r = fprintf(stdout, "%s=%d\n", "fprintf", 7);
    printf("fprintf returned %d\n", r);
    printf("%5d|%-3s|\n", 12, "x");
    for (i = 0; i < 26; i++)
        putchar('a' + i);
    putchar('\n');
    for (i = 0; i < 3; i++) {
        fputs("row ", stdout);
        putchar('0' + i);
        puts(":");
    }
    return 0;
}

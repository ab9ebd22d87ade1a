/* stdout and stderr are separate streams; exit status 1 after errors */
#include <stdio.h>

static int check(int v)
{
    if (v < 0) {
        fprintf(stderr, "error: negative value %d\n", v);
        return 1;
    }
    printf("value %d ok\n", v);
    return 0;
}

int main(void)
{
    int data[5] = {3, -1, 4, -15, 9};
    int i, errors = 0, r;
    fputs("starting\n", stderr);
    for (i = 0; i < 5; i++)
        errors += check(data[i]);
    r = fprintf(stderr, "[%5s|%-4d|%x]\n", "ab", 7, 255);
    printf("fprintf to stderr returned %d\n", r);
    fputc('!', stderr);
    putc('\n', stderr);
    fprintf(stderr, "%d error(s)\n", errors);
    printf("done\n");
    return errors ? 1 : 0;
}

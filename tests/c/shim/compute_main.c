/* gcc's side of the compute() convention (see tinyexec/libc/compute.c): join the
 * arguments with spaces and call compute; print_str, print_int, parse_int. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void compute(const char *input);

void print_str(const char *s) { printf("%s", s); }
void print_int(int v) { printf("%d", v); }

int parse_int(const char *s)
{
    return (int)strtol(s, NULL, 10);
}

int main(int argc, char **argv)
{
    static char input[4096];
    for (int i = 1; i < argc; i++) {
        if (i > 1)
            strcat(input, " ");
        strcat(input, argv[i]);
    }
    compute(input);
    return 0;
}

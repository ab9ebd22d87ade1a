/*
 * compute.c -- the entry point of programs written for the transformer-VM
 * convention: no main, but `void compute(const char *input)`, whose input is
 * the whole argument string (the arguments joined by single spaces).  Such
 * programs call printf, print_str, print_int and parse_int without including
 * or declaring anything.  Linked only into programs that define compute and
 * not main; a program's own print_int, say, replaces the one here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

void compute(const char *input);

void print_str(const char *s)
{
    fputs(s, stdout);
}

void print_int(int v)
{
    printf("%d", v);
}

/* Leading spaces, an optional sign, then decimal digits (stops at the first non-digit). */
int parse_int(const char *s)
{
    int v = 0, neg = 0;
    while (isspace(*s))
        s++;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    while (isdigit(*s))
        v = v * 10 + (*s++ - '0');
    return neg ? -v : v;
}

int __compute_main(int argc, char **argv)
{
    int i, n = 1;
    for (i = 1; i < argc; i++)
        n += strlen(argv[i]) + 1;
    char *input = malloc(n), *end = input;
    *end = 0;
    for (i = 1; i < argc; i++) {
        if (i > 1)
            *end++ = ' ';
        strcpy(end, argv[i]);
        end += strlen(argv[i]);
    }
    compute(input);
    return 0;
}

/*
 * fibonacci.c -- the first N Fibonacci numbers.
 *
 * Usage:  fibonacci [N]        (default N = 30)
 *
 * Prints fib(1) .. fib(N), one per line, where fib(1) = fib(2) = 1 and
 * fib(k) = fib(k-1) + fib(k-2).  The numbers are 32-bit unsigned integers,
 * so from fib(48) on they wrap around modulo 2^32, as C arithmetic does.
 */
#include <stdio.h>

/* Decimal string to int; -1 if it is empty or not all digits. */
int parse_count(char *s)
{
    int n = 0;
    if (*s == 0)
        return -1;
    while (*s) {
        if (*s < '0' || *s > '9' || n > 100000)
            return -1;
        n = n * 10 + (*s - '0');
        s++;
    }
    return n;
}

int main(int argc, char **argv)
{
    int n = 30;
    int i;
    unsigned a = 0;     /* fib(i - 1) */
    unsigned b = 1;     /* fib(i)     */
    unsigned next;

    if (argc > 1)
        n = parse_count(argv[1]);
    if (argc > 2 || n < 0) {
        printf("usage: fibonacci [N]\n");
        return 1;
    }

    for (i = 1; i <= n; i++) {
        printf("fib(%d) = %u\n", i, b);
        next = a + b;
        a = b;
        b = next;
    }
    return 0;
}

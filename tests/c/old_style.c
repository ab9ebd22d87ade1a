/* Old-style (K&R) function definitions: parameter declarations between the
   ) and the body; an undeclared one is an int. */
#include <stdio.h>

double scale();

double scale(x, n, c)
    float x;
    char c;
{
    return x * n + c;
}

int diff(a, b)
    int a, b;
{
    return a - b;
}

static char *pick(s, i) char *s; { return s + i; }

int sum3(a, b, c) { return a + b + c; }       /* no declarations: all int */

int main(void)
{
    printf("%.17g %.17g\n", scale(2.5f, 3, 1), scale(0.1, 3, 1));
    printf("%d %s %d\n", diff(7, 2), pick("old style", 4), sum3(1, 2, 3));
    return 0;
}

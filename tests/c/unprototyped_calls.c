/* A function type declared with "()" leaves the parameters unknown (C99
   6.7.5.3p14): calls through such a pointer pass any arguments, with the
   default argument promotions, to an old-style definition. */
#include <stdio.h>

int difference();
static double half();

static int apply(int (*function)(), int a, int b) { return function(a, b); }

int main(void) {
    int (*pointer)() = difference;
    double (*halver)() = half;
    char c = 'A';
    short s = 300;
    printf("%d %d %d\n", apply(difference, 5, 9), pointer(c, s), difference(10, 4));
    printf("%g\n", halver(3.0f));
    return 0;
}

int difference(a, b) int a, b; { return a - b; }
static double half(x) double x; { return x / 2; }

/* A parameter declared with a function type is a pointer to a function
   (C99 6.7.5.3p8), in a definition, a prototype and an old-style definition. */
#include <stdio.h>

static int square(int x) { return x * x; }
static int negate(int x) { return -x; }

static int apply(int f(int), int x) { return f(x); }
static int apply_star(int (f)(int), int x) { return (*f)(x); }
static int twice(int f(int), int x);
static int twice(int f(int), int x) { return f(f(x)); }
static int old_style(f, x) int f(int); int x; { return f(x) + 1; }

int main(void) {
    int (*kept)(int) = 0;
    printf("%d %d %d %d\n", apply(square, 7), apply_star(negate, 8), twice(square, 3), old_style(square, 4));
    printf("%d\n", (int)(sizeof(kept) == sizeof(&square)));
    return 0;
}

/* Calls of function pointers returned by calls, and through pointers to them. */
#include <stdio.h>

typedef int (*unary)(int);

static int inc(int x) { return x + 1; }
static int sq(int x) { return x * x; }
static unary get(int which) { return which ? sq : inc; }
static unary table[2] = { inc, sq };
static unary *slot(int i) { return &table[i]; }

int main(void) {
    int (*g)(int) = sq;
    int (**pf)(int) = &g;
    printf("%d %d\n", get(0)(5), get(1)(get(0)(2)));
    printf("%d %d %d\n", pf[0](4), (*pf)(4), (**pf)(3));
    printf("%d %d\n", (*slot(0))(7), (*sq)(6));
    printf("%d\n", (*get(1))(9));
    return get(1)(3) - 9;
}

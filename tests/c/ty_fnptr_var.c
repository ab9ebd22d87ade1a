#include <stdio.h>

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int negate(int x) { return -x; }
static void hello(void) { printf("hello called\n"); }

int main(void) {
    int (*f)(int) = twice;
    int (*g)(int) = &square;
    void (*h)(void) = hello;
    int r;

    printf("f(5)=%d (*f)(5)=%d\n", f(5), (*f)(5));
    printf("g(7)=%d\n", g(7));
    f = negate;
    printf("f(5)=%d\n", f(5));
    printf("same: %d diff: %d\n", f == negate, f == g);
    h();
    (*h)();
    r = f(g(3));
    printf("f(g(3))=%d\n", r);
    f = 0;
    printf("null? %d\n", f == 0);
    f = g;
    printf("f(f(2))=%d\n", f(f(2)));
    {
        int (*const fixed)(int) = twice;
        int (**pf)(int) = &g;
        printf("fixed(21)=%d pf[0](4)=%d\n", fixed(21), pf[0](4));
        *pf = twice;
        printf("g(4) after reassign via pointer=%d\n", g(4));
    }
    return 0;
}

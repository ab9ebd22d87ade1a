#include <stdio.h>

extern int shared;              /* declared here, defined below */
int shared = 5;
static const int table[4] = { 2, 3, 5, 7 };
const char *const greeting = "hi";

static int sum_const(const int *p, int n) {
    register int s = 0;
    register int i;
    for (i = 0; i < n; i++) s += p[i];
    return s;
}

static void bump(int *const p) { (*p)++; }

int main(void) {
    const int k = 10;
    volatile int v = 3;
    int x = 1;
    const int *pc = &x;       /* pointer to const: can't write *pc, can move pc */
    int *const cp = &x;       /* const pointer: can write *cp */
    const volatile int cv = 8;
    int i;

    printf("k=%d v=%d shared=%d cv=%d\n", k, v, shared, cv);
    for (i = 0; i < 4; i++) v += i;
    printf("v=%d\n", v);
    *cp = 42;
    printf("*pc=%d\n", *pc);
    pc = &k;
    printf("*pc=%d\n", *pc);
    bump(cp);
    bump(&shared);
    printf("x=%d shared=%d\n", x, shared);
    printf("sum_const=%d greeting=%s\n", sum_const(table, 4), greeting);
    {
        extern int shared;     /* block-scope extern refers to the global */
        shared += 100;
    }
    printf("shared=%d\n", shared);
    {
        register int r = k * 2;
        volatile unsigned char vc = 250;
        vc += 10;
        printf("r=%d vc=%u\n", r, vc);
    }
    return 0;
}

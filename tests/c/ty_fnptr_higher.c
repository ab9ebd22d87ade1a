#include <stdio.h>

typedef int (*unary)(int);

static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }
static int sq(int x) { return x * x; }
static int is_odd(int x) { return x & 1; }

static void map(int *a, int n, unary f) {
    int i;
    for (i = 0; i < n; i++) a[i] = f(a[i]);
}

static int count_if(const int *a, int n, int (*pred)(int)) {
    int i, c = 0;
    for (i = 0; i < n; i++) if (pred(a[i])) c++;
    return c;
}

static unary choose(char c) {
    switch (c) {
    case '+': return inc;
    case '-': return dec;
    case '*': return sq;
    default: return 0;
    }
}

/* function returning a pointer to function, without typedef */
static int (*pick(int which))(int) {
    return which ? sq : inc;
}

static int apply_n(unary f, int n, int x) {
    while (n-- > 0) x = f(x);
    return x;
}

static void show(const int *a, int n) {
    int i;
    for (i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
}

int main(void) {
    int a[6] = { 1, 2, 3, 4, 5, 6 };
    const char *cmds = "+*-?";
    int i;

    map(a, 6, sq);
    show(a, 6);
    map(a, 6, choose('-'));
    show(a, 6);
    printf("odd count=%d\n", count_if(a, 6, is_odd));
    for (i = 0; cmds[i]; i++) {
        unary f = choose(cmds[i]);
        if (f) printf("%c(10)=%d\n", cmds[i], f(10));
        else printf("%c unknown\n", cmds[i]);
    }
    {
        int (*p1)(int) = pick(1);
        unary p0 = pick(0);
        printf("pick(1)(5)=%d pick(0)(5)=%d\n", p1(5), p0(5));
    }
    printf("apply_n(sq,3,2)=%d apply_n(inc,10,0)=%d\n", apply_n(sq, 3, 2), apply_n(inc, 10, 0));
    printf("nested=%d\n", apply_n(pick(0), 3, apply_n(choose('*'), 1, 3)));
    return 0;
}

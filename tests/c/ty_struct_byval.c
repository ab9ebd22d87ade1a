#include <stdio.h>

typedef struct { int num, den; } frac;
typedef struct { char name[8]; int scores[3]; } entry;

static int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a < 0 ? -a : a; }

static frac make(int n, int d) {
    frac f;
    int g = gcd(n, d);
    f.num = n / g;
    f.den = d / g;
    return f;
}

static frac add(frac a, frac b) { return make(a.num * b.den + b.num * a.den, a.den * b.den); }

static void clobber(entry e) {
    e.scores[0] = -1;
    e.name[0] = 'X';
    printf("inside: %s %d\n", e.name, e.scores[0]);
}

static entry best(entry a, entry b) {
    int sa = a.scores[0] + a.scores[1] + a.scores[2];
    int sb = b.scores[0] + b.scores[1] + b.scores[2];
    if (sa >= sb) return a;
    return b;
}

int main(void) {
    frac h = make(1, 2), t = make(2, 6);
    frac s = add(h, t);
    entry e1 = { "joe", { 5, 6, 7 } }, e2 = { "kim", { 9, 9, 1 } };
    entry w;

    printf("1/2+1/3 = %d/%d\n", s.num, s.den);
    printf("chain = %d/%d\n", add(add(h, h), make(-3, 4)).num, add(add(h, h), make(-3, 4)).den);
    clobber(e1);
    printf("after: %s %d\n", e1.name, e1.scores[0]);
    w = best(e1, e2);
    printf("best=%s\n", w.name);
    w.scores[1] = 0;
    printf("e2.scores[1]=%d w.scores[1]=%d\n", e2.scores[1], w.scores[1]);
    printf("direct member of return: %d\n", make(10, 4).num);
    return 0;
}

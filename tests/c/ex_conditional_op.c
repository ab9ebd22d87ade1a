/* the conditional operator ?: */
#include <stdio.h>

struct pt { int x, y; };

static int id(int x) { return x; }
static int noisy(int v) { printf("[%d]", v); return v; }

static const char *sign(int v) { return v < 0 ? "neg" : v == 0 ? "zero" : "pos"; }

static int grade(int s) {
    return s >= 90 ? 'A' : s >= 80 ? 'B' : s >= 70 ? 'C' : 'F';
}

int main(void) {
    int a = id(3), b = id(7), i;
    unsigned u = 1;
    char c = -1;
    int vals[3] = {-4, 0, 9};
    printf("%d %d\n", a > b ? a : b, a < b ? a : b);
    for (i = 0; i < 3; i++)
        printf("%s ", sign(vals[i]));
    printf("\n");
    printf("%c%c%c%c\n", grade(95), grade(85), grade(71), grade(12));
    /* only one branch is evaluated */
    i = noisy(1) ? noisy(10) : noisy(20);
    printf(" i=%d\n", i);
    i = noisy(0) ? noisy(10) : noisy(20);
    printf(" i=%d\n", i);
    /* mixed types: int and unsigned give unsigned */
    printf("%u\n", id(1) ? -1 : u);
    printf("%d\n", (id(1) ? -1 : u) > 0);
    printf("%d\n", (id(1) ? -1 : 0) > 0);
    /* char and int give int */
    printf("%d\n", id(0) ? 1000 : c);
    printf("%u\n", sizeof(id(0) ? c : c) == 1);
    printf("%u\n", sizeof(id(0) ? c : 1) == sizeof(int));
    /* right associative nesting */
    printf("%d\n", id(0) ? 1 : id(0) ? 2 : id(1) ? 3 : 4);
    printf("%d\n", id(1) ? id(0) ? 5 : 6 : 7);
    /* in arguments and arithmetic */
    printf("%d\n", 100 + (a > 2 ? 10 : 20) * 2);
    printf("%s\n", b % 2 ? "odd" : "even");
    /* pointer results */
    {
        int x = 1, y = 2;
        int *p = a > b ? &x : &y;
        *p = 50;
        *(a < b ? &x : &y) += 5;
        printf("%d %d\n", x, y);
        p = id(0) ? p : 0;
        printf("%d\n", p == 0);
    }
    /* struct pointer operands */
    {
        struct pt p1 = {1, 2}, p2 = {3, 4}, r;
        r = *(a > 0 ? &p2 : &p1);
        printf("%d %d\n", r.x, r.y);
        printf("%d\n", (a < 0 ? &p2 : &p1)->y);
    }
    return 0;
}

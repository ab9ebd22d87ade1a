/* compound literals in expressions */
#include <stdio.h>

struct pt { int x, y; };
struct rect { struct pt lo, hi; };

static int area(struct rect r) { return (r.hi.x - r.lo.x) * (r.hi.y - r.lo.y); }
static int dot(const struct pt *a, const struct pt *b) { return a->x * b->x + a->y * b->y; }
static int sum(const int *v, int n) { int s = 0, i; for (i = 0; i < n; i++) s += v[i]; return s; }
static struct pt add(struct pt a, struct pt b) { return (struct pt){a.x + b.x, a.y + b.y}; }

int main(void) {
    struct pt p;
    int *ip;
    int i;
    p = (struct pt){3, 4};
    printf("%d %d\n", p.x, p.y);
    p = (struct pt){.y = 9};
    printf("%d %d\n", p.x, p.y);
    printf("%d\n", area((struct rect){{1, 1}, {4, 5}}));
    printf("%d\n", area((struct rect){.hi = {10, 10}, .lo = {5}}));
    printf("%d\n", dot(&(struct pt){2, 3}, &(struct pt){4, 5}));
    printf("%d\n", sum((int[]){1, 2, 3, 4, 5}, 5));
    printf("%d\n", sum((int[8]){[7] = 100, [2] = 5}, 8));
    p = add((struct pt){1, 2}, (struct pt){10, 20});
    printf("%d %d\n", p.x, p.y);
    printf("%d\n", ((struct pt){7, 8}).y);
    printf("%d\n", ((int[]){10, 20, 30})[1]);
    /* compound literals are lvalues */
    ip = (int[]){5, 6, 7};
    ip[1] += 100;
    printf("%d %d %d\n", ip[0], ip[1], ip[2]);
    ((struct pt){0, 0}).x = 1;
    /* a block scope compound literal is a fresh object each evaluation */
    for (i = 0; i < 3; i++) {
        int *q = (int[]){i, i * i};
        printf("(%d,%d)", q[0], q[1]);
    }
    printf("\n");
    printf("%s\n", (char[]){'o', 'k', '\0'});
    printf("%u\n", (unsigned)sizeof((int[]){1, 2, 3}));
    printf("%u\n", (unsigned)sizeof((short[]){1, 2, 3}));
    return 0;
}

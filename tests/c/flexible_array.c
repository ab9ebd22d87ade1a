/* Flexible array members (C99 6.7.2.1p16): no size of their own, only alignment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct msg { int len; char data[]; };
struct vec { short n; double v[]; };
struct tail { char c; int xs[]; };
int sum(const struct tail *t, int n) { int s = 0; for (int i = 0; i < n; i++) s += t->xs[i]; return s; }
int main(void) {
    struct msg *m = malloc(sizeof *m + 6);
    m->len = 5; memcpy(m->data, "hello", 6);
    struct vec *v = malloc(sizeof(struct vec) + 3 * sizeof(double));
    v->n = 3; for (int i = 0; i < 3; i++) v->v[i] = i * 1.5;
    struct tail *t = malloc(sizeof(struct tail) + 4 * sizeof(int));
    for (int i = 0; i < 4; i++) t->xs[i] = i * i;
    printf("%u %u %s %d %g %d\n", (unsigned)sizeof(struct msg), (unsigned)sizeof(struct tail),
           m->data, m->len, v->v[2], sum(t, 4));
    printf("%d\n", (int)((char *)&t->xs[1] - (char *)t));
    struct msg copy = *m;
    return copy.len;
}

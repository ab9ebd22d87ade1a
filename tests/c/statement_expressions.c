/* GNU statement expressions ({ ...; e; }): the block runs, and its last
   expression statement is the value. */
#include <stdio.h>

#define MAX(a, b) ({ int _a = (a), _b = (b); _a > _b ? _a : _b; })
#define SWAP(x, y) ({ int _t = (x); (x) = (y); (y) = _t; })

struct point { int x, y; };

static int calls;
static int next(void) { return ++calls; }

int main(void) {
    int i = 3, j = 7;
    int m = MAX(next(), next() + 5);
    SWAP(i, j);
    printf("%d %d %d %d\n", m, calls, i, j);
    long long big = ({ long long t = 1; for (int k = 0; k < 40; k++) t *= 2; t; });
    double d = ({ double h = 1.5; h * 2; });
    char *s = ({ static char text[] = "statement"; text; });
    printf("%lld %g %s %d\n", big, d, s + 4, (int)sizeof(({ char c = 1; c; })));
    struct point p = ({ struct point q = {1, 2}; q.y += 10; q; });
    int n = ({ struct tag { int a; } t = {5}; struct tag u = t; u.a; });
    printf("%d %d %d\n", p.x, p.y, n);
    int total = 0;
    for (int k = 0; k < 4; k++)
        total += ({ int sq = k * k; if (sq > 4) sq = 4; sq; });
    ({ total += 100; });
    printf("%d %d\n", total, ({ int x = 2; x * 3; }) + ({ 4; }));
    return 0;
}

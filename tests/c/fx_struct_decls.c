/* Struct definitions with several declarators, tags and typedefs declared in
   a block, and struct-valued ?: */
#include <stdio.h>

struct pt { int x; } g1, g2;
struct { int a, b; } ga = { 1, 2 }, gb;

struct s { int v; };
struct s pick(struct s a, struct s b, int c) { return c ? a : b; }

int main(void) {
    struct { int y; } a = { 3 }, b;
    struct p { int x; };
    struct p q;
    typedef struct { int w; } W;
    W w = { 6 };
    struct s s1 = { 1 }, s2 = { 2 }, s3;
    g1.x = 5;
    g2 = g1;
    b = a;
    gb = ga;
    q.x = 4;
    s3 = s1.v > s2.v ? s1 : s2;
    printf("%d %d %d %d %d %d\n", g2.x, b.y, gb.a, gb.b, q.x, w.w);
    printf("%d %d %d %d\n", pick(s1, s2, 1).v, pick(s1, s2, 0).v, s3.v, (q.x ? s1 : s2).v);
    {
        static struct t { int k; } st = { 8 };
        struct t copy = st;
        printf("%d\n", copy.k);
    }
    return 0;
}

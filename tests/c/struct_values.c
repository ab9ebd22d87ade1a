/* structs passed and returned by value: copies, nesting, chained calls */
#include <stdio.h>

struct vec { int x, y; };
struct box { struct vec lo, hi; char tag; };

struct vec make(int x, int y) { struct vec v; v.x = x; v.y = y; return v; }
struct vec add(struct vec a, struct vec b) { a.x += b.x; a.y += b.y; return a; }
int dot(struct vec a, struct vec b) { return a.x * b.x + a.y * b.y; }
struct box grow(struct box b, int d) {
    b.lo = add(b.lo, make(-d, -d));
    b.hi = add(b.hi, make(d, d));
    b.tag++;
    return b;
}
int area(const struct box *b) { return (b->hi.x - b->lo.x) * (b->hi.y - b->lo.y); }

int main(void) {
    struct vec a = make(1, 2), b = {3, 4}, c;
    struct box bx = {{0, 0}, {2, 2}, 'a'}, big;
    c = add(a, add(b, make(10, 20)));
    big = grow(grow(bx, 1), 2);
    printf("%d %d %d %d\n", c.x, c.y, dot(a, b), make(7, 8).y);
    printf("%d %d %c %d %c\n", area(&bx), area(&big), big.tag, big.lo.x, bx.tag);
    printf("%d\n", add(a, a).x);
    return 0;
}

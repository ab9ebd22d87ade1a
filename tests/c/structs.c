/* structs and unions: members, nesting, arrays of structs, pointers, copies,
   designated initializers, anonymous members, sizeof */
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point lo, hi; char name[8]; };
union word { unsigned u; unsigned char b[4]; };
struct tagged { int kind; union { int i; char c; }; };

struct rect boxes[3] = { {{0, 0}, {2, 3}, "a"}, {.hi = {5, 5}, .name = "b"} };

int area(struct rect *r) { return (r->hi.x - r->lo.x) * (r->hi.y - r->lo.y); }

struct node { int value; struct node *next; };

int main(void) {
    struct point p = {3, 4}, q;
    struct rect r = { .lo = {1, 1}, .hi = {p.x + 1, p.y + 1} };
    union word w;
    struct tagged t;
    struct node n3 = {3, 0}, n2 = {2, &n3}, n1 = {1, &n2};
    struct node *it;
    int sum = 0, i;
    q = p;
    q.x += 10;
    w.u = 0x04030201;
    t.kind = 1;
    t.c = 'z';
    for (it = &n1; it; it = it->next) sum += it->value;
    boxes[2] = boxes[0];
    boxes[2].hi.y = 10;
    for (i = 0; i < 3; i++) printf("%s:%d ", boxes[i].name, area(&boxes[i]));
    printf("\n%d %d %d %d %d\n", p.x, q.x, r.hi.y, area(&r), sum);
    printf("%d %d %d %d %d\n", w.b[0], w.b[3], (int)sizeof(struct rect), (int)sizeof(union word), t.i & 255);
    return 0;
}

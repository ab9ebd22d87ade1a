/* C11 anonymous structs and unions: their members are the enclosing
   struct's, for access, layout and initializers (positional and designated). */
#include <stdio.h>
#include <stddef.h>

struct shape {
    int kind;
    union {
        struct { int w, h; };
        int r;
    };
    struct { char tag; short count; };
};

struct value {
    int type;
    union { int i; float f; char s[8]; };
};

static struct shape global = {1, {{3, 4}}, {'g', 7}};
static struct value table[] = {{0, {.i = 42}}, {2, .s = "hi"}, {1, .f = 1.5f}};

int main(void) {
    struct shape a = {1, {{2, 3}}, {'a', 5}};
    struct shape b = {.kind = 2, .r = 10, .tag = 'b', .count = 6};
    struct shape c = {.w = 7, 8, .count = 9};
    struct shape *p = &a;
    printf("%d %d %d %c %d\n", a.kind, a.w, a.h, a.tag, a.count);
    printf("%d %d %c %d\n", b.kind, b.r, b.tag, b.count);
    printf("%d %d %d %d %d\n", c.kind, c.w, c.h, c.tag, c.count);
    printf("%d %d %c %d\n", global.w, global.h, global.tag, global.count);
    p->h = 30;
    p->count += 1;
    printf("%d %d %d\n", a.h, p->count, a.r == a.w);
    printf("%d %d %d\n", (int)offsetof(struct shape, w) == (int)offsetof(struct shape, r),
           (int)offsetof(struct shape, h) - (int)offsetof(struct shape, w) == (int)sizeof(int),
           (int)sizeof(struct value) == (int)sizeof(int) + 8);
    printf("%d %s %g\n", table[0].i, table[1].s, table[2].f);
    struct value v = table[1];
    v.i = 0x41424344;
    printf("%d %d\n", v.type, v.s[0] == 'D' || v.s[0] == 'A');
    return 0;
}

/* Structs passed through "...": every size (rounded up to 4 bytes in the
   argument area), beside ints, doubles and long longs, a struct returned by a
   call, a struct larger than 64 bytes (copied by memcpy), a nested variadic
   call among the arguments, and va_copy over them. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct one { char c; };
struct three { char c[3]; };
struct five { char c[5]; };
struct pair { int x, y; };
struct mixed { char tag; double d; short s; };
struct big { int v[20]; };

static struct pair make_pair(int x, int y) { struct pair p = {x, y}; return p; }

static int sum_ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static void show(const char *kinds, ...) {
    va_list ap, again;
    va_start(ap, kinds);
    va_copy(again, ap);
    for (const char *k = kinds; *k; k++) {
        switch (*k) {
        case '1': { struct one v = va_arg(ap, struct one); printf("one %c\n", v.c); break; }
        case '3': { struct three v = va_arg(ap, struct three);
                    printf("three %c%c%c\n", v.c[0], v.c[1], v.c[2]); break; }
        case '5': { struct five v = va_arg(ap, struct five); printf("five %.5s\n", v.c); break; }
        case 'p': { struct pair v = va_arg(ap, struct pair); printf("pair %d %d\n", v.x, v.y); break; }
        case 'm': { struct mixed v = va_arg(ap, struct mixed);
                    printf("mixed %c %.3f %d\n", v.tag, v.d, v.s); break; }
        case 'b': { struct big v = va_arg(ap, struct big); int s = 0;
                    for (int i = 0; i < 20; i++) s += v.v[i] * (i + 1);
                    printf("big %d %d\n", v.v[19], s); break; }
        case 'i': printf("int %d\n", va_arg(ap, int)); break;
        case 'd': printf("double %.2f\n", va_arg(ap, double)); break;
        case 'L': printf("long long %lld\n", va_arg(ap, long long)); break;
        }
    }
    va_end(ap);
    if (kinds[0] == '1') {                           /* the copy starts over */
        struct one first = va_arg(again, struct one);
        printf("again %c\n", first.c);
    }
    va_end(again);
}

int main(void) {
    struct one o = {'x'};
    struct three t = {{'a', 'b', 'c'}};
    struct five f;
    memcpy(f.c, "hello", 5);
    struct mixed m = {'q', 2.5, -7};
    struct big b;
    for (int i = 0; i < 20; i++) b.v[i] = i * i - 3;
    show("13i5pdmLb1", o, t, 42, f, make_pair(3, -4), 1.25, m, -5000000000LL, b, o);
    show("ipi", sum_ints(3, 1, 2, 3), make_pair(sum_ints(2, 10, 20), 9), -1);
    return 0;
}

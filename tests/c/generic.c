/* _Generic (C11 6.5.1.1): the controlling expression's type after lvalue
   conversion (no integer promotion) picks an association; only the chosen
   expression is evaluated, and it may be an lvalue, a function or a constant. */
#include <stdio.h>

#define TYPENAME(x) _Generic((x), \
    _Bool: "_Bool", char: "char", signed char: "signed char", unsigned char: "unsigned char", \
    short: "short", unsigned short: "unsigned short", int: "int", unsigned: "unsigned", \
    long: "long", unsigned long: "unsigned long", long long: "long long", \
    unsigned long long: "unsigned long long", float: "float", double: "double", \
    long double: "long double", char *: "char *", const char *: "const char *", \
    signed char *: "signed char *", unsigned char *: "unsigned char *", void *: "void *", \
    const void *: "const void *", int *: "int *", const int *: "const int *", \
    long *: "long *", int **: "int **", int (*)[3]: "int (*)[3]", \
    int (*)(int): "int (*)(int)", struct point: "struct point", default: "other")

struct point { int x, y; };
enum color { RED, GREEN };

static int twice(int v) { return 2 * v; }
static long twice_long(long v) { return 2 * v + 1; }
static double twice_double(double v) { return 2 * v + 0.5; }
static int no_prototype() { return 7; }
#define TWICE(v) _Generic((v), int: twice, long: twice_long, default: twice_double)(v)

static int calls;
static int counted(void) { return ++calls; }

/* in static initializers: an address constant, a constant */
const char *long_name = TYPENAME(1l);
int *calls_address = &_Generic(1, int: calls, default: calls);
int float_size = _Generic(1.0f, float: 4, default: 8);

int main(void) {
    _Bool b = 1; char c = 'c'; signed char sc = -1; unsigned char uc = 200;
    short s = -2; unsigned short us = 2; int i = 3; unsigned u = 4;
    long l = 5; unsigned long ul = 6; long long ll = 7; unsigned long long ull = 8;
    float f = 1.5f; double d = 2.5; long double ld = 3.5;
    char str[4] = "abc"; const char *cs = str; char *const pc = str; void *vp = str;
    int arr[3] = {1, 2, 3}; const int carr[2] = {4, 5}; int *ip = arr;
    int mat[2][3] = {{0}};
    struct point pt = {1, 2}; const struct point cpt = {3, 4};
    enum color col = GREEN;

    puts("-- constants");
    printf("%s %s %s %s %s %s\n", TYPENAME(1), TYPENAME(1u), TYPENAME(1l), TYPENAME(1ul),
           TYPENAME(1ll), TYPENAME(1ull));
    printf("%s %s %s %s %s\n", TYPENAME('a'), TYPENAME(1.0), TYPENAME(1.0f), TYPENAME(1.0L),
           TYPENAME("text"));
    puts("-- variables");
    printf("%s %s %s %s\n", TYPENAME(b), TYPENAME(c), TYPENAME(sc), TYPENAME(uc));
    printf("%s %s %s %s %s %s\n", TYPENAME(s), TYPENAME(us), TYPENAME(i), TYPENAME(u),
           TYPENAME(l), TYPENAME(ul));
    printf("%s %s %s %s %s\n", TYPENAME(ll), TYPENAME(ull), TYPENAME(f), TYPENAME(d),
           TYPENAME(ld));
    puts("-- arithmetic");
    printf("%s %s %s %s %s\n", TYPENAME(c + c), TYPENAME(b + b), TYPENAME(s * us),
           TYPENAME(-uc), TYPENAME(~s));
    printf("%s %s %s %s %s\n", TYPENAME(l + i), TYPENAME(c + 1l), TYPENAME(ul + i),
           TYPENAME(ll + ull), TYPENAME(l << 1));
    printf("%s %s %s %s\n", TYPENAME(i + 1.0f), TYPENAME(f + ld), TYPENAME(d + f),
           TYPENAME(i < l));
    printf("%s %s %s %s\n", TYPENAME(c++), TYPENAME(c = 1), TYPENAME(s += 1),
           TYPENAME(i ? l : 2l));
    printf("%s %s %s\n", TYPENAME(sizeof(int) == 4), TYPENAME(col), TYPENAME(RED));
    puts("-- pointers");
    printf("%s %s %s %s %s\n", TYPENAME(str), TYPENAME(cs), TYPENAME(pc), TYPENAME(vp),
           TYPENAME(&c));
    printf("%s %s %s %s %s\n", TYPENAME(arr), TYPENAME(carr), TYPENAME(&arr), TYPENAME(mat),
           TYPENAME(&ip));
    printf("%s %s %s %s\n", TYPENAME(&cpt.x), TYPENAME(&pt.x), TYPENAME(cs + 1),
           TYPENAME(i ? str : cs));
    printf("%s %s %s %s %s\n", TYPENAME(&l), TYPENAME(&sc), TYPENAME(&uc), TYPENAME((const void *)vp),
           TYPENAME(i ? ip : vp));
    printf("%s %s %s %s\n", TYPENAME(twice), TYPENAME(&twice), TYPENAME(*twice), TYPENAME(pt));
    printf("%s %s\n", TYPENAME(cpt), TYPENAME(main));
    printf("%s %s %s\n", TYPENAME(__func__),
           _Generic(no_prototype, int (*)(void): "int (*)(void)", default: "other"),
           _Generic(twice, int (*)(): "int (*)()", default: "other"));

    puts("-- selection");
    i = 3;
    printf("%d %ld %.1f\n", TWICE(i), TWICE(l), TWICE(d));
    _Generic(i, int: i, default: l) = 42;           /* an lvalue */
    _Generic(l, int: i, default: l) += 1;
    _Generic(s, short: s)++;
    int *where = &_Generic(u, unsigned: i);
    *where += 1;
    printf("%d %ld %d\n", i, l, s);
    _Generic(pt, struct point: pt).y = 9;
    printf("%d %d\n", pt.y, _Generic(1, int: cpt, default: pt).x);
    int chosen = _Generic(i++, int: 10, default: 20);                /* not evaluated */
    printf("%d %d\n", chosen, i);
    chosen = _Generic(0, int: counted(), long: counted() + 100);     /* only the chosen one */
    printf("%d %d\n", chosen, calls);
    printf("%zu %zu\n", sizeof(_Generic(str, char *: arr)), sizeof _Generic(1.0, double: ll));
    char sized[_Generic(1l, long: 8, default: 1)];                   /* a constant expression */
    _Static_assert(_Generic(c, char: 1, signed char: 2, unsigned char: 3) == 1, "plain char");
    switch (2) { case _Generic(2u, unsigned: 2, default: 0): puts("case"); }
    printf("%s %d %d\n", long_name, *calls_address, float_size);
    printf("%zu %s\n", sizeof sized,
           _Generic(_Generic(i, int: l), long: "nested", default: "no"));
    return _Generic(d, float: 1, double: 0);
}

/* C11's _Generic: the association of the controlling expression's type (after
   lvalue conversion, without promotion), else the default; as a value, a
   function to call, an lvalue, a constant (a static initializer, an array
   size, a case label). */
#include <stdio.h>

#define type_name(x) _Generic((x), _Bool: "bool", char: "char", unsigned char: "uchar",         \
                              short: "short", int: "int", unsigned: "unsigned",                \
                              long long: "long long", float: "float", double: "double",        \
                              char *: "char *", int *: "int *", default: "other")
#define cube(x) _Generic((x), float: cube_float, default: cube_double)(x)

static float cube_float(float x) { return x * x * x; }
static double cube_double(double x) { return x * x * x; }
struct point { int x, y; };
static const int kind = _Generic(1.0f, float: 10, default: 20);

int main(void) {
    int i = 1; char c = 'a'; float f = 2; double d = 3; char s[4]; int a[3];
    long long ll = 1; unsigned char uc = 1; short sh = 1; unsigned u = 1; _Bool b = 1;
    printf("%s %s %s %s %s %s %s %s %s %s %s\n", type_name(i), type_name(c), type_name(f),
           type_name(d), type_name(s), type_name(a), type_name(ll), type_name(uc), type_name(sh),
           type_name(u), type_name(b));
    printf("%s %s %s %s\n", type_name(c + 1), type_name(1.0f * 2), type_name('x'),
           type_name(((struct point){ 1, 2 })));
    printf("%g %g %d\n", cube(2.0f), cube(3), kind);
    int sized[_Generic(i, int: 4, default: 1)];
    _Generic(i, int: i, default: d) = 42;
    int *p = &_Generic(i, int: i);
    printf("%d %d %d\n", (int)sizeof sized, i, *p);
    switch (3) {
    case _Generic(1, int: 3):
        printf("case\n");
    }
    struct point pt = { 5, 6 };
    printf("%d\n", _Generic(pt, struct point: pt, default: pt).y);
    for (int k = 0; _Generic(k, int: k < 2); k++)
        printf("k%d ", k);
    printf("\n");
    return 0;
}

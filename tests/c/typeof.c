/* GNU typeof (C23's too), spelled typeof, __typeof__ or __typeof: the type of
   an expression (not evaluated; qualifiers and array types kept) or of a type
   name, wherever a type specifier goes. */
#include <stdio.h>

#define SWAP(a, b) do { typeof(a) swap_ = (a); (a) = (b); (b) = swap_; } while (0)
#define MAX(a, b) ({ __typeof__(a) a_ = (a); __typeof__(b) b_ = (b); a_ > b_ ? a_ : b_; })

struct pair { long first; char name[6]; };
static int square(int v) { return v * v; }

typeof(struct pair) origin = {7, "zero"};          /* at file scope */
__typeof(int *) none;
typeof(square) *pointer_to_square = square;       /* a function's type */

struct holder { typeof(origin.first) value; typeof(origin.name) label; };

int main(void) {
    int x = 3, y = 4;
    typeof(x) z = x + y;
    typeof(int *) p = &z;
    typeof(int *) q[2] = {&x, &y};
    SWAP(x, y);
    printf("%d %d %d %d %d\n", x, y, z, *p, *q[0] + *q[1]);

    double d = 2.5, e = -1;
    long long big = 1LL << 40;
    SWAP(d, e);
    printf("%.1f %.1f %lld %d\n", d, e, MAX(big, (long long)5), MAX(2, 9));

    char text[] = "typeof";
    typeof(text) copy = "abcdef";                 /* an array type: char[7] */
    __typeof__(origin.name) label = "pair";
    printf("%zu %zu %s %s\n", sizeof copy, sizeof label, copy, label);

    int counter = 0;
    typeof(counter++) untouched = 5;              /* not evaluated */
    printf("%d %d\n", counter, untouched);

    const int limit = 10;
    typeof(limit) same = limit;                   /* const kept */
    printf("%s %s\n", _Generic(&same, const int *: "const int *", int *: "int *"),
           _Generic(&z, const int *: "const int *", int *: "int *"));

    struct holder h = {(typeof(h.value))9, "held"};
    printf("%ld %s %zu %d\n", h.value, h.label, sizeof(typeof(long long)),
           pointer_to_square(5) + (none == 0));
    printf("%ld %s\n", origin.first, origin.name);
    typedef unsigned short u16;
    typeof(u16) wide = 65535;                     /* a typedef name is a type name */
    wide++;
    printf("%d\n", wide);
    typeof(typeof(char) *) s = text;
    printf("%s %zu\n", s + 2, sizeof(typeof(x + 1.0f)));
    return 0;
}

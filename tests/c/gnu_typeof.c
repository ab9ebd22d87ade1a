/* gcc's typeof (and __typeof__, __typeof): the type of an expression, which is
   not evaluated, or of a type name, as the classic max() and SWAP() macros use it. */
#include <stdio.h>

#define max(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define SWAP(x, y) do { typeof(x) tmp_ = (x); (x) = (y); (y) = tmp_; } while (0)

static int square(int x) { return x * x; }
struct point { int x, y; };

int main(void) {
    int i = 3, j = 9;
    double d = 2.5;
    printf("%d %g\n", max(i++, j), max(d, 1.0));
    printf("%d\n", i);
    SWAP(i, j);
    printf("%d %d\n", i, j);
    typeof(int *) p = &i;
    typeof(p) q = p;
    typeof(square) *function = square;
    printf("%d %d\n", *q, function(7));
    int numbers[5];
    typeof(numbers) copy;
    typeof("hello") text;
    struct point a = { 1, 2 };
    typeof(a) b = a;
    typeof(d * 2) e = 1.25;
    typeof(char) c = 'x';
    typeof(i++) k = 4;
    __typeof(1ll) wide = 1;
    printf("%d %d %d %d %g %d %c %d %d %d %d\n", (int)sizeof copy, (int)sizeof text, b.x, b.y, e,
           (int)sizeof e, c, (int)sizeof(typeof(c + 1)), k, i, (int)sizeof wide);
    return 0;
}

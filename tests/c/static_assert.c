/* _Static_assert at file scope and in blocks: checked at compile time. */
#include <stdio.h>
#include <limits.h>

_Static_assert(sizeof(int) == 4, "int has 32 bits");
_Static_assert(CHAR_BIT == 8, "bytes of 8 bits");

enum { N = 3 };
struct pair { int a, b; };

int main(void) {
    _Static_assert(N * 2 == 6, "arithmetic on enum constants");
    int total = 0;
    for (int i = 0; i < N; i++) {
        _Static_assert(sizeof(struct pair) == 2 * sizeof(int), "no padding");
        total += i;
    }
    printf("%d\n", total);
    return 0;
}

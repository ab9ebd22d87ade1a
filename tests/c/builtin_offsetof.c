/* gcc's __builtin_offsetof, which code without <stddef.h> uses (offsetof is
   defined by it), as a constant expression too. */
#include <stdio.h>

struct inner { char c; int k; };
struct outer { char a; int b; short h[3]; struct inner in; };

static char buffer[__builtin_offsetof(struct outer, h) + 1];

int main(void) {
    printf("%d %d %d %d\n", (int)__builtin_offsetof(struct outer, b),
           (int)__builtin_offsetof(struct outer, h[2]), (int)__builtin_offsetof(struct outer, in.k),
           (int)sizeof buffer);
    return 0;
}

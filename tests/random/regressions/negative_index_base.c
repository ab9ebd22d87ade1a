/* The machine adds an address's base register unsigned and its index signed.
   Indices that may be negative ended up in the base and faulted ("memory
   access outside"): an index from a pointer known to be &ga[3] (seed 1875,
   reduced), and indices into char arrays split as [i + 1 + &ca] and
   [j + k + &ca]. */
#include <stdio.h>

int ga[4] = {1, 2, 3, 4};
char ca[8] = "abcdefg";
struct S { int a; int b[3]; } gs = {5, {6, 7, 8}};

static int opaque(int x) { return x > 100 ? opaque(x - 1) : x; }   /* not inlined */

int main(void) {
    int i = opaque(-1), j = opaque(-3), k = opaque(5);
    int *p = ga + 3;
    int *q = &gs.b[2];
    printf("%d %d %d\n", p[i], p[-1], *(ga + 3 + i));
    printf("%d %d\n", ca[j + k], ca[i + 1]);
    printf("%d %d\n", q[i], (ga + 2)[i]);
    p[i] ^= 16;
    printf("%d\n", ga[2]);
    return 0;
}

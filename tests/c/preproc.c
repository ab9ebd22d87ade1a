/* the preprocessor: object-like and function-like macros, conditionals */
#include <stdio.h>
#define N 5
#define SQ(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#ifdef N
#define HAVE_N 1
#else
#define HAVE_N 0
#endif
#if N > 3 && defined(SQ)
#define BIG 1
#endif

int main(void) {
    printf("%d %d %d %d\n", SQ(N + 1), MAX(3, N), HAVE_N, BIG);
    return 0;
}

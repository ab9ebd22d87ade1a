/* gcc's a ?: b, which is a ? a : b with a evaluated once; a constant one is
   a constant expression. */
#include <stdio.h>

static int calls;
static int next(void) { return calls++; }
static const char *name(const char *s) { return s ?: "(none)"; }
static int constant = 0 ?: 5;

int main(void) {
    int a = 0, b = 7;
    printf("%d %d %d\n", a ?: b, b ?: a, constant);
    int first = next() ?: 100;
    int second = next() ?: 100;
    printf("%d %d calls=%d\n", first, second, calls);
    printf("%s %s\n", name(0), name("x"));
    char letters[] = "arr";
    double d = 0.0;
    long long wide = 0;
    printf("%s %g %lld %d\n", letters ?: "no", d ?: 2.5, wide ?: (1LL << 40), a ?: b ?: 9);
    printf("%d ", (b++) ?: 0);
    printf("%d\n", b);
    unsigned char c = 0;
    printf("%d\n", (int)sizeof(c ?: c));
    return 0;
}

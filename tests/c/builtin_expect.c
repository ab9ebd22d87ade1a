/* gcc's __builtin_expect(x, c): a hint; its value is x (as a long). */
#include <stdio.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

static int calls;
static int bump(void) { return ++calls; }

int main(void) {
    int hits = 0;
    for (int i = 0; i < 10; i++) {
        if (likely(i < 8))
            hits++;
        if (unlikely(i == 9))
            hits += 100;
    }
    long v = __builtin_expect(bump() + 41, 42);
    __builtin_expect(bump(), 0);
    printf("%d %ld %d %d\n", hits, v, calls, (int)__builtin_expect(7, 7) * 2);
    return 0;
}

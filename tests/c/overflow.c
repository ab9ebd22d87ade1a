/* detecting overflow with unsigned arithmetic; abs and labs; INT_MIN edge cases */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
int add_ok(int a, int b) { return !((b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b)); }
int main(void) {
    unsigned u = UINT_MAX;
    printf("%d %d %d\n", add_ok(INT_MAX, 1), add_ok(-5, 3), add_ok(INT_MIN, -1));
    printf("%u %u %d %ld\n", u + 2, u * 2, abs(-42), labs(-7L));
    printf("%d %d\n", INT_MIN / -1 == INT_MIN, -(INT_MIN + 1));
    return 0;
}

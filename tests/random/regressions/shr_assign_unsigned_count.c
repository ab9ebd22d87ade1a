/* `x >>= n` shifts x in x's promoted type (C99 6.5.7): an unsigned count does not
   make the shift unsigned, unlike the usual arithmetic conversions of `x /= n`. */
#include <stdio.h>

int main(void) {
    int x = -64;
    x >>= 2u;
    int y = -64;
    y = y >> 2u;
    printf("%d %d\n", x, y);
    return 0;
}

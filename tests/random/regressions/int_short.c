/* Declaration specifiers may come in any order (C99 6.7.2): `int short` is `short`. */
#include <stdio.h>

int main(void) {
    int short x = -3;
    unsigned int short y = 65535;
    printf("%d %d\n", x, y);
    return 0;
}

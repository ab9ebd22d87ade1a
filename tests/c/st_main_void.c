/* int main(void) with helper functions declared before and defined after main */
#include <stdio.h>

static int square(int v);
int twice(int);                  /* prototype without parameter name */

int main(void) {
    int i;
    for (i = -2; i <= 2; i++)
        printf("square(%d)=%d twice(%d)=%d\n", i, square(i), i, twice(i));
    return 0;                    /* explicit success */
}

static int square(int v) {
    return v * v;
}

int twice(int v) {
    return v + v;
}

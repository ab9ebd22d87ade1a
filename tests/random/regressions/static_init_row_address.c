/* Address constants made by the decay of a sub-array (C99 6.6p9): a row of a
   2-D array, or an array member, in a static initializer. */
#include <stdio.h>

int m[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
int *row = m[1];
int *mid = m[2] + 1;
struct { int a; int b[2]; } s = {1, {20, 30}};
int *sb = s.b;

int main(void) {
    printf("%d %d %d\n", row[0], *mid, sb[1]);
    return 0;
}

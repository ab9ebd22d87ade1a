/* arrays as parameters: int m[][3], pointer to rows, sizeof in the caller */
#include <stdio.h>
int trace(int m[][3], int n) { int i, t = 0; for (i = 0; i < n; i++) t += m[i][i]; return t; }
void scale(int (*row)[3], int k) { int j; for (j = 0; j < 3; j++) (*row)[j] *= k; }
int main(void) {
    int m[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    scale(&m[1], 10);
    printf("%d %d %d\n", trace(m, 3), m[1][2], (int)(sizeof m / sizeof m[0]));
    return 0;
}

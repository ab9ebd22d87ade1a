/* 2-D integer matrices: multiply and transpose */
#include <stdio.h>
#define N 4
int a[N][N], b[N][N], c[N][N];
int main(void) {
    int i, j, k;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) { a[i][j] = i + j; b[i][j] = i == j ? 2 : (i < j); }
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++)
            for (k = 0, c[i][j] = 0; k < N; k++) c[i][j] += a[i][k] * b[k][j];
    for (i = 0; i < N; i++) {
        for (j = 0; j < N; j++) printf("%4d", c[j][i]);
        printf("\n");
    }
    return 0;
}

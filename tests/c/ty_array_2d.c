#include <stdio.h>

#define R 3
#define C 4

static int row_sum(const int *row, int n) {
    int s = 0, i;
    for (i = 0; i < n; i++) s += row[i];
    return s;
}

static void scale(int (*m)[C], int rows, int k) {
    int i, j;
    for (i = 0; i < rows; i++)
        for (j = 0; j < C; j++)
            m[i][j] *= k;
}

static int trace_like(int m[][C], int rows) {
    int i, t = 0;
    for (i = 0; i < rows && i < C; i++) t += m[i][i];
    return t;
}

int main(void) {
    int m[R][C] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
    int (*rp)[C] = m;
    int *flat = &m[0][0];
    int i;

    printf("sizeof m=%d row=%d elem=%d rows=%d cols=%d\n", (int)sizeof m, (int)sizeof m[0],
           (int)sizeof m[0][0], (int)(sizeof m / sizeof m[0]), (int)(sizeof m[0] / sizeof m[0][0]));
    for (i = 0; i < R; i++) printf("row %d sum=%d\n", i, row_sum(m[i], C));
    printf("rp[1][2]=%d (*(rp+2))[3]=%d *(*(m+1)+1)=%d\n", rp[1][2], (*(rp + 2))[3], *(*(m + 1) + 1));
    printf("flat[7]=%d flat[11]=%d\n", flat[7], flat[11]);
    rp++;
    printf("after rp++: rp[0][0]=%d span=%d\n", rp[0][0], (int)(rp - m));
    scale(m + 1, 2, 10);
    for (i = 0; i < R * C; i++) printf("%d%c", flat[i], i % C == C - 1 ? '\n' : ' ');
    printf("trace=%d\n", trace_like(m, R));
    printf("row addr diff=%d\n", (int)(&m[2][0] - &m[0][0]));
    return 0;
}

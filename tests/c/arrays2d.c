/* 2-D arrays, row pointers and a local array in a recursive function */
#include <stdio.h>

int grid[3][4];

int sum_row(int *row, int n) { int s = 0; while (n-- > 0) s += *row++; return s; }

int depth(int n) {
    char buf[8];
    int i;
    for (i = 0; i < 8; i++) buf[i] = (char)(n + i);
    if (n == 0) return buf[7];
    return buf[0] + depth(n - 1);
}

int main(void) {
    int i, j;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 4; j++)
            grid[i][j] = i * 10 + j;
    printf("%d %d %d\n", sum_row(grid[0], 4), sum_row(grid[2], 4), grid[1][3]);
    printf("%d\n", depth(5));
    return 0;
}

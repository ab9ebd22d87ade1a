/* Variable-length array types away from a declared variable: a typedef (its
   length is taken where the typedef is reached, C99 6.7.7p3), sizeof of a
   type name, a cast to a pointer to a VLA, and pointer arithmetic that steps
   by a row of run-time length. */
#include <stdio.h>

static int sum_rows(int rows, int cols, int (*m)[cols])
{
    int total = 0, i, j;
    for (i = 0; i < rows; i++)
        for (j = 0; j < cols; j++)
            total += m[i][j];
    return total;
}

int main(int argc, char **argv)
{
    int n = argc + 3, i, j;
    typedef int row[n];
    row r;
    int flat[4 * 16];
    int (*grid)[n];
    n = 100;                          /* the typedef keeps the length it had */
    for (i = 0; i < (int)(sizeof r / sizeof r[0]); i++)
        r[i] = i * i;
    printf("typedef: %d bytes, r[3] = %d\n", (int)sizeof(row), r[3]);
    printf("sizeof(int[n][2]) = %d\n", (int)sizeof(int[n][2]));
    n = argc + 3;
    for (i = 0; i < 4 * n; i++)
        flat[i] = i;
    grid = (int (*)[n])flat;          /* rows of n ints over a flat array */
    printf("grid[2][1] = %d, grid + 3 is %d ints on\n", grid[2][1], (int)((int *)(grid + 3) - flat));
    printf("sum of 3 rows: %d\n", sum_rows(3, n, grid));
    {
        int m[n][n + 1];
        for (i = 0; i < n; i++)
            for (j = 0; j <= n; j++)
                m[i][j] = i - j;
        printf("m: %d bytes, m[3][1] = %d, via a cast %d\n", (int)sizeof m, m[3][1],
               ((int (*)[n + 1])m)[3][1]);
    }
    return 0;
}

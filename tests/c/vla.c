/* variable-length arrays (C99 6.7.5.2) in block scope: allocated on the C stack
   when the declaration is reached, freed when their block is left */
#include <stdio.h>

static int sum(const int *v, int n) {
    int s = 0, i;
    for (i = 0; i < n; i++)
        s += v[i];
    return s;
}

/* how deep the C stack is now: the VLAs must not make it grow */
static unsigned depth(void) {
    char here;
    return (unsigned)&here;
}

static int squares(int n) {
    int a[n], i;
    for (i = 0; i < n; i++)
        a[i] = i * i;
    return sum(a, n) + (int)sizeof a;
}

static int table(int rows, int cols) {
    char m[rows][cols];
    int i, j, t = 0;
    for (i = 0; i < rows; i++)
        for (j = 0; j < cols; j++)
            m[i][j] = (char)(i * 10 + j);
    for (i = 0; i < rows; i++)
        t += m[i][cols - 1] - m[i][0];
    printf("table %d x %d: sizeof %u, row %u, m[%d][%d] = %d, t = %d\n", rows, cols,
           sizeof m, sizeof m[0], rows - 1, cols - 1, m[rows - 1][cols - 1], t);
    return t;
}

static int mixed(int n) {
    int a[3][n];                            /* a constant count of VLA rows */
    int (*p)[n] = a;                        /* a pointer to a VLA: runtime stride */
    int i, j;
    for (i = 0; i < 3; i++)
        for (j = 0; j < n; j++)
            a[i][j] = i + j;
    p++;
    return (int)sizeof a + (int)sizeof *p + p[1][n - 1] + (int)(p - a);
}

/* VLA parameters: the strides come from the other arguments */
static int trace(int n, int m[n][n]) {
    int i, t = 0;
    for (i = 0; i < n; i++)
        t += m[i][i];
    return t * 1000 + (int)sizeof m[0];
}

static void fill(int rows, int cols, char grid[rows][cols], char c) {
    int i, j;
    for (i = 0; i < rows; i++)
        for (j = 0; j < cols; j++)
            grid[i][j] = (char)(c + (i + j) % 3);
}

int main(void) {
    unsigned before = depth(), after;
    int n, total = 0, k;
    for (n = 1; n <= 5; n++)
        printf("squares(%d) = %d\n", n, squares(n));
    table(3, 4);
    table(1, 7);
    printf("mixed %d\n", mixed(5));
    {
        int fixed[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        int n2 = 6, i, j;
        int square[n2][n2];
        char grid[2][5];
        for (i = 0; i < n2; i++)
            for (j = 0; j < n2; j++)
                square[i][j] = i * j;
        printf("trace %d %d\n", trace(3, fixed), trace(n2, square));
        fill(2, 5, grid, 'a');
        printf("%.5s %.5s\n", grid[0], grid[1]);
    }
    /* a VLA in a loop body: fresh on each iteration, freed by break and continue too */
    for (n = 0; n < 1000; n++) {
        int v[n % 37 + 1];
        v[n % 37] = n;
        if (n % 5 == 0)
            continue;
        total += v[n % 37];
        if (n == 998)
            break;
    }
    printf("total %d\n", total);
    /* goto out of the scope of a VLA, and back before it */
    k = 0;
again:
    {
        int w[k + 100];
        w[k] = k;
        k++;
        if (k < 50)
            goto again;
        total = w[k - 1];
    }
    printf("goto %d\n", total);
    while (1) {
        int x[k];
        x[0] = 1;
        {
            char y[k * 2];
            y[0] = 2;
            if (k++ > 60)
                break;
        }
    }
    after = depth();
    printf("stack %s\n", before == after ? "restored" : "leaked");
    return k;
}

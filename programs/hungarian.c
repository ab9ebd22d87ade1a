/*
 * hungarian.c -- optimal assignment with the Hungarian algorithm.
 *
 * Usage:  hungarian [n a11 a12 ... a1n a21 ... ann]
 *
 * Given an n x n cost matrix (n <= 20; integer costs, |cost| < 10^6, row by
 * row), find the assignment of rows to columns -- one column per row, each
 * column used once -- with the smallest total cost.  Without arguments a 10 x 10 example
 * is solved.
 *
 * This is the O(n^3) version with dual potentials u[] (rows) and v[]
 * (columns): rows are added one at a time, and each new row is placed by
 * a Dijkstra-like search for the cheapest augmenting path in the reduced
 * costs a[i][j] - u[i] - v[j], which may move earlier rows to other columns.
 * The program narrates every row it adds: the moves along the path and the
 * cost of the assignment built so far, which is always optimal for the rows
 * seen so far.
 *
 * Rows and columns are numbered from 1; index 0 of v, p and way is a
 * sentinel "virtual column" that holds the row being added.
 */
#include <stdio.h>

int example[100] = {
    61, 58, 35, 86, 32, 39, 41, 27, 21, 42,
    59, 77, 97, 99, 78, 21, 89, 72, 35, 63,
    88, 85, 37, 57, 59, 97, 37, 29, 69, 94,
    32, 82, 53, 20, 77, 96, 21, 70, 50, 61,
    15, 44, 81, 10, 64, 36, 56, 78, 20, 69,
    76, 35, 87, 69, 16, 55, 26, 37, 30, 66,
    86, 32, 74, 94, 32, 14, 24, 12, 31, 70,
    97, 63, 20, 64, 90, 21, 28, 49, 89, 10,
    58, 52, 27, 76, 61, 35, 17, 91, 37, 66,
    42, 79, 61, 26, 55, 98, 70, 17, 26, 86
};

int n;
int a[21][21];      /* a[i][j], 1 <= i, j <= n */
int u[21];          /* row potentials */
int v[21];          /* column potentials */
int p[21];          /* p[j]: the row assigned to column j, 0 if none */
int way[21];        /* way[j]: previous column on the shortest path to j */
int minv[21];       /* minv[j]: shortest reduced distance to column j */
int used[21];       /* used[j]: column j is in the search tree */

int INF = 1000000000;

/* Decimal integer with an optional minus sign, |x| < 10^6; else *ok = 0. */
int parse_int(char *s, int *ok)
{
    int x = 0;
    int negative = 0;
    if (*s == '-') {
        negative = 1;
        s++;
    }
    if (*s == 0)
        *ok = 0;
    while (*s) {
        if (*s < '0' || *s > '9' || x >= 100000) {
            *ok = 0;
            return 0;
        }
        x = x * 10 + (*s - '0');
        s++;
    }
    if (negative)
        return -x;
    return x;
}

/* Cost of the current (partial) assignment. */
int current_cost(void)
{
    int j;
    int total = 0;
    for (j = 1; j <= n; j++)
        if (p[j] != 0)
            total = total + a[p[j]][j];
    return total;
}

void print_matrix(void)
{
    int i, j;
    for (i = 1; i <= n; i++) {
        for (j = 1; j <= n; j++)
            printf(" %4d", a[i][j]);
        putchar('\n');
    }
}

/* Add row i to the assignment along a cheapest augmenting path. */
void add_row(int i)
{
    int j, j0, j1, i0, cur, delta;
    int *row;

    p[0] = i;               /* the new row sits in the virtual column 0 */
    j0 = 0;
    for (j = 0; j <= n; j++) {
        minv[j] = INF;
        used[j] = 0;
    }
    do {
        /* Grow the tree from column j0 (held by row i0). */
        used[j0] = 1;
        i0 = p[j0];
        row = a[i0];
        delta = INF;
        j1 = 0;
        for (j = 1; j <= n; j++) {
            if (!used[j]) {
                cur = row[j] - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
        }
        /* Shift the potentials so that column j1 becomes reachable. */
        for (j = 0; j <= n; j++) {
            if (used[j]) {
                u[p[j]] = u[p[j]] + delta;
                v[j] = v[j] - delta;
            } else {
                minv[j] = minv[j] - delta;
            }
        }
        j0 = j1;
    } while (p[j0] != 0);

    /* Column j0 is free: flip the path back to the virtual column. */
    do {
        j1 = way[j0];
        if (j1 == 0)
            printf("  assign row %d -> col %d\n", i, j0);
        else
            printf("  move   row %d: col %d -> col %d\n", p[j1], j1, j0);
        p[j0] = p[j1];
        j0 = j1;
    } while (j0 != 0);
}

int main(int argc, char **argv)
{
    int i, j, k, ok;

    if (argc == 1) {
        n = 10;
        k = 0;
        for (i = 1; i <= n; i++)
            for (j = 1; j <= n; j++) {
                a[i][j] = example[k];
                k++;
            }
    } else {
        ok = 1;
        n = parse_int(argv[1], &ok);
        if (!ok || n < 1 || n > 20 || argc != 2 + n * n) {
            printf("usage: hungarian [n a11 a12 ... ann]   (1 <= n <= 20)\n");
            return 1;
        }
        k = 2;
        for (i = 1; i <= n; i++)
            for (j = 1; j <= n; j++) {
                a[i][j] = parse_int(argv[k], &ok);
                k++;
            }
        if (!ok) {
            printf("hungarian: costs must be integers between -999999 and 999999\n");
            return 1;
        }
    }

    printf("cost matrix (%d x %d):\n", n, n);
    print_matrix();

    for (i = 1; i <= n; i++) {
        printf("row %d:\n", i);
        add_row(i);
        printf("  cost so far: %d\n", current_cost());
    }

    printf("optimal assignment:\n");
    for (j = 1; j <= n; j++)
        way[p[j]] = j;      /* reuse way[] as row -> column */
    for (i = 1; i <= n; i++)
        printf("  row %2d -> col %2d  cost %d\n", i, way[i], a[i][way[i]]);
    printf("total cost: %d\n", current_cost());
    return 0;
}

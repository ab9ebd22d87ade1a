#include <stdio.h>
#include <string.h>

static void print_rows(char (*names)[8], int n) {
    int i;
    for (i = 0; i < n; i++) printf("[%s]", names[i]);
    printf("\n");
}

static void swap_rows(int (*a)[3], int i, int j) {
    int tmp[3];
    memcpy(tmp, a[i], sizeof tmp);
    memcpy(a[i], a[j], sizeof a[i]);
    memcpy(a[j], tmp, sizeof tmp);
}

int main(void) {
    char names[4][8] = { "ann", "bob", "carolyn", "d" };
    int grid[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    int *rows[3];
    int i;

    print_rows(names, 4);
    printf("sizeof names=%d sizeof names[2]=%d strlen=%d\n", (int)sizeof names, (int)sizeof names[2], (int)strlen(names[2]));
    names[1][0] = 'B';
    strcpy(names[3], "dave");
    print_rows(names + 1, 3);

    for (i = 0; i < 3; i++) rows[i] = grid[2 - i];
    for (i = 0; i < 3; i++) printf("%d %d %d\n", rows[i][0], rows[i][1], rows[i][2]);
    swap_rows(grid, 0, 2);
    for (i = 0; i < 3; i++) printf("grid[%d][0]=%d ", i, grid[i][0]);
    printf("\n");
    printf("rows[0][0] now=%d\n", rows[0][0]);
    {
        int (*last)[3] = &grid[2];
        printf("(*last)[1]=%d sizeof *last=%d\n", (*last)[1], (int)sizeof *last);
    }
    return 0;
}

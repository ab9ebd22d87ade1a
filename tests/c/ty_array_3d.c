#include <stdio.h>

static int total(int (*cube)[3][4], int n) {
    int i, j, k, s = 0;
    for (i = 0; i < n; i++)
        for (j = 0; j < 3; j++)
            for (k = 0; k < 4; k++)
                s += cube[i][j][k];
    return s;
}

int main(void) {
    int c[2][3][4];
    int i, j, k;
    int (*plane)[4];
    int *line;

    for (i = 0; i < 2; i++)
        for (j = 0; j < 3; j++)
            for (k = 0; k < 4; k++)
                c[i][j][k] = i * 100 + j * 10 + k;

    printf("sizeof c=%d plane=%d line=%d\n", (int)sizeof c, (int)sizeof c[0], (int)sizeof c[0][0]);
    printf("c[1][2][3]=%d c[0][1][2]=%d\n", c[1][2][3], c[0][1][2]);
    plane = c[1];
    line = plane[1];
    printf("plane[2][0]=%d line[3]=%d\n", plane[2][0], line[3]);
    printf("flat 13 = %d\n", (&c[0][0][0])[13]);
    printf("total=%d\n", total(c, 2));
    printf("total second=%d\n", total(c + 1, 1));
    {
        int z[2][2][2] = { { { 1, 2 }, { 3 } }, { { 4 } } };
        for (i = 0; i < 8; i++) printf("%d ", (&z[0][0][0])[i]);
        printf("\n");
    }
    return 0;
}

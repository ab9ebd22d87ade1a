/* return from inside nested loops and switch statements; void functions with bare return */
#include <stdio.h>

static int grid[4][5] = {
    { 3, 8, 1, 9, 4 },
    { 7, 2, 6, 5, 0 },
    { 1, 1, 8, 3, 2 },
    { 9, 4, 7, 6, 5 },
};

/* index (row*5+col) of the first cell equal to v, or -1 */
static int locate(int v) {
    int r, c;
    for (r = 0; r < 4; r++) {
        c = 0;
        while (c < 5) {
            if (grid[r][c] == v)
                return r * 5 + c;
            c++;
        }
    }
    return -1;
}

/* first row whose sum exceeds limit, returned from inside a switch in a loop */
static int first_heavy_row(int limit) {
    int r, c, s;
    for (r = 0; r < 4; r++) {
        s = 0;
        for (c = 0; c < 5; c++)
            s += grid[r][c];
        switch (s > limit) {
        case 1:
            return r;
        default:
            break;
        }
    }
    return -1;
}

static int calls;

static void report(int v) {
    calls++;
    if (v < 0) {
        printf("report: negative, nothing to do\n");
        return;
    }
    do {
        if (v == 0)
            return;              /* return from inside a do/while */
        printf("report: %d\n", v);
        v -= 4;
    } while (1);
}

int main(void) {
    int vals[4] = { 6, 0, 9, 42 };
    int i;
    for (i = 0; i < 4; i++)
        printf("locate(%d)=%d\n", vals[i], locate(vals[i]));
    printf("heavy(20)=%d heavy(25)=%d heavy(100)=%d\n",
           first_heavy_row(20), first_heavy_row(25), first_heavy_row(100));
    report(-1);
    report(8);
    report(0);
    printf("calls=%d\n", calls);
    return 0;
}

#include <stdio.h>

struct s { int a; char c; int arr[3]; int *p; };

static int sum(const int *a, int n) { int s = 0, i; for (i = 0; i < n; i++) s += a[i]; return s; }

int main(void) {
    int zeros[8] = { 0 };
    int some[8] = { 5, 6 };
    unsigned char bytes[6] = { 255 };
    struct s st = { 1 };
    struct s arr[3] = { { 2, 'x' } };
    int i, bad = 0;

    for (i = 0; i < 8; i++) printf("%d", zeros[i]);
    printf("\n");
    for (i = 0; i < 8; i++) printf("%d ", some[i]);
    printf("sum=%d\n", sum(some, 8));
    for (i = 0; i < 6; i++) printf("%u ", bytes[i]);
    printf("\n");
    printf("st: a=%d c=%d arr=%d,%d,%d p_null=%d\n", st.a, st.c, st.arr[0], st.arr[1], st.arr[2], st.p == 0);
    for (i = 0; i < 3; i++)
        printf("arr[%d]: a=%d c=%d arrsum=%d p_null=%d\n", i, arr[i].a, arr[i].c, sum(arr[i].arr, 3), arr[i].p == 0);
    {
        /* a partially initialized local in a loop is re-zeroed every iteration */
        int round;
        for (round = 0; round < 3; round++) {
            int tmp[4] = { round };
            for (i = 0; i < 4; i++) if (i > 0 && tmp[i] != 0) bad++;
            tmp[3] = 99;
            printf("round %d first=%d\n", round, tmp[0]);
        }
        printf("bad=%d\n", bad);
    }
    return 0;
}

/* nested loops: break and continue only affect the innermost loop */
#include <stdio.h>

int main(void) {
    int i, j;

    /* continue in the inner loop skips the diagonal */
    for (i = 0; i < 4; i++) {
        for (j = 0; j < 4; j++) {
            if (i == j)
                continue;
            printf("%d%d ", i, j);
        }
        printf("\n");
    }

    /* break in the inner loop ends only that loop */
    for (i = 1; i <= 4; i++) {
        printf("row %d:", i);
        for (j = 1; j <= 10; j++) {
            if (j > i)
                break;
            printf(" %d", i * j);
        }
        printf(" (j=%d)\n", j);
    }

    /* break inside a while nested in a for, flag to leave the outer loop */
    {
        int found = 0, fi = -1, fj = -1;
        for (i = 2; i < 20 && !found; i++) {
            j = 2;
            while (j < i) {
                if (i * j == 36 && i - j == 5) {
                    found = 1;
                    fi = i;
                    fj = j;
                    break;
                }
                j++;
            }
        }
        printf("found=%d i=%d j=%d (loop i=%d)\n", found, fi, fj, i);
    }

    /* continue in the outer loop from after an inner loop */
    {
        int count = 0;
        for (i = 0; i < 6; i++) {
            int s = 0;
            for (j = 0; j <= i; j++)
                s += j;
            if (s % 2)
                continue;
            count++;
            printf("tri(%d)=%d even\n", i, s);
        }
        printf("count=%d\n", count);
    }

    /* do/while inside for with break in both */
    for (i = 0; i < 10; i++) {
        int k = i;
        do {
            if (k == 2)
                break;
            k--;
        } while (k > 0);
        if (i == 4)
            break;
        printf("i=%d k=%d\n", i, k);
    }
    printf("end i=%d\n", i);
    return 0;
}

/* goto: forward jumps, backward jumps forming a loop, leaving nested loops, cleanup label */
#include <stdio.h>

static int find(int target, int *ri, int *rj) {
    int i, j;
    for (i = 0; i < 5; i++)
        for (j = 0; j < 5; j++)
            if (i * 5 + j == target)
                goto found;
    return 0;
found:
    *ri = i;
    *rj = j;
    return 1;
}

static int process(int n) {
    int status = 0;
    printf("process(%d):", n);
    if (n < 0) {
        status = -1;
        goto cleanup;
    }
    printf(" step1");
    if (n == 0) {
        status = -2;
        goto cleanup;
    }
    printf(" step2");
    status = n * 2;
cleanup:
    printf(" cleanup -> %d\n", status);
    return status;
}

int main(void) {
    int i = 0, r, c;

    /* backward goto as a loop */
again:
    printf("again %d\n", i);
    i++;
    if (i < 3)
        goto again;

    /* forward goto skipping statements */
    goto skip;
    printf("never printed\n");
skip:
    printf("skipped ahead\n");

    if (find(13, &r, &c))
        printf("13 at (%d,%d)\n", r, c);
    if (!find(99, &r, &c))
        printf("99 not found\n");

    process(-5);
    process(0);
    process(7);

    /* goto out of three nested loops in main */
    {
        int a, b, d, hits = 0;
        for (a = 1; a < 10; a++)
            for (b = a; b < 10; b++)
                for (d = b; d < 10; d++) {
                    hits++;
                    if (a * a + b * b == d * d)
                        goto pyth;
                }
        printf("no triple\n");
        goto done;
pyth:
        printf("triple %d %d %d after %d tries\n", a, b, d, hits);
    }
done:
    /* label on an empty statement at the end of a block */
    {
        int k = 0;
        while (k < 100) {
            k += 7;
            if (k % 5 == 0)
                goto out;
        }
out:;
        printf("k=%d\n", k);
    }
    return 0;
}

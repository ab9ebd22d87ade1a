/* do/while: body always runs at least once; continue jumps to the condition */
#include <stdio.h>

static int calls;

static int next(void) {
    calls++;
    return calls;
}

int main(void) {
    int n = 0;
    do {
        n++;
        printf("body runs with false condition, n=%d\n", n);
    } while (0);

    n = 100;
    do
        n += 5;
    while (n < 10);
    printf("n=%d\n", n);

    /* count down, printing each step */
    n = 3;
    do {
        printf("%d ", n);
    } while (--n > 0);
    printf("-> n=%d\n", n);

    /* continue inside do/while goes to the condition test */
    {
        int i = 0, shown = 0;
        do {
            i++;
            if (i == 2 || i == 4)
                continue;
            printf("<%d>", i);
            shown++;
        } while (i < 6);
        printf(" shown=%d i=%d\n", shown, i);
    }

    /* condition evaluated once per iteration */
    {
        int v;
        do {
            v = next();
        } while (v < 4);
        printf("v=%d calls=%d\n", v, calls);
    }

    /* reverse digits with do/while (handles 0 correctly) */
    {
        unsigned vals[3] = { 0u, 7u, 1203u };
        int j;
        for (j = 0; j < 3; j++) {
            unsigned x = vals[j], r = 0;
            do {
                r = r * 10u + x % 10u;
                x /= 10u;
            } while (x);
            printf("rev(%u)=%u\n", vals[j], r);
        }
    }
    return 0;
}

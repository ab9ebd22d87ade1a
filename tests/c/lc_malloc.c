/* malloc, calloc (zeroed), realloc (grows and keeps contents), free and reuse */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    int *a, *z, *g;
    char *s, *t;
    int i, sum, nonzero, round;
    a = malloc(10 * sizeof(int));
    if (!a)
        return 1;
    for (i = 0; i < 10; i++)
        a[i] = i * i;
    sum = 0;
    for (i = 0; i < 10; i++)
        sum += a[i];
    printf("malloc'd squares sum %d\n", sum);
    z = calloc(50, sizeof(int));
    nonzero = 0;
    for (i = 0; i < 50; i++)
        nonzero += z[i] != 0;
    printf("calloc: %d nonzero of 50\n", nonzero);
    /* dirty a block, free it, then calloc must still hand out zeros */
    s = malloc(64);
    memset(s, 'x', 64);
    free(s);
    s = calloc(64, 1);
    nonzero = 0;
    for (i = 0; i < 64; i++)
        nonzero += s[i] != 0;
    printf("calloc after free: %d nonzero of 64\n", nonzero);
    free(s);
    g = realloc(a, 200 * sizeof(int));
    for (i = 10; i < 200; i++)
        g[i] = -i;
    printf("realloc kept: %d %d %d, new: %d %d\n", g[0], g[5], g[9], g[10], g[199]);
    g = realloc(g, 3 * sizeof(int));
    printf("shrunk: %d %d %d\n", g[0], g[1], g[2]);
    t = realloc(NULL, 6);
    strcpy(t, "hello");
    printf("realloc(NULL) acts like malloc: %s\n", t);
    free(NULL);
    printf("free(NULL) is a no-op\n");
    /* many rounds of allocate / fill / check / free */
    for (round = 0; round < 8; round++) {
        char *blocks[5];
        int ok = 1;
        for (i = 0; i < 5; i++) {
            blocks[i] = malloc(8 + round + i);
            memset(blocks[i], 'a' + i, 8 + round + i);
        }
        for (i = 0; i < 5; i++) {
            ok = ok && blocks[i][0] == 'a' + i && blocks[i][7 + round + i] == 'a' + i;
            free(blocks[i]);
        }
        if (!ok)
            printf("round %d corrupted\n", round);
    }
    printf("8 rounds done\n");
    free(g);
    free(t);
    free(z);
    return 0;
}

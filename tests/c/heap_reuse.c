/* The allocator reuses freed memory: neighbours merge when a request finds no
 * room, and the block at the top of the heap grows in place. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void)
{
    void *p[40];
    int i, n = 0;
    for (i = 0; i < 35; i++) p[i] = malloc(100000);
    for (i = 0; i < 35; i++) free(p[i]);
    void *q = malloc(1000000);
    printf("%d\n", q != NULL);
    free(q);
    /* interleaved frees: only every other block merges with its neighbours */
    for (i = 0; i < 40; i++) p[i] = malloc(20000 + 8 * i);
    for (i = 0; i < 40; i += 2) free(p[i]);
    char *r = malloc(30000);
    memset(r, 7, 30000);
    for (i = 1; i < 40; i += 2) free(p[i]);
    char *big = malloc(700000);
    printf("%d %d\n", r != NULL, big != NULL);
    /* a growing array: realloc in place at the top of the heap */
    int *v = 0;
    for (i = 1; i <= 200000; i *= 2) {
        int *w = realloc(v, i * sizeof(int));
        if (!w) break;
        w[i - 1] = i;
        if (i > 1) n += w[i / 2 - 1] == i / 2;
        v = w;
    }
    printf("%d %d\n", i, n);
    /* everything freed: the whole heap is one block again */
    free(v); free(r); free(big);
    void *all = malloc(1500000);
    printf("%d\n", all != NULL);
    return 0;
}

/* malloc: a singly linked list kept as two int arrays of links and values */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *val = malloc(10 * sizeof(int));
    int *next = calloc(10, sizeof(int));
    int head = -1, i, n = 0;
    for (i = 0; i < 10; i++) { val[i] = i * i; next[i] = head; head = i; }
    for (i = head; i != -1; i = next[i]) n += val[i];
    printf("%d %d\n", n, val[9]);
    free(val);
    free(next);
    return 0;
}

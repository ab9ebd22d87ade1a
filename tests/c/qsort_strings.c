/* qsort an array of strings with strcmp, then bsearch in it */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
int main(void) {
    char *names[] = {"pear", "apple", "fig", "banana", "cherry", "date"};
    char *key = "fig", **hit;
    int i, n = sizeof names / sizeof names[0];
    qsort(names, n, sizeof names[0], cmp);
    for (i = 0; i < n; i++) printf("%s ", names[i]);
    hit = bsearch(&key, names, n, sizeof names[0], cmp);
    printf("\n%s at %d\n", *hit, (int)(hit - names));
    return 0;
}

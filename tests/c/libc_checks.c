/* the three quick checks: a malloc'd linked list, qsort with a comparator,
   printf with widths; plus realloc, strtol, strstr, bsearch, assert and ## */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <assert.h>

#define FIELD(prefix, n) prefix ## n
#define SHOW(e) printf("%s = %d\n", #e, (e))

struct item { int key; struct item *next; };

int by_value(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void) {
    struct item *head = 0, *it, *next;
    int data[8] = {42, 7, 19, 3, 88, 7, 0, -5};
    int FIELD(count, 1) = 0, i, *grown, *hit, key = 19;
    char *end;
    long parsed;
    for (i = 0; i < 5; i++) {
        it = malloc(sizeof *it);
        it->key = i * i;
        it->next = head;
        head = it;
    }
    for (it = head; it; it = next) {
        next = it->next;
        count1 += it->key;
        free(it);
    }
    it = malloc(sizeof *it);            /* reuses a freed block */
    printf("list sum %d, reused %d\n", count1, it != 0);
    qsort(data, 8, sizeof(int), by_value);
    for (i = 0; i < 8; i++) printf("%4d|", data[i]);
    printf("\n%-6s|%6s|%06d|%x\n", "left", "right", 123, 48879);
    hit = bsearch(&key, data, 8, sizeof(int), by_value);
    printf("found %d at %d\n", *hit, (int)(hit - data));
    grown = malloc(2 * sizeof(int));
    grown[0] = 5; grown[1] = 6;
    grown = realloc(grown, 100 * sizeof(int));
    parsed = strtol("-0x1F rest", &end, 0);
    printf("%d %d %ld %s\n", grown[0], grown[1], parsed, end);
    printf("%s %s\n", strstr("haystack", "st"), strrchr("a/b/c", '/'));
    SHOW(3 * 4 + 1);
    assert(count1 == 30);
    return 0;
}

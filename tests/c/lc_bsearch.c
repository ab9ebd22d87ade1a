/* bsearch on sorted ints and on a sorted table of structs: found / not found */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    const char *key;
    int value;
};

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_entry(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const struct entry *)e)->key);
}

int main(void)
{
    int primes[10] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29};
    struct entry table[5] = {{"blue", 3}, {"green", 2}, {"indigo", 6}, {"red", 1}, {"violet", 7}};
    const char *colours[4] = {"red", "violet", "orange", "blue"};
    int probes[9] = {0, 2, 4, 13, 14, 23, 28, 29, 30};
    int key, i, *hit;
    struct entry *e;
    for (i = 0; i < 9; i++) {
        key = probes[i];
        hit = bsearch(&key, primes, 10, sizeof primes[0], cmp_int);
        if (hit)
            printf("%2d found at index %d\n", key, (int)(hit - primes));
        else
            printf("%2d not found\n", key);
    }
    key = 2;
    printf("first: %d\n", (int)((int *)bsearch(&key, primes, 10, sizeof(int), cmp_int) - primes));
    key = 29;
    printf("last: %d\n", (int)((int *)bsearch(&key, primes, 10, sizeof(int), cmp_int) - primes));
    key = 2;
    printf("empty array: %s\n", bsearch(&key, primes, 0, sizeof(int), cmp_int) ? "found" : "NULL");
    for (i = 0; i < 4; i++) {
        e = bsearch(colours[i], table, 5, sizeof table[0], cmp_entry);
        if (e)
            printf("%s -> %d\n", colours[i], e->value);
        else
            printf("%s -> none\n", colours[i]);
    }
    return 0;
}

/* qsort: ints ascending and descending, structs by key, strings */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item {
    const char *name;
    int weight;
};

static int up(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int down(const void *a, const void *b)
{
    return up(b, a);
}

static int by_weight_then_name(const void *a, const void *b)
{
    const struct item *p = a, *q = b;
    if (p->weight != q->weight)
        return p->weight < q->weight ? -1 : 1;
    return strcmp(p->name, q->name);
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void show(const int *v, int n)
{
    int i;
    for (i = 0; i < n; i++)
        printf(" %d", v[i]);
    printf("\n");
}

int main(void)
{
    int v[12] = {5, -3, 12, 0, 7, 7, -2147483647, 99, 1, -3, 42, 2147483647};
    int one[1] = {9};
    struct item items[6] = {{"pear", 3}, {"fig", 1}, {"apple", 3}, {"kiwi", 2}, {"date", 1}, {"lime", 5}};
    const char *words[7] = {"delta", "alpha", "Charlie", "bravo", "alpha2", "", "echo"};
    int i;
    qsort(v, 12, sizeof v[0], up);
    printf("up:  ");
    show(v, 12);
    qsort(v, 12, sizeof v[0], down);
    printf("down:");
    show(v, 12);
    qsort(one, 1, sizeof one[0], up);
    qsort(one, 0, sizeof one[0], up);
    printf("one: %d\n", one[0]);
    qsort(items, 6, sizeof items[0], by_weight_then_name);
    for (i = 0; i < 6; i++)
        printf("%d %s\n", items[i].weight, items[i].name);
    qsort(words, 7, sizeof words[0], by_string);
    for (i = 0; i < 7; i++)
        printf("[%s]", words[i]);
    printf("\n");
    return 0;
}

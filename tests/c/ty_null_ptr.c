#include <stdio.h>
#include <stddef.h>

struct node { int val; struct node *next; };

static int *find(int *a, int n, int key) {
    int i;
    for (i = 0; i < n; i++)
        if (a[i] == key) return &a[i];
    return NULL;
}

static int length(const struct node *n) {
    int len = 0;
    while (n != NULL) { len++; n = n->next; }
    return len;
}

int main(void) {
    int data[5] = { 4, 8, 15, 16, 23 };
    int *hit = find(data, 5, 15);
    int *miss = find(data, 5, 42);
    int *z = 0;
    void *v = NULL;
    struct node c = { 3, NULL }, b = { 2, &c }, a = { 1, &b };

    printf("hit=%d index=%d\n", hit != NULL, hit ? (int)(hit - data) : -1);
    printf("miss=%d\n", miss == NULL);
    printf("z==NULL %d !z %d v==0 %d\n", z == NULL, !z, v == 0);
    printf("len=%d len(NULL)=%d len(&c)=%d\n", length(&a), length(NULL), length(&c));
    if (miss) printf("unexpected\n"); else printf("miss is false in if\n");
    if (hit && *hit == 15) printf("short-circuit deref ok\n");
    if (z && *z) printf("bad\n"); else printf("null guard ok\n");
    {
        int *arr[3] = { 0 };
        int i, nulls = 0;
        arr[1] = &data[4];
        for (i = 0; i < 3; i++) nulls += arr[i] == NULL;
        printf("nulls=%d val=%d\n", nulls, *arr[1]);
    }
    return 0;
}

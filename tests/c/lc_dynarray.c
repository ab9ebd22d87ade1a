/* a growable array of ints (doubling with realloc) and a growable string */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vec {
    int *data;
    int len, cap, grows;
};

static void push(struct vec *v, int x)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 1;
        v->data = realloc(v->data, v->cap * sizeof(int));
        v->grows++;
    }
    v->data[v->len++] = x;
}

static int pop(struct vec *v)
{
    return v->data[--v->len];
}

int main(void)
{
    struct vec v = {NULL, 0, 0, 0};
    char *str = NULL;
    int slen = 0, i, sum = 0, ok = 1;
    for (i = 1; i <= 100; i++) {
        push(&v, i * 3);
        if (i == 1 || i == 2 || i == 3 || i == 5 || i == 9 || i == 17 || i == 33 || i == 65)
            printf("len %3d cap %3d grows %d\n", v.len, v.cap, v.grows);
    }
    for (i = 0; i < v.len; i++) {
        sum += v.data[i];
        ok = ok && v.data[i] == (i + 1) * 3;
    }
    printf("sum %d contents intact %d\n", sum, ok);
    i = pop(&v);
    printf("pop: %d, len now %d\n", i, v.len);
    while (v.len > 95)
        pop(&v);
    printf("top after pops: %d (len %d)\n", v.data[v.len - 1], v.len);
    for (i = 0; i < 12; i++) {
        const char *word = i % 3 == 0 ? "ab" : i % 3 == 1 ? "cde" : "f";
        int n = strlen(word);
        str = realloc(str, slen + n + 1);
        memcpy(str + slen, word, n + 1);
        slen += n;
    }
    printf("string (%d): %s\n", slen, str);
    free(str);
    free(v.data);
    return 0;
}

/* ++ and -- on pointers, array elements and struct fields */
#include <stdio.h>

struct node { int count; char letter; short level; int *cursor; };

int main(void) {
    int arr[6] = {10, 20, 30, 40, 50, 60};
    int *p = arr;
    char s[] = "hello";
    char *q = s;
    struct node n = {0, 'a', -1, arr};
    struct node *pn = &n;
    int v;
    v = *p++; printf("v=%d now=%d\n", v, *p);
    v = *++p; printf("v=%d now=%d\n", v, *p);
    v = ++*p; printf("v=%d arr[2]=%d\n", v, arr[2]);
    v = (*p)++; printf("v=%d arr[2]=%d\n", v, arr[2]);
    v = *p--; printf("v=%d now=%d\n", v, *p);
    v = *--p; printf("v=%d idx=%d\n", v, (int)(p - arr));
    p = arr + 5;
    while (p > arr)
        printf("%d ", *--p);
    printf("\n");
    /* array elements */
    arr[0]++;
    ++arr[1];
    arr[5]--;
    --arr[4];
    printf("%d %d %d %d\n", arr[0], arr[1], arr[4], arr[5]);
    /* walking a string */
    while (*q)
        putchar(*q++ - 32);
    putchar('\n');
    printf("%d\n", (int)(q - s));
    /* struct fields directly and through a pointer */
    n.count++;
    ++n.count;
    pn->count++;
    n.letter++;
    ++pn->letter;
    pn->level--;
    --pn->level;
    printf("count=%d letter=%c level=%d\n", n.count, n.letter, n.level);
    v = *pn->cursor++;
    printf("v=%d next=%d\n", v, *pn->cursor);
    v = ++*pn->cursor;
    printf("v=%d arr[1]=%d\n", v, arr[1]);
    v = (*pn).count++ * 10;
    printf("v=%d count=%d\n", v, pn->count);
    return 0;
}

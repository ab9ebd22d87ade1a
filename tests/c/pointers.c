/* pointers: arithmetic, difference, pointer to pointer, swap through pointers */
#include <stdio.h>

void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }

int main(void) {
    int a[5] = {5, 4, 3, 2, 1};
    int *p = a, *q = &a[4];
    int **pp = &p;
    swap(p, q);
    printf("%d %d %d\n", a[0], a[4], (int)(q - p));
    (*pp)++;
    printf("%d %d\n", *p, **pp);
    for (p = a; p < a + 5; p++) *p += 10;
    printf("%d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
    return 0;
}

/* enums (implicit and explicit values, typedef) and goto */
#include <stdio.h>

enum color { RED, GREEN = 5, BLUE };
typedef enum { SMALL = -1, LARGE = 100 } size_class;

int find(int *a, int n, int x) {
    int i;
    for (i = 0; i < n; i++)
        if (a[i] == x) goto found;
    return -1;
found:
    return i;
}

int main(void) {
    enum color c = BLUE;
    size_class s = LARGE;
    int a[4] = {7, 8, 9, 10};
    int n = 0;
again:
    n++;
    if (n < 3) goto again;
    printf("%d %d %d %d %d %d\n", RED, GREEN, c, s + SMALL, find(a, 4, 9), find(a, 4, 1));
    printf("%d\n", n);
    return 0;
}

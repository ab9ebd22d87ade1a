/* short-circuit evaluation, comma operator, pre/post increments in expressions */
#include <stdio.h>
int calls;
int t(int v) { calls++; return v; }
int main(void) {
    int i = 0, j, a[5] = {0};
    if (t(0) && t(1)) printf("no\n");
    if (t(1) || t(0)) printf("yes %d\n", calls);
    j = (i++, i++, i);
    a[i++] = i;
    printf("%d %d %d %d\n", i, j, a[2], a[3]);
    i = 5;
    j = i++ + ++i;
    printf("%d %d\n", i, j);
    return t(0) ? 1 : (t(2), calls);
}

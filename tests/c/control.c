/* control flow: switch with fall-through, break/continue, do/while, ?:, && || */
#include <stdio.h>

int classify(int x) {
    switch (x) {
    case 0: return 100;
    case 1:
    case 2: x += 10;
    case 3: x += 20; break;
    default: x = -1;
    }
    return x;
}

int main(void) {
    int i, n = 0;
    for (i = 0; i < 6; i++) printf("%d ", classify(i));
    printf("\n");
    for (i = 0; i < 20; i++) {
        if (i % 3 == 0) continue;
        if (i > 14) break;
        n += i;
    }
    i = 0;
    do { i += 7; } while (i < 30);
    printf("%d %d %d\n", n, i, i > 30 ? 1 : 2);
    printf("%d %d\n", (n > 0 && i < 0) || n == 0, n > 0 && (i > 0 || n < 0));
    return 0;
}

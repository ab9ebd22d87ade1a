/* if / else-if chains, dangling else binding to the nearest if, nested conditions */
#include <stdio.h>

static const char *classify(int n) {
    if (n < 0)
        return "negative";
    else if (n == 0)
        return "zero";
    else if (n < 10)
        return "small";
    else if (n < 100)
        return "medium";
    else
        return "large";
}

static int dangling(int a, int b) {
    int r = 0;
    if (a > 0)
        if (b > 0)
            r = 1;
        else            /* belongs to "if (b > 0)" */
            r = 2;
    return r;
}

static int braced(int a, int b) {
    int r = 0;
    if (a > 0) {
        if (b > 0)
            r = 1;
    } else
        r = 3;
    return r;
}

int main(void) {
    int vals[] = { -5, 0, 7, 42, 1000 };
    int i;
    for (i = 0; i < 5; i++)
        printf("%d: %s\n", vals[i], classify(vals[i]));
    printf("dangling: %d %d %d %d\n", dangling(1, 1), dangling(1, -1),
           dangling(-1, 1), dangling(-1, -1));
    printf("braced: %d %d %d %d\n", braced(1, 1), braced(1, -1),
           braced(-1, 1), braced(-1, -1));
    /* conditions are any scalar: nonzero is true */
    {
        int x = 5, count = 0;
        char *p = 0;
        if (x) count++;
        if (!x) count += 10;
        if (x - 5) count += 100;
        if (!p) count += 1000;
        if (x & 4) count += 10000;
        printf("count=%d\n", count);
    }
    /* empty statement bodies */
    if (vals[0] < 0) ; else printf("not printed\n");
    if (vals[1]) {} else { printf("else of empty block\n"); }
    return 0;
}

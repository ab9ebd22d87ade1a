/* pointer arithmetic, differences, comparisons and subscripting */
#include <stdio.h>
#include <stddef.h>

struct rec { int key; char name[4]; };

int main(void) {
    int arr[8] = {0, 10, 20, 30, 40, 50, 60, 70};
    short sh[4] = {1, 2, 3, 4};
    struct rec recs[3] = {{1, "ab"}, {2, "cd"}, {3, "ef"}};
    int *p = arr, *q = arr + 5;
    short *sp = sh;
    struct rec *rp = recs;
    ptrdiff_t d;
    d = q - p;
    printf("%d %d\n", (int)d, (int)(p - q));
    printf("%d %d %d\n", *(p + 3), p[3], 3[p]);
    printf("%d %d\n", *(q - 2), q[-2]);
    printf("%d %d %d %d\n", p < q, p > q, p <= p, q != p);
    printf("%d\n", p + 5 == q);
    printf("%d\n", (int)((char *)q - (char *)p));
    printf("%d\n", (int)((char *)(sp + 3) - (char *)sp));
    printf("%d %d\n", sp[2], *(sp + 1) + *sp);
    printf("%d %s\n", (rp + 2)->key, (rp + 1)->name);
    printf("%d\n", (int)(&recs[2] - rp));
    printf("%d\n", (int)((char *)&recs[2] - (char *)rp));
    printf("%c\n", rp[1].name[1]);
    printf("%c\n", *(rp + 2)->name);
    /* walking with a pointer and comparing against the end */
    {
        int sum = 0;
        int *e;
        for (e = arr + 8, p = arr; p != e; p += 2)
            sum += *p;
        printf("sum=%d\n", sum);
    }
    /* pointer to one past the end, then back */
    p = arr + 8;
    printf("%d\n", p[-1]);
    /* string literal pointer arithmetic */
    printf("%s %c %c\n", "hello" + 2, *("hello" + 1), "hello"[4]);
    /* pointers to pointers */
    {
        int *ptrs[3] = {&arr[1], &arr[4], &arr[7]};
        int **pp = ptrs;
        printf("%d %d %d\n", **pp, *pp[1], *(*(pp + 2) - 1));
        pp++;
        printf("%d\n", **pp + 1);
    }
    /* 2D arrays */
    {
        int g[3][4];
        int i, j;
        for (i = 0; i < 3; i++)
            for (j = 0; j < 4; j++)
                g[i][j] = i * 10 + j;
        printf("%d %d %d\n", *(*(g + 2) + 1), (*(g + 1))[3], *g[1]);
        printf("%d\n", (int)(&g[2][0] - &g[0][0]));
    }
    return 0;
}

#include <stdio.h>

static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_max(int a, int b) { return a > b ? a : b; }

typedef int (*binop)(int, int);

int main(void) {
    int (*table[4])(int, int) = { op_add, op_sub, op_mul, op_max };
    binop more[] = { op_max, op_add };
    const char *names = "+-*M";
    int i, j;

    for (i = 0; i < 4; i++)
        printf("7 %c 3 = %d\n", names[i], table[i](7, 3));
    {
        /* fold a list with each operation */
        int list[5] = { 3, -1, 4, 1, 5 };
        for (i = 0; i < 4; i++) {
            int acc = list[0];
            for (j = 1; j < 5; j++) acc = (*table[i])(acc, list[j]);
            printf("fold %c = %d\n", names[i], acc);
        }
    }
    printf("more: %d %d count=%d\n", more[0](2, 9), more[1](2, 9), (int)(sizeof more / sizeof more[0]));
    {
        binop *p = table + 1;
        printf("p[0](10,4)=%d p[2](10,4)=%d\n", p[0](10, 4), p[2](10, 4));
    }
    {
        /* dispatch by char via index lookup */
        const char *prog = "+*-";
        int acc = 2;
        for (i = 0; prog[i]; i++) {
            for (j = 0; names[j] != prog[i]; j++) ;
            acc = table[j](acc, 5);
            printf("after %c: %d\n", prog[i], acc);
        }
    }
    return 0;
}

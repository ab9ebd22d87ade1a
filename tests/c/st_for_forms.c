/* for loops: declarations in the init clause, empty clauses, comma expressions, scope of the loop variable */
#include <stdio.h>

int main(void) {
    int i = 99;
    int total = 0;

    for (int i = 0; i < 4; i++)       /* this i shadows the outer one */
        total += i;
    printf("total=%d outer i=%d\n", total, i);

    for (int a = 0, b = 10; a < b; a += 3, b -= 2)
        printf("(%d,%d)", a, b);
    printf("\n");

    /* empty init and increment */
    i = 0;
    for (; i < 3;) {
        printf("i=%d ", i);
        i++;
    }
    printf("\n");

    /* all clauses empty: infinite loop left with break */
    {
        int n = 0;
        for (;;) {
            if (++n == 5)
                break;
        }
        printf("n=%d\n", n);
    }

    /* empty body; the work happens in the clauses */
    {
        int len;
        const char *s = "statements";
        for (len = 0; s[len]; len++)
            ;
        printf("len=%d\n", len);
    }

    /* counting down with an unsigned counter, stopping before wrap */
    for (unsigned u = 3; u > 0; u--)
        printf("u=%u ", u);
    printf("\n");

    /* a fresh variable per iteration with an initializer */
    for (int k = 0; k < 3; k++) {
        int sq = k * k;
        int cube = sq * k;
        printf("k=%d sq=%d cube=%d\n", k, sq, cube);
    }

    /* pointer walk with comma in the increment */
    {
        int arr[5] = { 5, 4, 3, 2, 1 };
        int *p, idx;
        for (p = arr, idx = 0; p < arr + 5; p++, idx++)
            if (*p % 2)
                printf("arr[%d]=%d odd\n", idx, *p);
    }
    return 0;
}

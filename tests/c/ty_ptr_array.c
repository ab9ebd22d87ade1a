#include <stdio.h>

int main(void) {
    int x = 3, y = 7, z = -2;
    int *ptrs[3] = { &x, &y, &z };
    const char *words[] = { "alpha", "beta", "gamma", "delta" };
    int **walk;
    int i, sum = 0;

    for (i = 0; i < 3; i++) sum += *ptrs[i];
    printf("sum=%d\n", sum);
    for (walk = ptrs; walk < ptrs + 3; walk++) **walk *= 2;
    printf("x=%d y=%d z=%d\n", x, y, z);
    {
        int *tmp = ptrs[0];
        ptrs[0] = ptrs[2];
        ptrs[2] = tmp;
        printf("after swap: %d %d %d\n", *ptrs[0], *ptrs[1], *ptrs[2]);
    }
    for (i = 0; i < 4; i++) printf("%s[%d]=%c ", words[i], i, words[i][i]);
    printf("\n");
    {
        const char **wp = words + 3;
        while (wp >= words) {
            printf("%s ", *wp);
            if (wp == words) break;
            wp--;
        }
        printf("\n");
    }
    printf("count=%d\n", (int)(sizeof words / sizeof words[0]));
    return 0;
}

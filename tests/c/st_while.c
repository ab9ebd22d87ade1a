/* while loops: zero iterations, counting, condition with side effects, while(1)+break */
#include <stdio.h>

int main(void) {
    int i = 10, n = 0;
    while (i < 5)          /* never runs */
        n++;
    printf("zero-trip: n=%d i=%d\n", n, i);

    i = 0;
    while (i < 5) {
        printf("%d ", i * i);
        i++;
    }
    printf("| i=%d\n", i);

    /* side effect in the condition: post-decrement */
    i = 4;
    while (i--)
        printf("[%d]", i);
    printf(" after: i=%d\n", i);

    /* digits of a number, least significant first */
    {
        unsigned v = 90417u;
        int digits = 0;
        while (v != 0) {
            printf("%u", v % 10u);
            v /= 10u;
            digits++;
        }
        printf(" (%d digits)\n", digits);
    }

    /* while (1) with break, and continue skipping odd values */
    {
        int k = 0, sum = 0;
        while (1) {
            k++;
            if (k > 12)
                break;
            if (k % 2)
                continue;
            sum += k;
        }
        printf("k=%d sum of evens=%d\n", k, sum);
    }

    /* collatz steps from 27 would be long: use 6 */
    {
        int x = 6, steps = 0;
        while (x != 1) {
            x = (x % 2 == 0) ? x / 2 : 3 * x + 1;
            steps++;
            printf("%d%c", x, x == 1 ? '\n' : ' ');
        }
        printf("steps=%d\n", steps);
    }
    return 0;
}

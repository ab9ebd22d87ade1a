/* Strength reduction replaced `i < 5` by `i * 30000 < 150000`, assuming i
   stays near 5; but that test is not the loop's exit test, i runs to 99999
   and i * 30000 wraps (in unsigned arithmetic, as the program computes it). */
#include <stdio.h>

int main(void) {
    int n = 0, i = 0, cnt = 0;
    unsigned acc = 0;
    while (n < 100000) {
        n++;
        acc += (unsigned)i * 30000u;
        if (i < 5)
            cnt++;
        i++;
    }
    printf("%u %d\n", acc, cnt);
    return 0;
}

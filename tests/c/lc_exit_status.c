/* exit inside an expression ends the program at once, with a large status */
#include <stdio.h>
#include <stdlib.h>

static int check(int v)
{
    if (v > 3) {
        printf("leaving with %d\n", 200 + v);
        exit(200 + v);
    }
    return v;
}

int main(void)
{
    int i, total = 0;
    for (i = 0; i < 10; i++)
        total += check(i) * 10;
    printf("total %d\n", total);
    return 0;
}

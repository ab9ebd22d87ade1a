/* passing assertions evaluate their expression exactly once and do nothing else */
#include <stdio.h>
#include <assert.h>
#include <string.h>

static int calls;

static int counted(int v)
{
    calls++;
    return v;
}

static int isqrt(int n)
{
    int r = 0;
    assert(n >= 0);
    while ((r + 1) * (r + 1) <= n)
        r++;
    assert(r * r <= n && n < (r + 1) * (r + 1));
    return r;
}

int main(void)
{
    int i, x = 5;
    char buf[8];
    assert(1);
    assert(x == 5);
    assert(counted(1));
    assert(counted(7) == 7);
    printf("counted() called %d times\n", calls);
    assert(x++ == 5);
    printf("x is now %d\n", x);
    strcpy(buf, "abc");
    assert(strlen(buf) == 3 && buf[3] == '\0');
    assert(buf);
    for (i = 0; i <= 30; i += 5)
        printf("isqrt(%d) = %d\n", i, isqrt(i));
    (void)0, assert(x > 0);
    printf("all assertions held\n");
    return 0;
}

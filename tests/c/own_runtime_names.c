/* A program may define functions the runtime library also has: its own win. */
#include <stdio.h>
#include <stdlib.h>

static int calls;

int atoi(const char *s)
{
    int v = 0;
    calls = calls + 1;
    while (*s >= '0' && *s <= '9')
        v = v * 10 + (*s++ - '0');
    return v + 1000;
}

int main(void)
{
    int total = atoi("5") + atoi("17x") + atoi("");
    printf("total %d after %d calls of our atoi\n", total, calls);
    return 0;
}

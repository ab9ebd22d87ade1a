/* with NDEBUG defined before <assert.h>, assert expands to nothing: the
 * expression is not evaluated, even a false one or one with side effects */
#define NDEBUG
#include <assert.h>
#include <stdio.h>

static int calls;

static int bump(void)
{
    return ++calls;
}

int main(void)
{
    int x = 10;
    assert(0);
    assert(x == 11);
    assert(bump() == 100);
    assert(x++ < 0);
    printf("x=%d calls=%d\n", x, calls);
    return x == 10 && calls == 0 ? 0 : 3;
}

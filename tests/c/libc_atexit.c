/* exit() runs the atexit handlers (in reverse order) before the program ends,
   with its status; a handler may register another. */
#include <stdio.h>
#include <stdlib.h>

static void last(void) { puts("registered by a handler, run next"); }
static void one(void) { puts("one"); }
static void two(void) { puts("two"); atexit(last); }

static void deep(int n)
{
    if (n == 0)
        exit(3);
    deep(n - 1);
}

int main(void)
{
    atexit(one);
    atexit(two);
    puts("main");
    deep(5);
    puts("not reached");
    return 0;
}

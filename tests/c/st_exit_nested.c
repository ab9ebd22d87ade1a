/* exit(n) called deep inside nested calls and loops: output written before it is flushed,
   code after it never runs, and the exit code is n */
#include <stdio.h>
#include <stdlib.h>

static int depth;

static void check(int value) {
    if (value > 20) {
        printf("value %d too large at depth %d, exiting\n", value, depth);
        printf("partial line without newline");
        exit(7);
    }
}

static void walk(int n) {
    int i;
    depth++;
    for (i = 0; i < 3; i++) {
        printf("walk(%d) i=%d\n", n, i);
        check(n * 3 + i);
    }
    walk(n + 2);
    printf("never reached after recursion\n");
}

int main(void) {
    printf("start\n");
    walk(1);
    printf("never reached in main\n");
    return 0;
}

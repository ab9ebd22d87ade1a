/* exit() from deep inside calls ends the program with its status; output
 * written before is kept (stdout and stderr) */
#include <stdio.h>
#include <stdlib.h>

static int depth_reached;

static void dive(int depth, int limit)
{
    depth_reached = depth;
    printf("depth %d\n", depth);
    if (depth == limit) {
        fprintf(stderr, "giving up at depth %d\n", depth);
        exit(EXIT_FAILURE + depth);
    }
    dive(depth + 1, limit);
    printf("never printed %d\n", depth);
}

int main(void)
{
    printf("EXIT_SUCCESS=%d EXIT_FAILURE=%d\n", EXIT_SUCCESS, EXIT_FAILURE);
    dive(0, 4);
    printf("not reached either\n");
    return 0;
}

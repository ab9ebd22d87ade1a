/* deep-ish recursion: Ackermann for small arguments, with a call counter */
#include <stdio.h>

static unsigned calls;
static int max_depth, depth;

static int ack(int m, int n) {
    int r;
    calls++;
    depth++;
    if (depth > max_depth)
        max_depth = depth;
    if (m == 0)
        r = n + 1;
    else if (n == 0)
        r = ack(m - 1, 1);
    else
        r = ack(m - 1, ack(m, n - 1));
    depth--;
    return r;
}

int main(void) {
    int m, n;
    for (m = 0; m <= 2; m++) {
        for (n = 0; n <= 3; n++) {
            int v;
            calls = 0;
            max_depth = 0;
            v = ack(m, n);
            printf("A(%d,%d)=%d calls=%u depth=%d\n", m, n, v, calls, max_depth);
        }
    }
    calls = 0;
    max_depth = 0;
    m = ack(3, 2);
    printf("A(3,2)=%d calls=%u depth=%d\n", m, calls, max_depth);
    return 0;
}

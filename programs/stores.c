/*
 * stores.c -- store to every element of a 1 MB array, in one of three orders.
 *
 * Usage:  stores rising|falling|random
 *
 * The loop is the same in all three: x = (A x + C) mod N over the N
 * indices, from a start back to it, storing a[x] each time.  Only A, C and
 * the start differ, so each order executes the same instructions:
 *
 *   rising   A = 1, C = 1:      0, 1, 2, .., N - 1
 *   falling  A = 1, C = N - 1:  N - 1, N - 2, .., 0
 *   random   A = 1103515245, C = 12345: a full-period LCG (A = 1 mod 4,
 *            C odd, N a power of two), so every index once, scattered
 *
 * Each element is 8 bytes, so a run stores 8 N = 1,048,576 distinct byte
 * addresses.  The transformer keeps one sorted key per address: rising
 * addresses are appended, falling ones land below every earlier store,
 * random ones anywhere (the `stores` section of `make bench`).
 */
#include <string.h>

#define N (1 << 17)
static unsigned long long a[N];

int main(int argc, char **argv) {
    unsigned A = 1, C = 1, start = 0;
    if (argc > 1 && strcmp(argv[1], "falling") == 0) {
        C = N - 1;
        start = N - 1;
    } else if (argc > 1 && strcmp(argv[1], "random") == 0) {
        A = 1103515245u;
        C = 12345u;
    } else if (argc > 1 && strcmp(argv[1], "rising") != 0) {
        return 2;
    }
    unsigned x = start;
    do {
        a[x] = x;
        x = (A * x + C) & (N - 1);
    } while (x != start);
    return a[N - 1] != N - 1 || a[0] != 0;
}

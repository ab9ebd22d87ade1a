/* Stores to 4 N distinct byte addresses (N words) in a pseudo-random order:
   the LCG x -> 1103515245 x + 12345 (mod N, a power of two) has full period,
   so from 0 it visits every index once before coming back to 0 (the sorted
   cache inserts anywhere).  Compare with stores_rising.c. */
#define N (1 << 18)         /* words: 4 N = 1,048,576 distinct byte addresses */
static int a[N];

int main(void) {
    unsigned x = 0;
    do {
        a[x] = x;
        x = (x * 1103515245u + 12345u) & (N - 1);
    } while (x != 0);
    return a[N - 1] != N - 1;
}

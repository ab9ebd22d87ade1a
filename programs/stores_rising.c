/* Stores to 4 N distinct byte addresses (N words) in rising order: the
   sorted cache appends each new key.  stores_falling.c and stores_random.c
   make the same stores in other orders. */
#define N (1 << 18)         /* words: 4 N = 1,048,576 distinct byte addresses */
static int a[N];

int main(void) {
    for (int i = 0; i < N; i++)
        a[i] = i;
    return a[N - 1] != N - 1;
}

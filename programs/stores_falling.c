/* Stores to 4 N distinct byte addresses (N words) in falling order: each
   new word is below every address stored so far (the sorted cache inserts at
   its front).  Compare with stores_rising.c. */
#define N (1 << 18)         /* words: 4 N = 1,048,576 distinct byte addresses */
static int a[N];

int main(void) {
    for (int i = N - 1; i >= 0; i--)
        a[i] = i;
    return a[0] != 0;
}

/* sieve of Eratosthenes */
#include <stdio.h>
char composite[200];
int main(void) {
    int i, j, count = 0;
    for (i = 2; i < 200; i++) {
        if (composite[i]) continue;
        count++;
        if (count <= 10) printf("%d ", i);
        for (j = i + i; j < 200; j += i) composite[j] = 1;
    }
    printf("... %d primes below 200\n", count);
    return 0;
}

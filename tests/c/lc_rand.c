/* rand/srand without printing values: range, repeatability, a rough spread */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int first[8], again[8], other[8];
    int i, in_range = 1, same = 1, differs = 0, nonconst = 0, buckets[4] = {0, 0, 0, 0};
    int empty = 0;
    printf("RAND_MAX >= 32767: %d\n", RAND_MAX >= 32767);
    srand(12345);
    for (i = 0; i < 8; i++)
        first[i] = rand();
    srand(12345);
    for (i = 0; i < 8; i++)
        again[i] = rand();
    srand(777);
    for (i = 0; i < 8; i++)
        other[i] = rand();
    for (i = 0; i < 8; i++) {
        if (first[i] < 0 || first[i] > RAND_MAX || other[i] < 0 || other[i] > RAND_MAX)
            in_range = 0;
        if (first[i] != again[i])
            same = 0;
        if (first[i] != other[i])
            differs = 1;
        if (i > 0 && first[i] != first[i - 1])
            nonconst = 1;
    }
    printf("in range: %d\n", in_range);
    printf("same seed repeats: %d\n", same);
    printf("another seed differs: %d\n", differs);
    printf("not constant: %d\n", nonconst);
    for (i = 0; i < 40; i++)
        buckets[rand() % 4]++;
    for (i = 0; i < 4; i++)
        if (buckets[i] == 0)
            empty++;
    printf("empty buckets out of 4: %d, total %d\n", empty,
           buckets[0] + buckets[1] + buckets[2] + buckets[3]);
    srand(1);
    first[0] = rand();
    srand(12345);
    srand(1);
    printf("srand(1) restarts: %d\n", rand() == first[0]);
    return 0;
}

/* C99 6.4.4.1: a hex or octal constant above INT_MAX is unsigned int; a u
   suffix makes any constant unsigned. */
#include <stdio.h>

int main(void) {
    int m = -1, n = 4;
    unsigned big = 0x80000000;
    printf("%d %d %d\n", 0x80000000 > 0, 0xFFFFFFFF > 0, 037777777777 > 0);
    printf("%u %u %u\n", 0x80000000 / 2, 020000000000 / 4, 0xFFFFFFFF % 10);
    printf("%u %d\n", -0x80000000, -0x80000000 > 0);
    printf("%u %u\n", 0x80000000 >> 4, 0xF0000000 >> n);
    printf("%d %d %d\n", m < 0x80000000, m < 0x7FFFFFFF, 0xFFFFFFFF == -1);
    printf("%d %d %d\n", 1u > -1, 5u / -1, 0x7FFFFFFF > -1);
    printf("%u %u\n", (unsigned)sizeof(0x80000000), 0xFFFFFFFF + 1);
    printf("%d %d\n", (m ? 0x80000000 : 0) > 0, (int)0x80000000 < 0);
    switch (big) {
    case 0x80000000: printf("case hex\n"); break;
    default: printf("default\n");
    }
    printf("%u %d\n", big / n, big > 0);
    return 0xFFFFFFFF / 0x80000000 + 40;
}

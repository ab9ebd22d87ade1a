/* multiply, divide and remainder by variables and constants */
#include <stdio.h>

int main(void) {
    int a = 12345, b = -67, i;
    unsigned x = 4000000000u, y = 7;
    printf("%d %d %d\n", a * b, a / b, a % b);
    printf("%u %u %u\n", x / y, x % y, x * y);
    printf("%d %d %d %d\n", a * 3, a * 100, a * -8, a / 10);
    for (i = 1; i < 6; i++) printf("%d ", (a * i) % 9);
    printf("\n");
    return 0;
}

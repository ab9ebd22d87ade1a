/* The exit status is main's result modulo 256: 298 exits 42. */
#include <stdio.h>

int main(void) {
    printf("298\n");
    return 298;
}

/* A forward goto whose label is in the same switch body: nothing jumps into the switch. */
#include <stdio.h>

int main(void) {
    int x = 1;
    switch (x) {
    case 1:
        if (x) goto skip;
        x = 5;
    skip:
        x += 2;
        break;
    }
    printf("%d\n", x);
    return 0;
}

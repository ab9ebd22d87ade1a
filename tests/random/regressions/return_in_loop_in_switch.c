/* An unconditional return inside a loop inside a switch. */
#include <stdio.h>

static int first(int n) {
    switch (n) {
    case 0:
        for (int i = 1; i <= 4; i++) {
            return i;
        }
    }
    return -1;
}

int main(void) {
    printf("%d %d\n", first(0), first(1));
    return 0;
}

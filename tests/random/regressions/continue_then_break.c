/* A `break` after a `continue` (dead code) in a switch inside a loop. */
#include <stdio.h>

int main(void) {
    int n = 0;
    for (int i = 0; i < 3; i++) {
        switch (i) {
        case 0:
            continue;
            break;
        }
        n++;
    }
    printf("%d\n", n);
    return 0;
}

/* nested switch: inner break leaves only the inner switch; break inside a loop inside a switch */
#include <stdio.h>

static int cost(int kind, int size) {
    int c = 0;
    switch (kind) {
    case 0:
        switch (size) {
        case 0: c = 1; break;
        case 1: c = 2; break;
        default: c = 3;
        }
        c += 100;          /* runs after the inner break */
        break;
    case 1:
        switch (size) {
        case 0:
        case 1:
            c = 10;
            /* fall through inside the inner switch */
        case 2:
            c += 5;
            break;
        }
        /* no break: falls into case 2 of the outer switch */
    case 2:
        c += 1000;
        break;
    default:
        c = -1;
    }
    return c;
}

int main(void) {
    int k, s;
    for (k = 0; k < 4; k++) {
        for (s = 0; s < 4; s++)
            printf("%5d", cost(k, s));
        printf("\n");
    }

    /* a loop inside a switch case: break exits the loop, not the switch */
    for (k = 0; k < 3; k++) {
        switch (k) {
        case 1: {
            int i;
            for (i = 0; ; i++)
                if (i == 3)
                    break;
            printf("case1 loop i=%d\n", i);
        }
            /* falls through */
        case 2:
            printf("case2 from k=%d\n", k);
            break;
        default:
            printf("default k=%d\n", k);
        }
    }

    /* continue inside a switch continues the enclosing loop */
    {
        int sum = 0;
        for (k = 0; k < 6; k++) {
            switch (k % 3) {
            case 0:
                continue;
            case 1:
                sum += k;
                break;
            default:
                sum += 10 * k;
            }
            printf("k=%d sum=%d\n", k, sum);
        }
    }
    return 0;
}

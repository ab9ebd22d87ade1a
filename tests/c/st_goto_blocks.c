/* goto into and out of nested blocks, out of a switch, and between loop bodies */
#include <stdio.h>

static int depth_goto(int start) {
    int total = 0, round = 0;
    if (start)
        goto middle;
    {
        int a = 1;
        total += a;
        printf("  block entered at top, a=%d\n", a);
        {
            int b;
middle:
            b = 20 + round;
            total += b;
            printf("  inner label reached, b=%d\n", b);
            round++;
            if (round < 2)
                goto middle;      /* backward within the same block */
        }
    }
    return total;
}

int main(void) {
    int n = 0, i, r;
    r = depth_goto(0);
    printf("depth_goto(0)=%d\n", r);
    r = depth_goto(1);
    printf("depth_goto(1)=%d\n", r);

    /* skipping the rest of a loop body with goto acts like continue */
    for (i = 0; i < 4; i++) {
        int y = i * 10;
        if (i == 1)
            goto next;
        printf("y=%d\n", y);
next:
        n += y;
    }
    printf("n=%d\n", n);

    /* goto out of a switch from within a case */
    for (i = 0; i < 3; i++) {
        switch (i) {
        case 1:
            goto leave;
        default:
            printf("switch i=%d\n", i);
        }
    }
leave:
    printf("left at i=%d\n", i);

    /* goto out of a while that is inside a do/while */
    {
        int outer = 0, inner;
        do {
            inner = 0;
            while (1) {
                inner++;
                if (outer * 10 + inner == 23)
                    goto finished;
                if (inner == 5)
                    break;
            }
            outer++;
        } while (outer < 10);
finished:
        printf("outer=%d inner=%d\n", outer, inner);
    }
    return 0;
}

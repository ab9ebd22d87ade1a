/* block scoping and shadowing: nested blocks, loop bodies, globals shadowed by locals */
#include <stdio.h>

int x = 1;                       /* global */

static int read_global(void) {
    return x;                    /* always the global */
}

int main(void) {
    printf("global x=%d\n", x);
    int x = 2;                   /* shadows the global */
    printf("main x=%d global via fn=%d\n", x, read_global());
    {
        int x = 3;
        printf("block x=%d\n", x);
        {
            int y = x * 10;      /* uses the x of the enclosing block */
            int x = y + 1;       /* new x, initialised from y */
            printf("inner x=%d y=%d\n", x, y);
        }
        x++;                     /* modifies the block's x */
        printf("block x after ++=%d\n", x);
    }
    printf("main x still=%d\n", x);

    /* a variable declared inside a loop body is re-initialised every iteration */
    {
        int i;
        for (i = 0; i < 3; i++) {
            int fresh = 100;
            static int kept = 100;   /* static: keeps its value */
            fresh += i;
            kept += i;
            printf("i=%d fresh=%d kept=%d\n", i, fresh, kept);
        }
    }

    /* loop variable shadowing an outer name, and a shadowing declaration inside the loop */
    {
        int i = -1, sum = 0;
        for (int i = 0; i < 4; i++) {
            int i2 = i * i;
            {
                int i = i2;      /* shadows the loop variable */
                sum += i;
            }
        }
        printf("outer i=%d sum=%d\n", i, sum);
    }

    /* same name in sibling blocks refers to different objects */
    {
        int *p;
        { int v = 11; p = &v; printf("first v=%d\n", *p); }
        { int v = 22; printf("second v=%d\n", v); }
    }

    /* reaching the shadowed global again with a block-scope extern declaration */
    {
        extern int x;            /* re-declares the global inside this block */
        x = 50;
        printf("extern x=%d\n", x);
    }
    printf("main x=%d global=%d\n", x, read_global());
    return 0;
}

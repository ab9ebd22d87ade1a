#include <stdio.h>

int x = 1;                 /* global x */

static int read_global(void) { return x; }

static int shadow_param(int x) {
    int r = x;             /* parameter shadows global */
    {
        int x = r * 10;    /* inner block shadows parameter */
        r += x;
    }
    return r + x;          /* parameter again */
}

int main(void) {
    printf("global x=%d\n", x);
    {
        int x = 2;
        printf("block x=%d global via fn=%d\n", x, read_global());
        {
            int x = 3;
            x++;
            printf("inner x=%d\n", x);
        }
        printf("back to block x=%d\n", x);
        x = 20;
    }
    printf("global x still=%d\n", x);
    printf("shadow_param(4)=%d\n", shadow_param(4));
    {
        int i = 100, total = 0;
        for (int i = 0; i < 3; i++) {     /* for-scope i shadows outer i */
            int i2 = i * i;
            total += i2;
        }
        printf("outer i=%d total=%d\n", i, total);
        for (int i = 5; i > 3; i--) {
            int i = -1;                   /* body block shadows loop variable */
            total += i;
        }
        printf("total=%d\n", total);
    }
    {
        int n = 1;
        int *keep = &n;
        {
            int n = 50;
            *keep += n;                   /* writes the outer n */
        }
        printf("n=%d\n", n);
    }
    {
        struct x { int x; } x = { 7 };    /* tag, member and variable may share a name */
        printf("struct x.x=%d\n", x.x);
    }
    x = 9;
    printf("global x=%d fn=%d\n", x, read_global());
    return 0;
}

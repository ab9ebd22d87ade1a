#include <stdio.h>
#include <stdbool.h>

bool is_even(int x) { return x % 2 == 0; }

int main(void) {
    _Bool a = 5;
    _Bool b = 0;
    _Bool c = -1;
    bool d = 256;          /* nonzero -> 1, not truncated to 0 */
    bool e = (unsigned char)256;   /* the char is 0 -> false */
    int *p = 0;
    int x = 7;
    bool hasp = (bool)p;
    bool hasx = (bool)&x;
    printf("a=%d b=%d c=%d d=%d e=%d\n", a, b, c, d, e);
    printf("hasp=%d hasx=%d\n", hasp, hasx);
    printf("true=%d false=%d sizeof(bool)=%d\n", true, false, (int)sizeof(bool));
    {
        bool f = true;
        f = (bool)(f + 1);          /* 2 -> 1 */
        printf("f after +1 = %d\n", f);
        f = !f;
        printf("f after ! = %d\n", f);
        f = (bool)(x * 3);
        printf("f from x*3 = %d\n", f);
        f = x > 10;
        printf("f from x>10 = %d\n", f);
    }
    {
        int count = 0, i;
        bool flags[6];
        for (i = 0; i < 6; i++) flags[i] = is_even(i * 3);
        for (i = 0; i < 6; i++) count += flags[i];
        printf("even count=%d\n", count);
        printf("sum of bools=%d\n", (bool)3 + (bool)-7 + (bool)0);
        printf("!!x=%d !!0=%d\n", !!x, !!0);
    }
    return 0;
}

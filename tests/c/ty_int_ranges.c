#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("CHAR_BIT=%d\n", CHAR_BIT);
    printf("SCHAR_MIN=%d SCHAR_MAX=%d UCHAR_MAX=%d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("CHAR_MIN=%d CHAR_MAX=%d\n", CHAR_MIN, CHAR_MAX);
    printf("INT_MIN=%d INT_MAX=%d\n", INT_MIN, INT_MAX);
    printf("UINT_MAX=%u\n", UINT_MAX);
    printf("sizeof char=%d short=%d int=%d\n", (int)sizeof(char), (int)sizeof(short), (int)sizeof(int));
    {
        unsigned int u = UINT_MAX;
        u = u + 1;
        printf("UINT_MAX+1=%u\n", u);
        u = 0;
        u = u - 1;
        printf("0-1=%u\n", u);
    }
    {
        int m = INT_MIN;
        unsigned int um = (unsigned int)m;
        printf("INT_MIN as unsigned=%u hex=%x\n", um, um);
        printf("-(INT_MAX)=%d\n", -INT_MAX);
        printf("INT_MAX+INT_MIN=%d\n", INT_MAX + INT_MIN);
    }
    {
        int neg = -5;
        unsigned int big = 3;
        /* usual arithmetic conversions: neg becomes unsigned */
        printf("neg<big: %d\n", neg < big);
        printf("neg<(int)big: %d\n", neg < (int)big);
        printf("neg+big=%u\n", neg + big);
    }
    return 0;
}

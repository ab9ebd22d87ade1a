/* integer constants: bases, suffixes and their types */
#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("%d %d %d\n", 0x7fffffff, 017777777777, 2147483647);
    printf("%d %d %d %d\n", 0, 00, 0x0, 0X0);
    printf("%d %d %d\n", 010, 0x10, 10);
    printf("%d %d\n", 0777, 0xABCdef);
    printf("%u %u\n", 0xFFFFFFFF, 037777777777);
    printf("%u\n", -0x80000000u);
    printf("%d %d\n", 0x7FFFFFFF > 0, -0x7FFFFFFF < 0);
    printf("%d\n", -1 < 0x7FFFFFFF);
    printf("%d %d\n", -1 < 1U, -1 < 1u);
    printf("%u %u\n", 10u, 0x10U);
    /* sizes of constants */
    printf("%u %u %u\n", (unsigned)sizeof 0, (unsigned)sizeof 0x80000000, (unsigned)sizeof 1u);
    /* limits.h */
    printf("%d %d\n", INT_MAX, INT_MIN);
    printf("%u\n", UINT_MAX);
    printf("%d %d %d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("%d %d\n", CHAR_MIN, CHAR_MAX);
    printf("%d %d %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("%d\n", CHAR_BIT);
    printf("%d\n", INT_MIN + INT_MAX);
    printf("%u\n", UINT_MAX - (unsigned)INT_MAX);
    printf("%d\n", INT_MIN == -INT_MAX - 1);
    printf("%d\n", (unsigned)INT_MIN == 0x80000000u);
    /* constant expressions with unary minus */
    printf("%d %d\n", -2147483647 - 1, -(-5));
    printf("%d\n", 1000000 * 2000 / 4000000);
    return 0;
}

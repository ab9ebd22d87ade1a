/* pre/post increment and decrement: values and side effects */
#include <stdio.h>

int main(void) {
    int i = 5, r;
    unsigned u = 0;
    r = i++; printf("r=%d i=%d\n", r, i);
    r = ++i; printf("r=%d i=%d\n", r, i);
    r = i--; printf("r=%d i=%d\n", r, i);
    r = --i; printf("r=%d i=%d\n", r, i);
    r = -i++; printf("r=%d i=%d\n", r, i);
    r = - --i; printf("r=%d i=%d\n", r, i);
    r = i++ + 10; printf("r=%d i=%d\n", r, i);
    r = ++i * 2; printf("r=%d i=%d\n", r, i);
    u--; printf("u=%u\n", u);
    u++; printf("u=%u\n", u);
    printf("%u\n", --u);
    printf("%u\n", ++u);
    /* in loop conditions */
    i = 3;
    while (i--)
        printf("[%d]", i);
    printf(" after=%d\n", i);
    i = 3;
    while (--i)
        printf("[%d]", i);
    printf(" after=%d\n", i);
    i = 0;
    do printf("<%d>", i); while (++i < 3);
    printf("\n");
    /* on a dereferenced pointer */
    {
        int v = 10;
        int *p = &v;
        (*p)++;
        ++*p;
        printf("v=%d\n", v);
        r = (*p)--;
        printf("r=%d v=%d\n", r, v);
    }
    /* in separate full expressions on the same variable */
    i = 1;
    i++;
    i++;
    ++i;
    printf("i=%d\n", i);
    return 0;
}

/* ++ and -- on narrow types wrap through their range */
#include <stdio.h>

int main(void) {
    unsigned char uc = 253;
    signed char sc = 125;
    char c = -126;
    unsigned short us = 65534;
    short s = -32767;
    int i;
    for (i = 0; i < 5; i++)
        printf("%d ", uc++);
    printf("| %d\n", uc);
    for (i = 0; i < 5; i++)
        printf("%d ", ++sc);
    printf("| %d\n", sc);
    for (i = 0; i < 4; i++)
        printf("%d ", c--);
    printf("| %d\n", c);
    for (i = 0; i < 4; i++)
        printf("%d ", ++us);
    printf("| %d\n", us);
    for (i = 0; i < 4; i++)
        printf("%d ", --s);
    printf("| %d\n", s);
    uc = 0;
    uc--;
    printf("%d\n", uc);
    /* counting with an unsigned char loop variable */
    {
        unsigned char k = 250;
        int n = 0;
        do { n++; } while (++k != 0);
        printf("steps to wrap: %d\n", n);
    }
    /* the value of c++ has the type of c */
    c = 127;
    i = c++;
    printf("%d %d\n", i, c);
    printf("%u\n", sizeof(c++) == 1);
    printf("%d\n", c);
    return 0;
}

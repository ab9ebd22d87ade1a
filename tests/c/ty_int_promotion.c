#include <stdio.h>

int main(void) {
    unsigned char a = 200, b = 100;
    unsigned short us = 65535;
    signed char sc = -100;
    int r;

    r = a + b;                      /* 300: computed in int */
    printf("a+b=%d\n", r);
    r = a * 2;
    printf("a*2=%d\n", r);
    r = ~a;                         /* promoted to int before ~ */
    printf("~a=%d (unsigned char)~a=%d\n", r, (unsigned char)~a);
    r = us + 1;                     /* 65536, no wrap in int */
    printf("us+1=%d\n", r);
    r = sc - a;
    printf("sc-a=%d\n", r);
    printf("a>sc=%d\n", a > sc);     /* both promoted to int */
    {
        unsigned int u = 1;
        printf("-1<u: %d\n", -1 < u);    /* -1 converted to unsigned */
        printf("(int)-1<(int)u: %d\n", -1 < (int)u);
        printf("sc<u: %d\n", sc < u);
    }
    {
        unsigned short x = 60000, y = 60000;
        unsigned int prod = (unsigned int)x * y;
        unsigned short wrapped = (unsigned short)(x + y);
        printf("prod=%u wrapped=%u\n", prod, wrapped);
    }
    {
        char c = 'A';
        printf("sizeof(c)=%d sizeof(c+0)=%d sizeof('A')=%d\n", (int)sizeof(c), (int)sizeof(c + 0), (int)sizeof('A'));
        printf("c+1=%d (char)(c+1)=%c\n", c + 1, (char)(c + 1));
    }
    {
        unsigned int big = 0x80000000u;
        int as_int = (int)big;
        unsigned int shifted = big >> 31;
        printf("as_int=%d shifted=%u big/2=%u\n", as_int, shifted, big / 2);
        printf("3u-5=%u (int)(3u-5)=%d\n", 3u - 5, (int)(3u - 5));
    }
    return 0;
}

/* compound assignment on char and short: compute in int, convert back */
#include <stdio.h>

static int id(int x) { return x; }

int main(void) {
    char c = 100;
    signed char sc = -100;
    unsigned char uc = 250;
    short s = 30000;
    unsigned short us = 65530;
    c += 27;  printf("c=%d\n", c);
    c += 1;   printf("c=%d\n", c);
    c -= 1;   printf("c=%d\n", c);
    c *= 2;   printf("c=%d\n", c);
    c = 'a';
    c -= 'a' - 'A'; printf("c=%c\n", c);
    c |= 0x20;      printf("c=%c\n", c);
    c ^= 0x20;      printf("c=%c\n", c);
    sc -= 50; printf("sc=%d\n", sc);
    sc = -100;
    sc /= 3;  printf("sc=%d\n", sc);
    sc %= 5;  printf("sc=%d\n", sc);
    sc = -128;
    sc >>= 3; printf("sc=%d\n", sc);
    sc <<= 5; printf("sc=%d\n", sc);
    uc += 10; printf("uc=%d\n", uc);
    uc -= 5;  printf("uc=%d\n", uc);
    uc = 0x81;
    uc <<= 1; printf("uc=%d\n", uc);
    uc >>= 1; printf("uc=%d\n", uc);
    uc = 7;
    uc *= 100; printf("uc=%d\n", uc);
    uc &= ~1;  printf("uc=%d\n", uc);
    s += 5000; printf("s=%d\n", s);
    s = -30000;
    s -= 5000; printf("s=%d\n", s);
    s = 1000;
    s *= 100; printf("s=%d\n", s);
    s = id(-7);
    s %= 4;   printf("s=%d\n", s);
    us += 10; printf("us=%d\n", us);
    us -= 20; printf("us=%d\n", us);
    us = 300;
    us *= 300; printf("us=%d\n", us);
    us = 0x8000;
    us >>= 15; printf("us=%d\n", us);
    /* value of the expression is the converted stored value */
    c = 120;
    printf("%d\n", c += 10);
    uc = 200;
    printf("%d\n", (uc += 100) + 1);
    /* the right operand may be wider than the target */
    c = 5;
    c += id(256 + 3);
    printf("c=%d\n", c);
    return 0;
}

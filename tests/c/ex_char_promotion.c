/* plain char is signed; chars promote to int in expressions */
#include <stdio.h>

int main(void) {
    char c = 200;
    unsigned char uc = 200;
    char hi = '\xff';
    char bytes[4] = {'\x80', '\x7f', '\xfe', 'A'};
    int i, sum = 0, usum = 0;
    printf("%d %d\n", c, uc);
    printf("%d %d\n", c == 200, uc == 200);
    printf("%d %d\n", c == -56, (unsigned char)c == 200);
    printf("%d\n", hi);
    printf("%d %d\n", hi == -1, hi == '\xff');
    printf("%x %x\n", c, uc);
    printf("%x\n", (unsigned char)c);
    for (i = 0; i < 4; i++) {
        sum += bytes[i];
        usum += (unsigned char)bytes[i];
    }
    printf("sum=%d usum=%d\n", sum, usum);
    /* char arithmetic is done in int: no wrap until stored */
    {
        char a = 100, b = 100;
        int r = a + b;
        char r8 = a + b;
        printf("%d %d\n", r, r8);
        printf("%d\n", a * b);
    }
    /* comparing chars from strings above 127 */
    {
        const char *s = "\xe9t\xe9";
        printf("%d %d\n", s[0], s[0] < 'a');
        printf("%d\n", (unsigned char)s[0] < 'a');
    }
    /* character constants have type int */
    printf("%d %d\n", '\377', '\x80');
    printf("%d\n", 'A' + 1);
    printf("%c\n", 'A' + 1);
    /* negating and complementing a char */
    c = -128;
    printf("%d %d\n", -c, ~c);
    c = -c;
    printf("%d\n", c);
    return 0;
}

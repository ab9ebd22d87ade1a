/* getchar returns bytes as 0..255 (never negative before EOF), including
 * zero bytes; rot13 the letters and print a hex dump of the rest */
#include <stdio.h>

int main(void)
{
    int c, n = 0, high = 0, zero = 0, sum = 0;
    while ((c = getchar()) != EOF) {
        n++;
        sum += c;
        if (c >= 128)
            high++;
        if (c == 0)
            zero++;
        if (c >= 'a' && c <= 'z')
            putchar('a' + (c - 'a' + 13) % 26);
        else if (c >= 'A' && c <= 'Z')
            putchar('A' + (c - 'A' + 13) % 26);
        else if (c == '\n' || c == ' ')
            putchar(c);
        else
            printf("<%02x>", c);
    }
    printf("\nbytes=%d high=%d zero=%d sum=%d\n", n, high, zero, sum);
    return 0;
}

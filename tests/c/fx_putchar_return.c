/* putchar, putc and fputc return the byte written, as an unsigned char. */
#include <stdio.h>

int main(void) {
    int r1 = putchar(256 + 'B');
    int r2 = putchar(-56);
    int r3 = fputc(300, stdout);
    int r4 = putc(-1 & 0x1ff, stdout);
    char c = -3;
    int r5 = putchar(c);
    putchar('\n');
    printf("%d %d %d %d %d\n", r1, r2, r3, r4, r5);
    return putchar('\n') + putchar(-246);
}

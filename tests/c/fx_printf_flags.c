/* printf with a literal format: the + space # flags, %h and %hh, and the
   number of characters written; the same through the library (fprintf). */
#include <stdio.h>

int main(void) {
    int n = -5, big = 70000, b300 = 300, r;
    char buf[64];
    printf("[%+d] [% d] [%#x] [%+5d] [%#8x] [%#X] [%+d] [% d]\n", 5, 5, 255, 5, 255, 171, n, n);
    printf("[%hd] [%hhd] [%hu] [%hhu] [%hx] [%hhx] [%5hd]\n", big, b300, big, b300, -1, n, -big);
    fprintf(stdout, "[%hd] [%hhd] [%hu] [%hhu] [%#hhx]\n", big, b300, -1, n, 511);
    sprintf(buf, "%hd/%hhu", 40000, 258);
    printf("%s\n", buf);
    r = printf("%d|%s\n", 12, "ab");
    printf("%d\n", r);
    r = printf("%5d%%%c\n", n, 'x') + printf("plain\n");
    printf("%d %d\n", r, printf(""));
    return printf("%x\n", 255);
}

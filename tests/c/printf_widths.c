/* printf: widths, padding, flags, every supported conversion */
#include <stdio.h>

int main(void) {
    printf("[%5d][%-5d][%05d][%d]\n", 42, 42, 42, -42);
    printf("[%6d][%-6d][%06d]\n", -42, -42, -42);
    printf("[%x][%X][%8x][%-8X][%08x]\n", 48879, 48879, 48879, 48879, 48879);
    printf("[%u][%12u][%i]\n", 4294967295u, 3000000000u, -2147483647 - 1);
    printf("[%c][%3c][%-3c][%s][%8s][%-8s]\n", 'a', 'b', 'c', "str", "right", "left");
    printf("100%%\n");
    return 0;
}

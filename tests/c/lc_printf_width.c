/* printf field widths, left alignment and zero padding (no +, space or # flags) */
#include <stdio.h>

int main(void)
{
    int nums[5] = {0, 7, -7, 12345, -98765};
    const char *words[4] = {"", "a", "tiny", "exactly8"};
    int i;
    for (i = 0; i < 5; i++)
        printf("|%6d|%-6d|%06d|%2d|\n", nums[i], nums[i], nums[i], nums[i]);
    for (i = 0; i < 4; i++)
        printf("|%8s|%-8s|%3s|\n", words[i], words[i], words[i]);
    printf("|%08x|%8x|%-8x|%08X|\n", 48879u, 48879u, 48879u, 48879u);
    printf("|%010u|%-10u|%10u|\n", 4000000000u, 4000000000u, 4000000000u);
    printf("|%5c|%-5c|%1c|\n", 'x', 'y', 'z');
    printf("|%8o|%-8o|%08o|\n", 511, 511, 511);
    printf("|%3d|%3d|%3d|\n", 1, 22, 333);
    printf("|%-3d|%-3d|%-3d|\n", 1, 22, 4444);
    printf("|%%|%%%%|\n");
    return 0;
}

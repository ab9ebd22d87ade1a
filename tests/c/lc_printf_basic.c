/* printf conversions without flags: d i u x X o c s and %% */
#include <stdio.h>
#include <limits.h>

int main(void)
{
    int vals[6] = {0, 1, -1, 123456789, INT_MAX, INT_MIN};
    unsigned uv[4] = {0u, 255u, 4294967295u, 2147483648u};
    int i;
    for (i = 0; i < 6; i++)
        printf("d=%d i=%i\n", vals[i], vals[i]);
    for (i = 0; i < 4; i++)
        printf("u=%u x=%x X=%X\n", uv[i], uv[i], uv[i]);
    for (i = 0; i < 4; i++)
        printf("o=%o\n", uv[i]);
    printf("o of 8=%o 64=%o 511=%o\n", 8, 64, 511);
    printf("chars: %c%c%c %c\n", 'a', 66, '0' + 7, '~');
    printf("str: <%s> <%s>\n", "hello, world", "");
    printf("100%% sure, %d%% done\n", 50);
    printf("%s=%d, %s=%x\n", "ten", 10, "sixteen", 16);
    printf("negative as unsigned: %u %x\n", -2, -2);
    printf("no conversions at all\n");
    return 0;
}

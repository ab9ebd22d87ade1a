/* strtol's end pointer: the start when nothing is converted; "0x" without a
   hex digit converts just the 0. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const char *s[] = { "  -x", "+", "0x", "0xg", " 0X1fz", "-017", "  42abc", "", "0x1F", "z" };
    int base[] = { 10, 10, 16, 16, 16, 0, 10, 10, 0, 36 };
    char *end;
    int i;
    for (i = 0; i < 10; i++) {
        long v = strtol(s[i], &end, base[i]);
        printf("%ld %d\n", v, (int)(end - s[i]));
    }
    printf("%ld\n", strtol("0x", 0, 0));
    return 0;
}

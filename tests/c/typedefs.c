/* typedefs, unsigned types, shorts, sizeof of many types, casts between widths */
#include <stdio.h>
#include <stdint.h>
typedef unsigned short u16;
typedef struct { u16 lo, hi; } pair16;
int main(void) {
    u16 a = 65535;
    short b = -2;
    uint8_t c = 250;
    int32_t d = (int32_t)0xFFFFFFFFu;
    pair16 p = {1, 2};
    a++;
    c += 10;
    printf("%d %d %d %d\n", a, b * 3, c, d);
    printf("%d %d %d\n", (int)sizeof(u16), (int)sizeof(pair16), (int)sizeof(int[5]));
    printf("%d %d %u\n", (short)40000, (signed char)0x80, (unsigned short)-1);
    return p.hi;
}

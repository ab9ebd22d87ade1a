#include <stdio.h>

int main(void) {
    signed char bytes[5] = { 0x7f, -128, -1, 0x10, -16 };
    int i;
    for (i = 0; i < 5; i++) {
        int asint = bytes[i];
        unsigned int asuns = (unsigned int)bytes[i];
        unsigned int masked = bytes[i] & 0xff;
        printf("%d: int=%d uns=%x masked=%x\n", i, asint, asuns, masked);
    }
    {
        short s = (short)0x8001;
        int i2 = s;
        unsigned int u = (unsigned short)s;
        printf("short 0x8001: int=%d ushort=%u\n", i2, u);
    }
    {
        unsigned int packed = 0xfe80ff01u;
        signed char b0 = (signed char)(packed & 0xff);
        signed char b1 = (signed char)((packed >> 8) & 0xff);
        short hi = (short)(packed >> 16);
        printf("b0=%d b1=%d hi=%d\n", b0, b1, hi);
    }
    {
        char c = -3;
        int shifted = c >> 1;   /* arithmetic on int after promotion */
        unsigned int us = (unsigned char)c;
        printf("c>>1=%d (uchar)c=%u\n", shifted, us);
    }
    return 0;
}

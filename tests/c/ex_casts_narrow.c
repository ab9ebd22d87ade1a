/* casts between int, char, short and unsigned */
#include <stdio.h>

static int id(int x) { return x; }
static unsigned uid(unsigned x) { return x; }

int main(void) {
    int vals[6] = {200, -1, 65535, 70000, 128, -129};
    int i;
    for (i = 0; i < 6; i++) {
        int v = vals[i];
        printf("%7d: char=%4d uchar=%3d short=%6d ushort=%5d unsigned=%u\n",
               v, (char)v, (unsigned char)v, (short)v, (unsigned short)v, (unsigned)v);
    }
    /* unsigned to int */
    printf("%d %d %d\n", (int)uid(4294967295u), (int)uid(2147483648u), (int)uid(2147483647u));
    printf("%d\n", (int)(uid(0) - 1));
    /* back and forth */
    printf("%d\n", (int)(unsigned char)(char)id(-56));
    printf("%d\n", (int)(char)(unsigned char)id(200));
    printf("%u\n", (unsigned)(short)id(-2));
    printf("%u\n", (unsigned)(unsigned short)id(-2));
    printf("%d\n", (short)(unsigned short)id(40000));
    printf("%d\n", (char)(short)id(0x1234));
    /* casts in arithmetic */
    printf("%d\n", (unsigned char)id(255) + 1);
    printf("%d\n", (char)id(255) + 1);
    printf("%u\n", (unsigned)id(-1) / 2);
    printf("%d\n", id(-1) / 2);
    printf("%d\n", (int)((unsigned)id(-8) >> 1));
    printf("%d\n", (short)(id(30000) + id(30000)));
    /* casting to a narrower type then comparing */
    printf("%d %d\n", (char)id(300) == 44, (unsigned char)id(-1) == 255);
    /* constant casts */
    printf("%d %d %d %d\n", (char)200, (unsigned char)-1, (short)70000, (unsigned short)-1);
    return 0;
}

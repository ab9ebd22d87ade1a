#include <stdio.h>

int main(void) {
    int vals[6] = { 127, 128, 255, 256, 300, -129 };
    int i;
    for (i = 0; i < 6; i++) {
        signed char sc = (signed char)vals[i];
        unsigned char uc = (unsigned char)vals[i];
        char c = (char)vals[i];
        printf("%d -> sc=%d uc=%u c=%d\n", vals[i], sc, uc, c);
    }
    {
        char c = 200;           /* implementation-defined: -56 with signed char */
        unsigned char u = c;    /* back to 200 */
        int widened = c;
        printf("c=%d u=%u widened=%d\n", c, u, widened);
    }
    {
        unsigned char a = 250, b = 10;
        unsigned char s = a + b;   /* 260 truncated to 4 */
        int full = a + b;          /* promoted to int: 260 */
        printf("s=%u full=%d\n", s, full);
    }
    {
        signed char m = -1;
        unsigned int asu = (unsigned char)m;
        unsigned int ext = (unsigned int)m;
        printf("asu=%u ext=%x\n", asu, ext);
    }
    return 0;
}

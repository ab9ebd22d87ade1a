#include <stdio.h>

union word {
    unsigned int u;
    int i;
    unsigned short half[2];
    unsigned char b[4];
    signed char sb[4];
};

static void show(union word w) {
    printf("u=%08x i=%d half=%04x,%04x b=%02x %02x %02x %02x sb0=%d\n",
           w.u, w.i, w.half[0], w.half[1], w.b[0], w.b[1], w.b[2], w.b[3], w.sb[0]);
}

int main(void) {
    union word w;
    int k;

    printf("sizeof=%d\n", (int)sizeof w);
    w.u = 0x11223344u;
    show(w);
    w.b[0] = 0xff;
    show(w);
    w.half[1] = 0x8000;
    show(w);
    w.i = -2;
    show(w);
    for (k = 0; k < 4; k++) w.b[k] = (unsigned char)(k + 1);
    show(w);
    {
        /* byte swap through the union */
        union word in, out;
        in.u = 0xdeadbeefu;
        for (k = 0; k < 4; k++) out.b[k] = in.b[3 - k];
        printf("swapped=%08x\n", out.u);
    }
    {
        union word init = { 0x01020304u };   /* initializes first member */
        printf("init b0=%d b3=%d\n", init.b[0], init.b[3]);
    }
    return 0;
}

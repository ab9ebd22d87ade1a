/* shifts of unsigned values with counts 0..31 */
#include <stdio.h>

static unsigned uid(unsigned x) { return x; }
static int id(int x) { return x; }

int main(void) {
    unsigned one = uid(1);
    unsigned top = uid(0x80000000u);
    unsigned pat = uid(0xDEADBEEFu);
    int n;
    for (n = 0; n < 32; n += 5)
        printf("n=%2d  1<<n=%08x  top>>n=%08x  pat<<n=%08x  pat>>n=%08x\n",
               n, one << n, top >> n, pat << n, pat >> n);
    n = id(31);
    printf("%x %x %u\n", one << n, top >> n, pat >> n);
    n = id(0);
    printf("%x %x\n", pat << n, pat >> n);
    /* shift count expression of another type */
    printf("%x\n", pat >> (unsigned char)id(8));
    printf("%x\n", pat << (short)id(16));
    /* result type is the promoted left operand: unsigned stays unsigned */
    printf("%d\n", (uid(0xFFFFFFFFu) >> 1) > 0);
    printf("%u\n", uid(0xFFFFFFFFu) >> 1);
    /* unsigned char promotes to int before shifting */
    {
        unsigned char c = 0xF0;
        unsigned short s = 0xFFFF;
        printf("%d %d\n", c << 4, c >> 4);
        printf("%d %d\n", s << 8, s >> 8);
        printf("%d\n", (unsigned char)(c << 4));
    }
    /* constant forms */
    printf("%x %x %x\n", 1u << 31, 0xF0000000u >> 28, 0x12345678u << 4);
    return 0;
}

/* & | ^ ~ on signed and unsigned values */
#include <stdio.h>

static int id(int x) { return x; }
static unsigned uid(unsigned x) { return x; }

int main(void) {
    int a = id(0x0F0F), b = id(0x00FF);
    int neg = id(-6);
    unsigned ua = uid(0xF0F0F0F0u), ub = uid(0x0FF00FF0u);
    printf("%x %x %x %x\n", a & b, a | b, a ^ b, ~a);
    printf("%d %d %d %d\n", a & b, a | b, a ^ b, ~a);
    printf("%d %d %d %d\n", neg & 0xFF, neg | 1, neg ^ -1, ~neg);
    printf("%d %d\n", neg & id(-4), neg | id(-4));
    printf("%08x %08x %08x %08x\n", ua & ub, ua | ub, ua ^ ub, ~ua);
    printf("%u %u\n", ~uid(0), ~uid(0xFFFFFFFEu));
    printf("%d %d %d\n", ~id(0), ~id(-1), ~id(2147483647));
    /* mixing int and unsigned: the int is converted */
    printf("%u\n", neg & ua);
    printf("%x\n", id(-1) ^ ub);
    /* char operands promote */
    {
        signed char c = -128;
        unsigned char u = 0x80;
        printf("%d %d\n", c & 0xFF, u & 0xFF);
        printf("%d %d\n", ~c, ~u);
        printf("%d %d\n", c | 1, u | 1);
        printf("%d\n", (c ^ u) == 0);
        printf("%d\n", (char)(c ^ u));
    }
    /* identities */
    printf("%d %d %d\n", (a ^ b) ^ b, a & ~a, (a | ~a) == -1);
    printf("%d\n", (~a + 1) == -a);
    /* clear lowest set bit, isolate lowest set bit */
    printf("%d %d\n", id(104) & (id(104) - 1), id(104) & -id(104));
    /* precedence: & binds looser than == */
    printf("%d %d\n", a & b == b, (a & b) == 0x0F);
    printf("%d\n", 1 | 2 ^ 3 & 4);
    return 0;
}

/* unsigned arithmetic is modulo 2^32 */
#include <stdio.h>
#include <limits.h>

static unsigned uid(unsigned x) { return x; }

int main(void) {
    unsigned m = uid(UINT_MAX);
    unsigned z = uid(0);
    unsigned u;
    printf("%u %u\n", UINT_MAX + 1u, 0u - 1u);
    printf("%u %u\n", m + 1u, z - 1u);
    printf("%u %u\n", m + m, m * m);
    printf("%u\n", uid(65536) * uid(65536));
    printf("%u\n", uid(65537) * uid(65537));
    printf("%u\n", uid(0x80000000u) * 2u);
    printf("%u\n", uid(0x80000001u) + uid(0x80000001u));
    printf("%u\n", uid(3) - uid(5));
    printf("%u\n", -uid(1));
    printf("%u\n", -uid(0x80000000u));
    printf("%x\n", uid(0x12345678u) * uid(0x9ABCDEF1u));
    u = uid(10);
    u -= 20;
    printf("%u\n", u);
    u += 15;
    printf("%u\n", u);
    u = 0;
    u--;
    printf("%u %x\n", u, u);
    u++;
    printf("%u\n", u);
    /* int converts to unsigned before the addition */
    printf("%u\n", uid(5) + -10);
    printf("%d\n", (int)(uid(5) + -10));
    return 0;
}

/* unsigned division and remainder, including mixed int/unsigned operands */
#include <stdio.h>

static unsigned uid(unsigned x) { return x; }
static int id(int x) { return x; }

int main(void) {
    unsigned big = uid(4294967295u);
    unsigned half = uid(0x80000000u);
    printf("%u %u\n", big / uid(10), big % uid(10));
    printf("%u %u\n", half / uid(3), half % uid(3));
    printf("%u %u\n", big / half, big % half);
    printf("%u %u\n", uid(7) / uid(2), uid(7) % uid(2));
    /* -7 is converted to unsigned before dividing */
    printf("%u %u\n", id(-7) / uid(2), id(-7) % uid(2));
    printf("%u\n", (unsigned)id(-1) / 3u);
    /* int divided by unsigned: result is unsigned */
    printf("%d\n", id(-6) / uid(3) > 0);
    printf("%u\n", id(-6) / uid(3));
    printf("%d\n", id(-6) / id(3));
    printf("%u %u\n", 0xFFFFFFFFu / 0x10000u, 0xFFFFFFFFu % 0x10000u);
    printf("%u %u\n", uid(1000000007u) / uid(97u), uid(1000000007u) % uid(97u));
    printf("%u\n", uid(3000000000u) / uid(1000000000u));
    return 0;
}

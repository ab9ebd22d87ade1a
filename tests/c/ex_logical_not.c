/* ! && || yield int 0 or 1 for any scalar operand */
#include <stdio.h>

struct s { int v; };

static int id(int x) { return x; }

int main(void) {
    int x = id(42), z = id(0), m = id(-3);
    unsigned big = 0x80000000u;
    char c = 0, d = 'A';
    int arr[2] = {0, 1};
    int *p = arr, *np = 0;
    struct s st = {0};
    printf("%d %d %d\n", !x, !z, !m);
    printf("%d %d %d\n", !!x, !!z, !!m);
    printf("%d %d\n", !big, !!big);
    printf("%d %d\n", !c, !d);
    printf("%d %d\n", !p, !np);
    printf("%d %d\n", !arr[0], !arr[1]);
    printf("%d\n", !st.v);
    printf("%d %d %d\n", x && m, x && z, z || m);
    printf("%d %d\n", big && 1, big || 0);
    printf("%d %d\n", p && np, p || np);
    /* result is an int usable in arithmetic */
    printf("%d\n", (x > 0) + (m > 0) + (z == 0) + !m);
    printf("%d\n", (x && m) * 10 + (z || c) * 5);
    printf("%d\n", !x == 0);
    printf("%d\n", !(x == 0));
    printf("%u\n", sizeof(!x) == sizeof(int));
    printf("%u\n", sizeof(x && m) == sizeof(int));
    printf("%d\n", !-0);
    /* relational operators also give 0/1 */
    printf("%d %d %d\n", (x > m) + (x < m), x == 42, (m != -3) - 1);
    printf("%d\n", 1 < 2 < 3);
    printf("%d\n", 3 > 2 > 1);
    printf("%d\n", id(5) == id(5) == id(1));
    return 0;
}

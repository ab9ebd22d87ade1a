/* GNU __attribute__((unused)), __attribute__((noinline)) and static inline functions are
   accepted; they do not change what the program computes */
#include <stdio.h>

static inline int add3(int a, int b, int c) {
    return a + b + c;
}

__attribute__((noinline)) static int twice(int v) {
    return 2 * v;
}

static int __attribute__((noinline)) thrice(int v) {
    return 3 * v;
}

static int helper_never_called(void) __attribute__((unused));
static int helper_never_called(void) {
    return 42;
}

inline static unsigned rotl8(unsigned v, int n) {
    return ((v << n) | (v >> (8 - n))) & 0xFFu;
}

static int with_unused_param(int used, int spare __attribute__((unused))) {
    return used + 1;
}

struct packed_pair {
    int a;
    int b;
} __attribute__((unused));

int main(void) {
    int unused_local __attribute__((unused)) = 5;
    __attribute__((unused)) int also_unused;
    int i;
    printf("add3=%d twice=%d thrice=%d\n", add3(1, 2, 3), twice(21), thrice(7));
    for (i = 0; i < 8; i += 3)
        printf("rotl8(0x81,%d)=0x%02X\n", i, rotl8(0x81u, i == 0 ? 8 : i));
    printf("with_unused_param=%d\n", with_unused_param(9, 1000));
    {
        struct packed_pair p;
        p.a = 4;
        p.b = 5;
        printf("pair %d %d\n", p.a, p.b);
    }
    return 0;
}

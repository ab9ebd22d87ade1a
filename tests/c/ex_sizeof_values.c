/* sizeof of types, expressions, arrays, structs and string literals */
#include <stdio.h>

struct three { char a, b, c; };
struct mix { char c; int i; };
struct shorts { short a; char b; };
union u { char c[5]; int i; };

int main(void) {
    int arr[10];
    char buf[17];
    short sh[3];
    int grid[3][4];
    struct mix ms[4];
    char c = 0;
    short s = 0;
    unsigned u = 0;
    printf("%u %u %u %u\n", (unsigned)sizeof(char), (unsigned)sizeof(short),
           (unsigned)sizeof(int), (unsigned)sizeof(unsigned));
    printf("%u %u %u\n", (unsigned)sizeof(signed char), (unsigned)sizeof(unsigned char),
           (unsigned)sizeof(unsigned short));
    printf("%u %u %u\n", (unsigned)sizeof arr, (unsigned)sizeof buf, (unsigned)sizeof sh);
    printf("%u %u %u\n", (unsigned)sizeof grid, (unsigned)sizeof grid[0], (unsigned)sizeof grid[0][0]);
    printf("%u\n", (unsigned)(sizeof arr / sizeof arr[0]));
    printf("%u %u %u %u\n", (unsigned)sizeof(struct three), (unsigned)sizeof(struct mix),
           (unsigned)sizeof(struct shorts), (unsigned)sizeof(union u));
    printf("%u %u\n", (unsigned)sizeof ms, (unsigned)sizeof ms[1].c);
    printf("%u %u %u\n", (unsigned)sizeof "", (unsigned)sizeof "abc", (unsigned)sizeof "a\0b");
    printf("%u\n", (unsigned)sizeof "ab" "cd");
    /* integer promotion in expressions */
    printf("%u %u %u\n", (unsigned)sizeof c, (unsigned)sizeof(c + 0), (unsigned)sizeof(+c));
    printf("%u %u\n", (unsigned)sizeof s, (unsigned)sizeof(s * s));
    printf("%u %u\n", (unsigned)sizeof(c = 1000), (unsigned)sizeof(u + c));
    printf("%u\n", (unsigned)sizeof 'a');
    printf("%u %u\n", (unsigned)sizeof(1 == 1), (unsigned)sizeof(!c));
    printf("%u\n", (unsigned)sizeof(c ? s : c));
    /* sizeof does not evaluate its operand */
    printf("c=%d\n", c);
    {
        int n = 1;
        unsigned k = sizeof(n++);
        printf("k=%u n=%d\n", k, n);
    }
    printf("%u\n", (unsigned)sizeof(int[7]));
    printf("%u\n", (unsigned)sizeof(struct three[5]));
    /* sizeof yields an unsigned type */
    printf("%d\n", sizeof(int) - 5 > 0);
    return 0;
}

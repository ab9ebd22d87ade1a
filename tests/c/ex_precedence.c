/* operator precedence and associativity */
#include <stdio.h>

static int id(int x) { return x; }

int main(void) {
    int a = id(2), b = id(3), c = id(4), d = id(5);
    int arr[3] = {7, 8, 9};
    int *p = arr;
    printf("%d %d\n", a + b * c, (a + b) * c);
    printf("%d %d\n", a - b - c, a - (b - c));
    printf("%d %d\n", 100 / a / d, 100 / (a / 1 * d));
    printf("%d %d\n", 17 % d * a, 17 % (d * a));
    printf("%d %d\n", 1 << a + b, (1 << a) + b);
    printf("%d\n", 64 >> a >> 1);
    printf("%d %d\n", a < b == c < d, a < (b == c));
    printf("%d %d\n", a & b == b, (a & b) == b);
    printf("%d %d\n", a | b ^ c & d, ((a | b) ^ c) & d);
    printf("%d\n", a == 2 || b == 0 && c == 0);
    printf("%d\n", (a == 2 || b == 0) && c == 0);
    printf("%d %d\n", -a * -b, - -a);
    printf("%d %d\n", !a + 1, !(a + 1));
    printf("%d %d\n", ~a & 0xF, ~(a & 0xF));
    printf("%d\n", *p + 1);
    printf("%d\n", *(p + 1));
    printf("%d\n", *p++ * 2);
    printf("%d\n", *p);
    printf("%d\n", -arr[1]);
    printf("%d\n", a ? b : c ? d : 0);
    printf("%d\n", (a ? 0 : c) ? d : 1);
    {
        int x, y, z;
        x = y = z = 7;
        printf("%d %d %d\n", x, y, z);
        x += y -= z *= 2;
        printf("%d %d %d\n", x, y, z);
        x = a > b ? a : b + 100;
        printf("%d\n", x);
        x = (a, b + 1);
        printf("%d\n", x);
    }
    printf("%d\n", (int)sizeof arr / (int)sizeof arr[0] + 1);
    printf("%d\n", (unsigned char)300 + 1);
    printf("%d\n", -1u > 0 ? 1 : 2);
    return 0;
}

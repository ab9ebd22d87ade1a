/* unary + - ~ ! & * and their result types */
#include <stdio.h>

static int id(int x) { return x; }

int main(void) {
    int x = id(7), z = id(0);
    unsigned u = 7;
    char c = 'A';
    short s = -300;
    int arr[3] = {4, 5, 6};
    int *p;
    printf("%d %d %d\n", +x, -x, - -x);
    printf("%d %d\n", -z, +z);
    printf("%u %u\n", -u, +u);
    printf("%d\n", -u > 0);
    printf("%d %d\n", +c, -c);
    printf("%u %u\n", (unsigned)sizeof(+c), (unsigned)sizeof(-s));
    printf("%d %d\n", -s, ~s);
    printf("%d %d %d\n", ~x, ~z, ~-1);
    printf("%u\n", ~u);
    printf("%d %d\n", !x, !!x);
    /* & and * are inverses */
    p = &arr[1];
    printf("%d %d\n", *p, *&arr[2]);
    printf("%d\n", &*p == p);
    printf("%d\n", *&*&x);
    printf("%d\n", (int)(&arr[2] - &arr[0]));
    *&x = 99;
    printf("%d\n", x);
    /* unary minus of the most negative int via unsigned */
    {
        unsigned m = 0x80000000u;
        printf("%u %d\n", -m, (int)-m);
    }
    /* combinations */
    printf("%d\n", -~x);
    printf("%d\n", ~-x);
    printf("%d\n", !-x);
    printf("%d\n", -!x);
    printf("%d\n", ~!z);
    printf("%d\n", - - - -x);
    printf("%d\n", -(-(-x)));
    return 0;
}

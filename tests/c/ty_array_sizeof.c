#include <stdio.h>

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

struct pair { short a; short b; };

static int sum_param(int arr[10]) {      /* really int *arr */
    int i, s = 0;
    for (i = 0; i < 3; i++) s += arr[i];
    return s;
}

int main(void) {
    int ints[10];
    char chars[7];
    short shorts[3][5];
    struct pair pairs[4];
    unsigned char bytes[2][2][2];
    const char *strs[] = { "a", "bb", "ccc" };
    int n = 0;

    printf("ints: %d bytes, %d elems\n", (int)sizeof ints, COUNT(ints));
    printf("chars: %d bytes, %d elems\n", (int)sizeof chars, COUNT(chars));
    printf("shorts: %d bytes, %d rows, %d cols\n", (int)sizeof shorts, COUNT(shorts), COUNT(shorts[0]));
    printf("pairs: %d bytes, %d elems, pair=%d\n", (int)sizeof pairs, COUNT(pairs), (int)sizeof(struct pair));
    printf("bytes: %d %d %d %d\n", (int)sizeof bytes, (int)sizeof bytes[0], (int)sizeof bytes[0][0], (int)sizeof bytes[0][0][0]);
    printf("strs: %d elems, sizeof *strs[2] = %d\n", COUNT(strs), (int)sizeof *strs[2]);
    printf("sizeof \"hello\"=%d sizeof(int[6])=%d\n", (int)sizeof "hello", (int)sizeof(int[6]));
    printf("sizeof n++ = %d, n still %d\n", (int)sizeof n++, n);   /* operand not evaluated */
    ints[0] = 1; ints[1] = 2; ints[2] = 3;
    printf("sum_param=%d\n", sum_param(ints));
    printf("sizeof ints[0]*3=%d\n", (int)(sizeof ints[0] * 3));
    return 0;
}

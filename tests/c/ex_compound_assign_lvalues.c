/* compound assignment through array elements, pointers and struct members */
#include <stdio.h>

struct acc { int total; unsigned bits; char tag; short cnt; int hist[4]; };

static int calls;
static int idx(int i) { calls++; return i; }

static void add(struct acc *a, int v) {
    a->total += v;
    a->bits |= 1u << (v & 31);
    a->cnt += 1;
    a->hist[v % 4] += 1;
    a->tag ^= v;
}

int main(void) {
    int arr[5] = {1, 2, 3, 4, 5};
    int *p = arr;
    struct acc a = {0};
    struct acc *pa = &a;
    int i;
    arr[0] += 10;
    arr[1] *= 7;
    arr[2] <<= 4;
    arr[3] -= 9;
    arr[4] %= 3;
    printf("%d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4]);
    *p += 100;
    *(p + 1) /= 2;
    p[2] >>= 1;
    p[3] ^= -1;
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
    /* the lvalue's subscript is evaluated once */
    arr[idx(4)] += 5;
    arr[idx(0)] |= 1;
    printf("%d %d calls=%d\n", arr[4], arr[0], calls);
    for (i = 1; i <= 6; i++)
        add(pa, i * 3);
    printf("total=%d bits=%x cnt=%d tag=%d\n", a.total, a.bits, a.cnt, a.tag);
    printf("hist %d %d %d %d\n", a.hist[0], a.hist[1], a.hist[2], a.hist[3]);
    pa->total -= 60;
    pa->bits &= 0xFF;
    pa->hist[idx(2)] *= 10;
    (*pa).cnt <<= 2;
    printf("total=%d bits=%x cnt=%d hist2=%d calls=%d\n",
           a.total, a.bits, a.cnt, a.hist[2], calls);
    /* pointer += and -= */
    p = arr;
    p += 3;
    printf("%d\n", *p);
    p -= 2;
    printf("%d %d\n", *p, (int)(p - arr));
    return 0;
}

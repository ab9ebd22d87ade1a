/* memcpy, memmove (overlap in both directions), memset, memcmp (sign only) */
#include <stdio.h>
#include <string.h>

static const char *sign(int v)
{
    return v < 0 ? "<0" : v > 0 ? ">0" : "0";
}

static void reset(char *b)
{
    memcpy(b, "0123456789ABCDEF", 16);
}

static void show(const char *label, const char *b)
{
    printf("%-16s %.16s\n", label, b);
}

int main(void)
{
    char b[16];
    int ints[6] = {1, 2, 3, 4, 5, 6};
    int copy[6];
    unsigned char u1[4] = {1, 2, 200, 4}, u2[4] = {1, 2, 100, 4};
    void *r;
    int i;
    reset(b);
    r = memmove(b + 4, b, 8);
    show("move right by 4", b);
    printf("returns dst: %d\n", r == (void *)(b + 4));
    reset(b);
    memmove(b, b + 4, 8);
    show("move left by 4", b);
    reset(b);
    memmove(b + 1, b, 15);
    show("move right by 1", b);
    reset(b);
    memmove(b, b + 1, 15);
    show("move left by 1", b);
    reset(b);
    memmove(b, b, 16);
    show("move onto itself", b);
    reset(b);
    memcpy(b + 10, b, 6);
    show("copy disjoint", b);
    reset(b);
    r = memset(b + 2, '-', 5);
    show("memset 5", b);
    printf("returns dst: %d\n", r == (void *)(b + 2));
    memset(b, 0, 0);
    show("memset 0 bytes", b);
    memset(copy, 0, sizeof copy);
    memcpy(copy + 1, ints, 4 * sizeof(int));
    for (i = 0; i < 6; i++)
        printf("%d ", copy[i]);
    printf("\n");
    memset(copy, 0xff, sizeof copy);
    printf("memset 0xff ints: %d %d\n", copy[0], copy[5]);
    memset(copy, 0x101, sizeof copy);
    printf("memset 0x101 int: %x\n", (unsigned)copy[2]);
    printf("memcmp: %s %s %s %s %s\n",
           sign(memcmp("abc", "abd", 3)), sign(memcmp("abc", "abd", 2)),
           sign(memcmp(u1, u2, 4)), sign(memcmp(u2, u1, 4)), sign(memcmp(u1, u2, 0)));
    printf("memcmp past zero bytes: %s\n", sign(memcmp("a\0b", "a\0c", 3)));
    printf("memcmp ints: %s\n", sign(memcmp(ints, copy, sizeof ints)));
    return 0;
}

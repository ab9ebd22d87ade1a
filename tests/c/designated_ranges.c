/* gcc's ranges in array designators ([low ... high] = value: the value is
   evaluated once), and a brace list for a subobject that replaces what
   designators put in it before (gcc and clang leave the rest zero). */
#include <stdio.h>

struct pair { int x, y; };
struct inner { int a, b; };
struct outer { struct inner in; int c[4]; char s[6]; };

int table[10] = { [0 ... 3] = 7, [2] = 1, 9, [8 ... 9] = -1 };
struct pair pairs[4] = { [1 ... 2] = { 5, 6 }, [3].y = 8 };
char words[2][3] = { [0 ... 1] = "ab" };
static struct outer replaced = { .in.b = 2, .c[2] = 7, .in = { 9 }, .s = "hi", .c = { 1 }, .c[3] = 4 };

static int calls;
static int next(void) { return ++calls; }

int main(void) {
    for (int i = 0; i < 10; i++)
        printf("%d ", table[i]);
    printf("| ");
    for (int i = 0; i < 4; i++)
        printf("%d,%d ", pairs[i].x, pairs[i].y);
    printf("| %s %s\n", words[0], words[1]);
    int local[6] = { [1 ... 4] = next() };
    for (int i = 0; i < 6; i++)
        printf("%d ", local[i]);
    printf("calls=%d\n", calls);
    int m[3][3] = { [0 ... 2][1] = 4, [1][0 ... 2] = 2 };
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            printf("%d", m[i][j]);
    int sized[] = { [2 ... 4] = 1 };
    printf(" %d\n", (int)(sizeof sized / sizeof sized[0]));
    struct outer here = { .in.b = 2, .c[2] = 7, .in = { 9 }, .s = "hi", .c = { 1 }, .c[3] = 4 };
    struct inner given = { 5, 6 };
    struct outer later = { .in = given, .in.b = 3 };
    printf("%d %d %d %d %d %d %s\n", replaced.in.a, replaced.in.b, replaced.c[0], replaced.c[1],
           replaced.c[2], replaced.c[3], replaced.s);
    printf("%d %d %d %d %d %d %s %d\n", here.in.a, here.in.b, here.c[0], here.c[1], here.c[2],
           here.c[3], here.s, later.in.b);
    return 0;
}

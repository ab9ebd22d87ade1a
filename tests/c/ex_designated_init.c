/* designated initializers, including inside compound literals */
#include <stdio.h>

struct cfg { int width, height; char mode; int flags[3]; };
struct xy { int x, y; };
struct line { struct xy a, b; };

static void show(struct cfg c) {
    printf("w=%d h=%d mode=%d flags=%d,%d,%d\n", c.width, c.height, c.mode,
           c.flags[0], c.flags[1], c.flags[2]);
}

int main(void) {
    struct cfg a = {.height = 20, .width = 10};
    struct cfg b = {.mode = 'x', .flags = {[2] = 7}};
    struct cfg c = {.flags = {0, 5}, .width = 1, 2};
    int arr[8] = {[5] = 50, [1] = 10, 11, 12, [6] = 60};
    int sq[5] = {[4] = 16, [0] = 0, [2] = 4, [1] = 1, [3] = 9};
    int over[3] = {[0] = 1, [0] = 2};
    char letters[6] = {[0] = 'a', [4] = 'e', [2] = 'c'};
    struct line ln = {.b = {.y = 4, .x = 3}, .a = {1, 2}};
    int i;
    show(a);
    show(b);
    show(c);
    for (i = 0; i < 8; i++)
        printf("%d ", arr[i]);
    printf("\n");
    for (i = 0; i < 5; i++)
        printf("%d ", sq[i]);
    printf("\n");
    printf("%d %d %d\n", over[0], over[1], over[2]);
    for (i = 0; i < 6; i++)
        printf("%d ", letters[i]);
    printf("\n");
    printf("%d %d %d %d\n", ln.a.x, ln.a.y, ln.b.x, ln.b.y);
    /* designators inside compound literals used as expressions */
    show((struct cfg){.mode = 3, .flags = {1, 2, 3}, .height = -1});
    printf("%d\n", ((int[10]){[9] = 99, [3] = 33})[9] + ((int[10]){[9] = 99, [3] = 33})[3]);
    printf("%u\n", (unsigned)sizeof((int[]){[6] = 1}));
    printf("%d\n", ((struct line){.b = {.x = 8}}).b.x * 2);
    return 0;
}

#include <stdio.h>

struct opt { const char *name; int level; int flags; char code; };
enum { I_A, I_B, I_C, I_COUNT };

int main(void) {
    int sparse[10] = { [2] = 20, [7] = 70, [4] = 40 };
    int mixed[6] = { 1, [3] = 30, 31, [1] = 10 };     /* 31 goes to [4]; [1] after [0] */
    int sized[] = { [5] = 5 };                        /* size 6 */
    struct opt o = { .level = 3, .code = 'q', .name = "fast" };
    struct opt list[3] = { [1] = { .name = "mid", .flags = 2 }, [0] = { .level = 9 } };
    const char *names[I_COUNT] = { [I_C] = "cee", [I_A] = "ay" };
    int grid[3][3] = { [1] = { [1] = 5 }, [2] = { [0] = 7 } };
    int i;

    for (i = 0; i < 10; i++) printf("%d ", sparse[i]);
    printf("\n");
    for (i = 0; i < 6; i++) printf("%d ", mixed[i]);
    printf("\nsized count=%d last=%d\n", (int)(sizeof sized / sizeof sized[0]), sized[5]);
    printf("o: %s level=%d flags=%d code=%c\n", o.name, o.level, o.flags, o.code);
    for (i = 0; i < 3; i++)
        printf("list[%d]: %s level=%d flags=%d\n", i, list[i].name ? list[i].name : "(null)", list[i].level, list[i].flags);
    for (i = 0; i < I_COUNT; i++) printf("%s ", names[i] ? names[i] : "-");
    printf("\n");
    for (i = 0; i < 9; i++) printf("%d", grid[i / 3][i % 3]);
    printf("\n");
    return 0;
}

#include <stdio.h>

struct pt { int x, y; };
struct seg { struct pt a, b; int color; };

int main(void) {
    int m[3][3] = { { 1, 2, 3 }, { 4 }, { 7, 8 } };
    int flat[2][3] = { { 1, 2, 3 }, { 4, 5 } };
    struct seg segs[3] = {
        { { 0, 0 }, { 3, 4 }, 1 },
        { { -1, 2 }, { 5 } },                    /* b.y and color zero */
        { { 1, 2 }, { 3, 4 }, 5 },
    };
    struct pt pts[] = { { 1, 1 }, { 2, 4 }, { 3, 9 } };
    int i, j;

    for (i = 0; i < 3; i++) {
        for (j = 0; j < 3; j++) printf("%d ", m[i][j]);
        printf("| ");
    }
    printf("\n");
    for (i = 0; i < 2; i++)
        for (j = 0; j < 3; j++) printf("%d%s", flat[i][j], j == 2 ? "\n" : " ");
    for (i = 0; i < 3; i++)
        printf("seg%d: (%d,%d)-(%d,%d) c=%d\n", i, segs[i].a.x, segs[i].a.y, segs[i].b.x, segs[i].b.y, segs[i].color);
    printf("npts=%d last=(%d,%d)\n", (int)(sizeof pts / sizeof pts[0]), pts[2].x, pts[2].y);
    {
        struct { int id; int vals[3]; char tag[4]; } rec = { 9, { 8, 7 }, "ab" };
        printf("rec: %d %d %d %d %s %d\n", rec.id, rec.vals[0], rec.vals[1], rec.vals[2], rec.tag, rec.tag[3]);
    }
    {
        int x = 5;
        int local[4] = { x, x * 2, x + segs[0].b.y };   /* non-constant initializers in block scope */
        printf("local: %d %d %d %d\n", local[0], local[1], local[2], local[3]);
    }
    return 0;
}

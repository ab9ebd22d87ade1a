/* Chained designators: [i].m, .a.b, [i][j], .a[i]; the next plain value goes
   to the member after the designated one. */
#include <stdio.h>

struct p { int x, y; };
struct n { int k; struct { int y, z; } in; int a[3]; };

struct p ga[3] = { [1].y = 7, 8, [0].x = 1 };
struct n gn = { .in.y = 5, 6, .a[1] = 9 };
int gg[3][3] = { [2][0] = 7, 8, [0][2] = 3 };

int main(void) {
    int v = 4;
    struct p a[3] = { [1].y = v, 8, [0].x = 1 };
    struct n n = { .in.z = v, .a[2] = v + 1, .k = 2 };
    int g[3][3] = { [2][0] = v, 8, [0][2] = 3, [1] = { 5 } };
    int i, j;
    for (i = 0; i < 3; i++)
        printf("%d,%d %d,%d\n", ga[i].x, ga[i].y, a[i].x, a[i].y);
    printf("%d %d %d %d %d %d\n", gn.k, gn.in.y, gn.in.z, gn.a[0], gn.a[1], gn.a[2]);
    printf("%d %d %d %d %d %d\n", n.k, n.in.y, n.in.z, n.a[0], n.a[1], n.a[2]);
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++)
            printf("%d%d%c", gg[i][j], g[i][j], j == 2 ? '\n' : ' ');
    return 0;
}

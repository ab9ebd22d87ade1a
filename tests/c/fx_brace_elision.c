/* Brace elision (C99 6.7.8): nested arrays and structs take their values from
   the enclosing list when their own braces are left out. */
#include <stdio.h>

struct p { int x, y; };
struct q { int x; int v[2]; struct p pt; };

int ga[2][3] = { 1, 2, 3, 4, 5 };
struct p gps[] = { 1, 2, 3, 4, 5 };
struct q gq = { 1, 2, 3, 4 };
char gs[2][4] = { "ab", 'c', 'd' };
struct q gqs[2] = { 1, { 2 }, 3, 4, 5, 6 };

int main(void) {
    int k = 9;
    int a[2][3] = { 1, 2, 3, k, 5 };
    struct p ps[2] = { 1, 2, k, 4 };
    struct q q = { 1, 2, k, { 4 } };
    struct p one = { 7, 8 };
    struct q copy = { 0, 1, 2, one };
    int flat[][2] = { 1, 2, 3 };
    printf("%d %d %d %d\n", ga[1][0], ga[1][2], a[1][0], a[1][2]);
    printf("%d %d %d %d %d\n", (int)(sizeof gps / sizeof gps[0]), gps[2].x, gps[2].y, ps[1].x, ps[1].y);
    printf("%d %d %d %d %d\n", gq.v[1], gq.pt.x, q.v[1], q.pt.x, q.pt.y);
    printf("%s %c%c %d\n", gs[0], gs[1][0], gs[1][1], gs[1][2]);
    printf("%d %d %d %d %d\n", gqs[0].v[0], gqs[0].v[1], gqs[0].pt.x, gqs[1].x, gqs[1].v[0]);
    printf("%d %d %d\n", copy.pt.x, copy.pt.y, (int)sizeof flat);
    return 0;
}

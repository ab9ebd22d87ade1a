#include <stdio.h>
#include <string.h>

struct big { int id; char label[10]; int vals[4]; };

int main(void) {
    struct big a = { 1, "first", { 1, 2, 3, 4 } };
    struct big b;
    struct big c;
    struct big *pa = &a;

    b = a;                   /* copies arrays inside too */
    b.id = 2;
    strcpy(b.label, "second");
    b.vals[0] = 100;
    printf("a: %d %s %d %d\n", a.id, a.label, a.vals[0], a.vals[3]);
    printf("b: %d %s %d %d\n", b.id, b.label, b.vals[0], b.vals[3]);

    c = b = *pa;             /* chained assignment */
    printf("b: %d %s %d; c: %d %s %d\n", b.id, b.label, b.vals[0], c.id, c.label, c.vals[0]);

    {
        struct big arr[3];
        int i;
        arr[0] = a;
        arr[1] = arr[0];
        arr[1].vals[2] = 77;
        arr[2] = arr[1];
        arr[2].label[0] = 'F';
        for (i = 0; i < 3; i++) printf("arr[%d]: %s %d\n", i, arr[i].label, arr[i].vals[2]);
    }
    {
        struct big d;
        memcpy(&d, &a, sizeof d);
        printf("memcpy equal=%d\n", memcmp(&d, &a, sizeof d) == 0);
    }
    {
        struct pt { int x; int y; } p1 = { 3, 4 };
        struct pt p2;
        p2 = p1;
        p1.x = 30;
        printf("p1=(%d,%d) p2=(%d,%d)\n", p1.x, p1.y, p2.x, p2.y);
    }
    return 0;
}

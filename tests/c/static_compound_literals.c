/* file-scope compound literals: static objects whose addresses are constants */
#include <stdio.h>

struct s { int a, b; };
struct node { int v; struct node *next; };

static int *gp = (int[]){1, 2, 3};
struct s *sp = &(struct s){1, 2};
int *mid = (int[]){10, 20, 30} + 1;
int *elem = &(int[4]){[2] = 7}[2];
int *member = &(struct s){.b = 42}.b;
const char *names[] = {"zero", (char[]){'o', 'n', 'e', 0}};
/* a list built entirely at link time */
struct node *list = &(struct node){1, &(struct node){2, &(struct node){3, 0}}};
struct { int *p; int n; } table = {(int[]){5, 6, 7, 8}, 4};

int sum(const int *v, int n) {
    int s = 0;
    while (n--)
        s += *v++;
    return s;
}

int main(void) {
    struct node *n;
    int i;
    printf("%d %d %d\n", gp[0], gp[1], gp[2]);
    printf("%d %d\n", sp->a, sp->b);
    printf("%d %d %d\n", mid[-1], mid[0], mid[1]);
    printf("%d %d %d\n", elem[-2], elem[0], elem[1]);
    printf("%d %d\n", member[-1], *member);
    printf("%s %s\n", names[0], names[1]);
    for (n = list; n; n = n->next)
        printf("%d ", n->v);
    printf("\n%d\n", sum(table.p, table.n));
    /* they are ordinary objects: writable, and the same object on each use */
    for (i = 0; i < 3; i++)
        gp[i] *= 2;
    sp->b += 40;
    printf("%d %d %d %d\n", gp[0], gp[1], gp[2], sp->b);
    return gp[2];
}

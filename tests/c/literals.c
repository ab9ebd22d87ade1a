/* compound literals, designated initializers, scalar initializers in braces */
#include <stdio.h>

struct pair { int a, b; };

int sum(const int *v, int n) { int s = 0; while (n--) s += *v++; return s; }
int first(struct pair *p) { return p->a; }

int main(void) {
    int i, total = 0;
    struct pair *p = &(struct pair){.b = 9, .a = 4};
    int days[12] = {[1] = 28, [0] = 31, 31, [11] = 31};
    int x = {5};
    for (i = 0; i < 3; i++)
        total += sum((int[]){i, i + 1, i + 2}, 3);
    printf("%d %d %d\n", p->a, p->b, total);
    printf("%d %d %d %d %d\n", days[0], days[1], days[2], days[3], days[11]);
    printf("%d %d\n", first(&(struct pair){7, 8}), x + ((struct pair){1, 2}).b);
    return 0;
}

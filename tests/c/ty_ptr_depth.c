#include <stdio.h>

static void set_via_pp(int **pp, int v) { **pp = v; }
static void redirect(int **pp, int *target) { *pp = target; }
static int read3(int ***ppp) { return ***ppp; }

int main(void) {
    int a = 1, b = 2;
    int *p = &a;
    int **pp = &p;
    int ***ppp = &pp;

    printf("a=%d *p=%d **pp=%d ***ppp=%d\n", a, *p, **pp, ***ppp);
    ***ppp = 10;
    printf("a=%d\n", a);
    set_via_pp(pp, 20);
    printf("a=%d\n", a);
    redirect(pp, &b);
    printf("p points to b: %d, *p=%d\n", p == &b, *p);
    **pp += 5;
    printf("b=%d read3=%d\n", b, read3(ppp));
    *ppp = &p;      /* unchanged */
    {
        int *q = &a;
        int **pq = &q;
        *ppp = pq;    /* pp now points to q */
        printf("**pp=%d pp==&q %d\n", **pp, pp == &q);
        ***ppp = 99;
        printf("a=%d b=%d\n", a, b);
    }
    return 0;
}

/* Implicit conversion to _Bool of run-time values gives 0 or 1. */
#include <stdio.h>

struct flags { _Bool on; char c; };

_Bool ret(int v) { return v; }
int take(_Bool b) { return b; }

int main(void) {
    int two = 2, x = 0, big = 256;
    _Bool a = two;
    _Bool p = &x;
    _Bool f = 1, g = 0, z = big;
    _Bool *pb = &g;
    struct flags fl = { two, 'x' };
    f += 10;
    *pb = two;
    g--;
    printf("%d %d %d %d %d %d\n", a, p, f, ret(two), take(two), z);
    printf("%d %d %d\n", g, fl.on, (_Bool)big);
    a = 0;
    a++;
    a++;
    x = a--;
    printf("%d %d\n", a, x);
    a = 0;
    x = --a;
    printf("%d %d\n", a, x);
    *pb = 0;
    (*pb)++;
    (*pb)++;
    printf("%d %d\n", g, (*pb)++);
    return 0;
}

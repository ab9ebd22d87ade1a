/* function pointers: variables, arrays, parameters, (*f)() and f() */
#include <stdio.h>

typedef int (*binop)(int, int);

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int twice(int x) { return x + x; }

binop table[2] = {add, sub};

int apply(binop f, int a, int b) { return f(a, b); }
int compose(int (*f)(int), int (*g)(int), int x) { return f(g(x)); }

int main(void) {
    binop op = sub;
    int i;
    printf("%d %d %d\n", apply(add, 3, 4), op(10, 3), (*op)(1, 2));
    for (i = 0; i < 2; i++) printf("%d ", table[i](20, 5));
    printf("%d %d\n", compose(twice, twice, 3), table[0] == add);
    return 0;
}

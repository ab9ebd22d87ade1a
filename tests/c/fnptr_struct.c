/* function pointers in structs: a tiny dispatch table */
#include <stdio.h>
struct op { const char *name; int (*fn)(int, int); };
int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }
int max(int a, int b) { return a > b ? a : b; }
struct op ops[] = {{"add", add}, {"mul", mul}, {"max", max}};
int main(void) {
    int i;
    for (i = 0; i < 3; i++) printf("%s(6,7)=%d\n", ops[i].name, ops[i].fn(6, 7));
    return 0;
}

/* macros: do-while(0) statements, nested macros, stringizing, token pasting, #undef */
#include <stdio.h>
#define SWAP(t, a, b) do { t tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)
#define STR(x) #x
#define XSTR(x) STR(x)
#define VERSION 3
#define GLUE(a, b) a##b
#define SQUARE(x) ((x) * (x))
#define CUBE(x) (SQUARE(x) * (x))
int GLUE(val, 1) = 11;
int main(void) {
    int a = 1, b = 2;
    SWAP(int, a, b);
    printf("%d %d %s %s %d %d\n", a, b, STR(a + b), XSTR(VERSION), val1, CUBE(3));
#undef VERSION
#ifndef VERSION
    printf("undefined\n");
#endif
    return 0;
}

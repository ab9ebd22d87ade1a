/* #x: whitespace runs inside the argument become one space, the ends are trimmed */
#include <stdio.h>
#define STR(x) #x
#define XSTR(x) STR(x)
#define SUM a   +   b
int main(void) {
    printf("[%s]\n", STR(a   +    b));
    printf("[%s]\n", STR(   x   ));
    printf("[%s]\n", STR(f( 1 ,2 )));
    printf("[%s]\n", STR("in   string"   'c'));
    printf("[%s]\n", XSTR(SUM));
    printf("[%s]\n", STR(a	/* comment */	b));
    return 0;
}

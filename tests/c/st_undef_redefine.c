/* #undef and redefinition: a macro's value at each point of use, identical redefinition,
   undefining unknown names, and a function-like macro replaced by an object-like one */
#include <stdio.h>

#define LEVEL 1
static int at_first = LEVEL;
#undef LEVEL
#define LEVEL 2
static int at_second = LEVEL;
#undef LEVEL
#define LEVEL (10 * 3)
#define LEVEL (10 * 3)          /* identical redefinition is allowed */

#undef NEVER_DEFINED            /* undefining an unknown name is harmless */

#define OP(a, b) ((a) + (b))
static int add_first(void) { return OP(2, 3); }
#undef OP
#define OP(a, b) ((a) * (b))
static int mul_second(void) { return OP(2, 3); }
#undef OP
#define OP 99

/* the body of a macro is expanded when it is used, not when it is defined */
#define BASE 100
#define TOTAL (BASE + 1)
static int total_a = TOTAL;
#undef BASE
#define BASE 200
static int total_b = TOTAL;

int main(void) {
    printf("first=%d second=%d now=%d\n", at_first, at_second, LEVEL);
    printf("add_first=%d mul_second=%d OP=%d\n", add_first(), mul_second(), OP);
    printf("total_a=%d total_b=%d\n", total_a, total_b);
#undef BASE
#ifdef BASE
    printf("BASE still defined\n");
#else
    printf("BASE undefined; TOTAL would no longer compile\n");
#endif
#ifndef NEVER_DEFINED
    printf("NEVER_DEFINED is not defined\n");
#endif
    {
        int LEVEL_copy = LEVEL;
#undef LEVEL
        int LEVEL = 5;            /* now an ordinary identifier */
        printf("LEVEL_copy=%d LEVEL=%d\n", LEVEL_copy, LEVEL);
    }
    return 0;
}

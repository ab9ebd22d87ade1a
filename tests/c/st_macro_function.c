/* function-like macros: parenthesization pitfalls, double evaluation of arguments,
   multi-line definitions with backslash continuation, macros calling macros */
#include <stdio.h>

#define SQ_BAD(x) x * x
#define SQ(x) ((x) * (x))
#define DOUBLE_BAD(x) (x) + (x)
#define DOUBLE(x) ((x) + (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLAMP(v, lo, hi) MIN(MAX(v, lo), hi)
#define ABS(x) ((x) < 0 ? -(x) : (x))
#define SUM3(a, b, c) \
    ((a) +            \
     (b) +            \
     (c))
#define PRINT_PAIR(label, v1, v2) \
    do {                          \
        printf("%s: ", label);    \
        printf("%d %d\n", v1, v2); \
    } while (0)
#define NOARGS() 123
#define SPACE_BEFORE_PAREN (5)    /* object-like: the parenthesis is the body */

static int counter;
static int next(void) { return ++counter; }

int main(void) {
    int a = 3, i;
    PRINT_PAIR("SQ_BAD(a+1) vs SQ(a+1)", SQ_BAD(a + 1), SQ(a + 1));
    PRINT_PAIR("10/DOUBLE_BAD(1) vs 10/DOUBLE(1)", 10 / DOUBLE_BAD(1), 10 / DOUBLE(1));
    PRINT_PAIR("MAX/MIN", MAX(4, -9), MIN(4, -9));
    for (i = -5; i <= 15; i += 5)
        printf("CLAMP(%d,0,10)=%d ABS=%d\n", i, CLAMP(i, 0, 10), ABS(i));
    printf("SUM3=%d\n", SUM3(1, 20, 300));
    /* the argument is evaluated twice: next() runs twice */
    counter = 0;
    i = MAX(next(), 0);
    printf("MAX(next(),0)=%d counter=%d\n", i, counter);
    /* if/else around a do-while(0) macro works without braces */
    if (a > 0)
        PRINT_PAIR("then", a, -a);
    else
        PRINT_PAIR("else", a, -a);
    printf("NOARGS()=%d SPACE_BEFORE_PAREN=%d\n", NOARGS(), SPACE_BEFORE_PAREN);
    /* commas inside parentheses do not split macro arguments */
    printf("MAX((1,7),5)=%d\n", MAX((1, 7), 5));
    /* a function-like macro name without ( is not expanded */
    {
        int MAX = 77;
        printf("MAX variable=%d\n", MAX);
    }
    return 0;
}

/* __LINE__: the current source line, through macros, after comments spanning lines
   and statements spanning lines */
#include <stdio.h>

#define HERE __LINE__
#define REPORT(msg) printf("%s at line %d\n", msg, __LINE__)
#define LINE_PLUS(a) ((a) + __LINE__)

static int first_line = __LINE__;

/* a comment
   spanning
   several lines */
static int after_comment = __LINE__;

static int line_of_call(int line) {
    return line;
}

int main(void) {
    int lines[3], i;
    printf("first_line=%d after_comment=%d\n", first_line, after_comment);
    printf("direct=%d\n", __LINE__);
    printf("via HERE=%d\n", HERE);
    REPORT("REPORT");
    printf("LINE_PLUS(1000)=%d\n", LINE_PLUS(1000));
    printf("passed to a function: %d\n", line_of_call(__LINE__));
    for (i = 0; i < 3; i++)
        lines[i] = __LINE__ + i;
    printf("in a loop: %d %d %d\n", lines[0], lines[1], lines[2]);
    printf("two on one line: %d %d\n", __LINE__, __LINE__);
    /* a statement spanning lines: __LINE__ is the line where it appears */
    i = 1 +
        __LINE__ +
        2;
    printf("multi-line statement: i=%d, now line %d\n", i, __LINE__);
    return 0;
}

/* #if / #elif / #else / #endif with integer constant expressions and defined() */
#include <stdio.h>

#define VERSION 3
#define FEATURE_X
#define ZERO 0

#if VERSION >= 3 && VERSION < 5
static const char *range = "3..4";
#elif VERSION >= 5
static const char *range = "5+";
#else
static const char *range = "old";
#endif

#if defined(FEATURE_X) && !defined(FEATURE_Y)
#define FEATURES "X only"
#elif defined FEATURE_Y
#define FEATURES "Y"
#else
#define FEATURES "none"
#endif

int main(void) {
    printf("range=%s features=%s\n", range, FEATURES);

#if (2 + 3) * 4 == 20
    printf("arithmetic: (2+3)*4 == 20\n");
#endif
#if 10 / 3 == 3 && 10 % 3 == 1
    printf("division and remainder\n");
#endif
#if (1 << 4) == 16 && (0xF0 >> 4) == 0xF && (6 & 3) == 2 && (6 | 1) == 7 && (6 ^ 5) == 3
    printf("bit operators\n");
#endif
#if -1 < 0 && !0 && ~0 == -1
    printf("unary operators\n");
#endif
#if UNDEFINED_NAME == 0
    printf("undefined identifiers are 0 in #if\n");
#endif
#if ZERO
    printf("wrong: ZERO is 0\n");
#elif ZERO + 1
    printf("elif taken: ZERO + 1\n");
#elif 1
    printf("wrong: later elif must not be taken\n");
#endif
#if 0
    this text is skipped entirely: int x = ; and #garbage directives
#endif
#if 1
#  if 0
    printf("wrong: nested 0\n");
#  else
    printf("nested else\n");
#  endif
#else
    printf("wrong: outer else\n");
#endif
#if 0x10 == 16 && 100u == 100 && 7L == 7
    printf("hex and suffixed literals\n");
#endif
    printf("VERSION*2=%d\n", VERSION * 2);
    return 0;
}

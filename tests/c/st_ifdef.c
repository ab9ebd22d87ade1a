/* #ifdef / #ifndef: configuration switches, default values, nesting, and #else branches */
#include <stdio.h>

#define USE_FAST
#define DEBUG_LEVEL 0           /* defined, even though its value is 0 */

#ifndef BUFFER_SIZE
#define BUFFER_SIZE 16          /* default when not configured */
#endif

#ifndef USE_FAST
#define BUFFER_SIZE 1           /* would be a conflicting redefinition if taken */
#endif

#ifdef USE_FAST
static int fast_sum(int n) { return n * (n + 1) / 2; }
#define SUM(n) fast_sum(n)
#else
static int slow_sum(int n) { int s = 0; while (n) s += n--; return s; }
#define SUM(n) slow_sum(n)
#endif

int main(void) {
    printf("BUFFER_SIZE=%d SUM(10)=%d\n", BUFFER_SIZE, SUM(10));
#ifdef DEBUG_LEVEL
    printf("DEBUG_LEVEL is defined (value %d)\n", DEBUG_LEVEL);
#endif
#if DEBUG_LEVEL
    printf("wrong: value is 0\n");
#else
    printf("#if DEBUG_LEVEL is false\n");
#endif
#ifdef USE_FAST
#  ifdef USE_SLOW
    printf("wrong: USE_SLOW\n");
#  else
    printf("fast, not slow\n");
#    ifndef USE_SLOW
    printf("nested #ifndef inside #else\n");
#    endif
#  endif
#endif
#undef USE_FAST
#ifdef USE_FAST
    printf("wrong: undefined above\n");
#else
    printf("USE_FAST undefined now, but SUM still uses %s\n", SUM(3) == 6 ? "fast_sum" : "?");
#endif
#ifdef main
    printf("wrong: main is not a macro\n");
#endif
    return 0;
}

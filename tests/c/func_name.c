/* __func__ (C99 6.4.2.2): each function's own name, a static char array. */
#include <stdio.h>
#include <string.h>
static const char *who(void) { return __func__; }
int twice(int x) { printf("%s:%d %u\n", __func__, x, (unsigned)sizeof __func__); return 2 * x; }
int main(void) { printf("%s %s %d %c\n", __func__, who(), twice(3), __func__[1]); return (int)strlen(__func__); }

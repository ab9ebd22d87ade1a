#include <stdio.h>
static const char *tail = &"hello"[1];
static const char *third = "abcdef" + 2;
static const char (*whole)[4] = &"xyz";
static const char *name(void) { static const char *n = __func__; return n; }
int main(void) {
    static const char *here = __func__;
    static const char *mid = &__func__[1];
    printf("%s %s %s %s %s %s\n", tail, third, *whole, name(), here, mid);
    return 0;
}

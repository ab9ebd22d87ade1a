/* ## token pasting: building identifiers for variables, enum constants, struct members
   and function names, an X-macro table, and pasting with empty / macro arguments */
#include <stdio.h>

#define COLORS(X) X(RED, 0xFF0000) X(GREEN, 0x00FF00) X(BLUE, 0x0000FF) X(GRAY, 0x808080)

#define AS_ENUM(name, rgb) COLOR_##name,
enum color { COLORS(AS_ENUM) COLOR_COUNT };

#define AS_NAME(name, rgb) #name,
static const char *color_names[] = { COLORS(AS_NAME) };

#define AS_VALUE(name, rgb) rgb,
static const unsigned color_values[] = { COLORS(AS_VALUE) };

#define DECLARE_COUNTER(n) static int count_##n; static void bump_##n(void) { count_##n++; }
DECLARE_COUNTER(apples)
DECLARE_COUNTER(pears)

#define PASTE3(a, b, c) a##b##c
#define JOIN(a, b) a##b
#define XJOIN(a, b) JOIN(a, b)
#define N 7

int main(void) {
    int i;
    int PASTE3(x, _, 1) = 100;
    int JOIN(value, ) = 5;          /* pasting with an empty argument */
    int XJOIN(item, N) = 70;        /* item7: N is expanded first */
    for (i = 0; i < COLOR_COUNT; i++) {
        unsigned v = color_values[i];
        printf("%d %-5s #%06X r=%u g=%u b=%u\n", i, color_names[i], v,
               (v >> 16) & 0xFFu, (v >> 8) & 0xFFu, v & 0xFFu);
    }
    printf("COLOR_BLUE=%d COLOR_COUNT=%d\n", COLOR_BLUE, COLOR_COUNT);
    bump_apples();
    bump_apples();
    bump_pears();
    printf("apples=%d pears=%d\n", count_apples, count_pears);
    printf("x_1=%d value=%d item7=%d\n", x_1, value, item7);
    printf("JOIN(1, 5)=%d JOIN(0x, 10)=%d\n", JOIN(1, 5), JOIN(0x, 10));
    return 0;
}

/* walking pointers: strings to ints by hand, pointer comparisons and differences */
#include <stdio.h>
int parse(const char **p) {
    int v = 0, neg = 0;
    while (**p == ' ') (*p)++;
    if (**p == '-') { neg = 1; (*p)++; }
    while (**p >= '0' && **p <= '9') v = v * 10 + (*(*p)++ - '0');
    return neg ? -v : v;
}
int main(void) {
    const char *text = " 12 -7  300 4", *p = text;
    int total = 0, count = 0;
    while (*p) { total += parse(&p); count++; }
    printf("%d %d %d\n", total, count, (int)(p - text));
    return 0;
}

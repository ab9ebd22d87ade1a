/* All of printf's arguments are evaluated before it prints anything (a
   sequence point before the call), even with a literal format. */
#include <stdio.h>

static int calls;

static int f(void) { printf("in f\n"); return ++calls; }
static char *name(void) { putchar('<'); putchar('>'); return "nm"; }
static int g(int x) { return x * 2; }

int main(void) {
    int i = 5, j = 0, a[3] = {7, 8, 9};
    printf("value=%d\n", f());
    printf("sum=%d+%d\n", i, f() + 1);
    printf("[%5s|%-4s]\n", name(), "x");
    printf("%c%c\n", 'a', putchar('b'));
    printf("inc=%d i=%d\n", j, i++);
    printf("asg=%d\n", j = 42);
    printf("pre=%d %d\n", ++a[0], a[1]);
    printf("nested=%d\n", printf("inner "));
    printf("cheap=%d %u %x %hhd\n", i * 3 - 1, (unsigned)a[2], i, 300);
    printf("hh=%hhd %hu\n", g(150), g(40000));
    printf("cond=%d\n", i > 2 ? f() : 0);
    printf("size=%u\n", (unsigned)sizeof(f()));
    return calls + j;
}

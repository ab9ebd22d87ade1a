/* static functions and static local arrays keeping state between calls */
#include <stdio.h>
static int counter(void) { static int n; return ++n; }
static const char *fizz(int i) {
    static char buf[12];
    if (i % 15 == 0) return "FizzBuzz";
    if (i % 3 == 0) return "Fizz";
    if (i % 5 == 0) return "Buzz";
    sprintf(buf, "%d", i);
    return buf;
}
int main(void) {
    int i;
    for (i = 1; i <= 15; i++) printf("%s ", fizz(i));
    counter(); counter();
    printf("\n%d\n", counter());
    return 0;
}

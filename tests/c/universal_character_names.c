#include <stdio.h>
#include <string.h>
int main(void) {
    const char *s = "caf\u00e9 \U0001F600 \u20AC$\u0024";
    printf("%s %d\n", s, (int)strlen(s));
    printf("%d\n", (int)sizeof("\u00e9"));
    return 0;
}

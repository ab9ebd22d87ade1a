#include <stdio.h>
int main(void) {
    char *p = 0;
    printf("[%s]\n", p);
    printf("[%8s] [%-8s]\n", p, p);
    printf("[%s] [%.3s]\n", (char *)0, p);
    return 0;
}

#include <stdio.h>
#define LONG_ONE 1 + \
    2 + \
    3
int main(void) {
    int x = LONG_ONE;
    return y;
}

#include <stdio.h>
#define ADD(a, b) ((a) + (b))
int main(void) {
    int x = ADD(1,
                2;
    return x;
}

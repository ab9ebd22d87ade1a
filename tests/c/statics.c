/* statics: function-local statics, global initializers, zero-filled arrays */
#include <stdio.h>

static int counter;
int table[6] = {1, 2, 3};
unsigned char bytes[4] = {255, 128, 7};

int next(void) { static int n = 40; n += 2; return n; }

int main(void) {
    int i, s = 0;
    for (i = 0; i < 3; i++) counter += next();
    for (i = 0; i < 6; i++) s += table[i];
    printf("%d %d %d %d %d\n", counter, s, bytes[0], bytes[1] + bytes[3], (int)sizeof(table));
    return counter % 256;
}

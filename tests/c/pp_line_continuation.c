/* backslash-newline joins lines without moving the lines after them */
#include <stdio.h>
#define TWO_LINES 1 + \
    1
#define THREE_LINES(a) \
    ((a) * \
     3)
int main(void) {
    int x = TWO_LINES + \
        THREE_LINES(2);
    printf("line %d\n", __LINE__);
    printf("x = %d\n", x);
    printf("%s\n", "joined \
string");
    printf("line %d\n", __LINE__);
    return 0;
}

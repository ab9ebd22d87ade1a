/* a function-like macro call whose arguments run over several lines */
#include <stdio.h>
#define ADD(a, b) ((a) + (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
int main(void) {
    int x = ADD(1,
                2);
    int y = MAX(ADD(x,
                    10),
                ADD(
                    4, 5
                ));
    printf("%d %d\n", x, y);
    printf("line %d\n", __LINE__);
    printf("%d\n", ADD(
        100, MAX(1,
                 2)));
    printf("line %d\n", __LINE__);
    return 0;
}

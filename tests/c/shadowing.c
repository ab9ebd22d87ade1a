/* block scoping and shadowing */
#include <stdio.h>
int x = 1;
int main(void) {
    int x = 2;
    printf("%d ", x);
    {
        int x = 3;
        printf("%d ", x);
        { extern int x; printf("%d ", x); }
    }
    for (int x = 10; x < 12; x++) printf("%d ", x);
    printf("%d\n", x);
    return 0;
}

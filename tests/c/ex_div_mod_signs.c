/* integer division truncates toward zero; % takes the sign of the dividend */
#include <stdio.h>

static int id(int x) { return x; }

static void show(int a, int b) {
    int q = a / b, r = a % b;
    printf("%3d / %3d = %3d   %3d %% %3d = %3d   check %d\n",
           a, b, q, a, b, r, q * b + r == a);
}

int main(void) {
    int a[4] = {7, -7, 7, -7};
    int b[4] = {2, 2, -2, -2};
    int i;
    for (i = 0; i < 4; i++)
        show(a[i], b[i]);
    show(id(1), id(3));
    show(id(-1), id(3));
    show(id(0), id(-5));
    show(id(100), id(-7));
    show(id(-100), id(7));
    show(id(-100), id(-7));
    show(id(6), id(-3));
    show(id(-6), id(3));
    /* constant-folded versions must agree */
    printf("%d %d %d %d\n", 7 / 2, -7 / 2, 7 / -2, -7 / -2);
    printf("%d %d %d %d\n", 7 % 2, -7 % 2, 7 % -2, -7 % -2);
    printf("%d %d\n", -2147483647 / 10, -2147483647 % 10);
    printf("%d %d\n", id(-2147483647) / id(10), id(-2147483647) % id(10));
    printf("%d %d\n", id(2147483647) / id(-1000), id(2147483647) % id(-1000));
    return 0;
}

/* Globals declared extern (an array of unknown length too) and defined later. */
#include <stdio.h>

extern int arr[];
extern int x;
int *second = arr + 1;
int *third = &arr[2];
int *px = &x;

static int sum(void) {
    int i, s = 0;
    for (i = 0; i < 4; i++)
        s += arr[i];
    return s;
}

int main(void) {
    printf("%d %d %d %d\n", arr[2], *second, *third, sum());
    *px = 9;
    printf("%d\n", x);
    return 0;
}

int arr[4] = { 10, 20, 30, 40 };
int x = 7;

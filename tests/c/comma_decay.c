/* The comma and conditional operators' results are rvalues: an array decays
   to a pointer, a function to a function pointer. */
#include <stdio.h>

static int triple(int x) { return 3 * x; }

int main(void) {
    int arr[10] = {1, 2, 3};
    char s[] = "hello";
    char c = 'x';
    int k = 1;
    int *p = (0, arr);
    printf("%d %d\n", sizeof(0, arr) == sizeof(int *), sizeof(0, s) == sizeof(char *));
    printf("%d %d\n", (int)sizeof(0, "hello") == (int)sizeof(char *), (int)sizeof(0, c));
    printf("%d %d\n", sizeof(k ? arr : arr) == sizeof(int *), sizeof(k ? s : "abc") == sizeof(char *));
    printf("%d %d %d %d\n", p[1], (0, arr)[2], (k, s)[1], (k ? arr : p)[0]);
    printf("%d %d %d\n", (0, triple)(3), (k ? triple : triple)(2), (0, *triple)(4));
    printf("%d\n", sizeof((0, triple)) == sizeof(int (*)(int)));
    return 0;
}

/* Adjacent string literals are joined after their escapes are decoded. */
#include <stdio.h>

static void show(const char *s, int n) {
    int i;
    for (i = 0; i < n; i++)
        printf("%d ", s[i]);
    printf("|\n");
}

int main(void) {
    char a[] = "\x41" "BC";
    char b[] = "\1" "23";
    char c[] = "\x4" "1f" "\0" "7";
    char d[] = "\12" "3\\" "x41";
    show(a, sizeof a);
    show(b, sizeof b);
    show(c, sizeof c);
    show(d, sizeof d);
    show("\xff" "f" "\377" "7", 5);
    return 0;
}

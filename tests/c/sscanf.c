/* sscanf: numbers, strings, characters, literal text and skipped fields */
#include <stdio.h>

int main(void) {
    int a = 0, b = 0, n;
    unsigned h = 0;
    char word[16], c = '?';
    n = sscanf("  12, -34 ff", "%d, %d %x", &a, &b, &h);
    printf("%d: %d %d %u\n", n, a, b, h);
    n = sscanf("name=tiny x", "name=%s %c", word, &c);
    printf("%d: %s %c\n", n, word, c);
    n = sscanf("7 8 9", "%*d %d", &a);
    printf("%d: %d\n", n, a);
    n = sscanf("abc", "%d", &a);
    printf("%d\n", n);
    return 0;
}

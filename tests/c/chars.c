/* char arithmetic and ctype */
#include <stdio.h>
#include <ctype.h>

int main(void) {
    char s[] = "Hello, World 42!";
    int i, up = 0, dig = 0;
    char c = 127;
    c++;
    for (i = 0; s[i]; i++) {
        if (isupper(s[i])) up++;
        if (isdigit(s[i])) dig++;
        s[i] = (char)toupper(s[i]);
    }
    printf("%s %d %d %d\n", s, up, dig, c);
    return 0;
}

/* getchar until EOF: count lines, words, characters and the longest line */
#include <stdio.h>
#include <ctype.h>

int main(void)
{
    int c, lines = 0, words = 0, chars = 0, inword = 0;
    int cur = 0, longest = 0, digits = 0, upper = 0;
    while ((c = getchar()) != EOF) {
        chars++;
        if (isdigit(c))
            digits++;
        if (isupper(c))
            upper++;
        if (c == '\n') {
            lines++;
            if (cur > longest)
                longest = cur;
            cur = 0;
        } else {
            cur++;
        }
        if (isspace(c)) {
            inword = 0;
        } else if (!inword) {
            inword = 1;
            words++;
        }
    }
    if (cur > longest)
        longest = cur;
    printf("lines=%d words=%d chars=%d\n", lines, words, chars);
    printf("longest=%d digits=%d upper=%d\n", longest, digits, upper);
    printf("after EOF: %d %d\n", getchar(), getchar());
    return 0;
}

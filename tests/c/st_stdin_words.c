/* reading stdin with getchar until EOF: count lines, words and digits, sum the numbers,
   and report the longest word */
#include <stdio.h>
#include <ctype.h>

int main(void) {
    int c, lines = 0, words = 0, chars = 0, in_word = 0;
    int number = 0, in_number = 0, sum = 0;
    char word[32], longest[32];
    int wlen = 0, best = 0, i;

    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n')
            lines++;
        if (isdigit(c)) {
            number = number * 10 + (c - '0');
            in_number = 1;
        } else if (in_number) {
            sum += number;
            printf("number %d\n", number);
            number = 0;
            in_number = 0;
        }
        if (isspace(c)) {
            if (in_word) {
                words++;
                if (wlen > best) {
                    best = wlen;
                    for (i = 0; i < wlen; i++)
                        longest[i] = word[i];
                    longest[wlen] = '\0';
                }
            }
            in_word = 0;
            wlen = 0;
        } else {
            in_word = 1;
            if (wlen < 31)
                word[wlen++] = (char)c;
        }
    }
    if (in_number)
        sum += number;
    if (in_word)
        words++;
    printf("lines=%d words=%d chars=%d sum=%d\n", lines, words, chars, sum);
    printf("longest=\"%s\" (%d)\n", best ? longest : "", best);
    /* getchar keeps returning EOF after the end */
    c = getchar();
    printf("after end: %s\n", c == EOF ? "EOF" : "data");
    return 0;
}

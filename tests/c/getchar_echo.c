/* stdin: count lines, words and bytes of the input (like wc) */
#include <stdio.h>

int main(void) {
    int c, lines = 0, words = 0, bytes = 0, in_word = 0;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n') lines++;
        if (c == ' ' || c == '\n' || c == '\t') in_word = 0;
        else if (!in_word) { in_word = 1; words++; }
    }
    printf("%d %d %d\n", lines, words, bytes);
    return 0;
}

/* character literal escapes and their values */
#include <stdio.h>

int main(void) {
    char esc[] = {'\n', '\t', '\\', '\'', '\"', '\0', '\a', '\b', '\f', '\r', '\v', '?', '\?'};
    int i;
    for (i = 0; i < (int)sizeof esc; i++)
        printf("%d ", esc[i]);
    printf("\n");
    printf("%d %d %d\n", '\101', '\x41', 'A');
    printf("%d %d %d\n", '\0', '\7', '\77');
    printf("%d %d\n", '\x7f', '\x7F');
    printf("%d %d\n", '\x0', '\x00');
    printf("%d %d\n", '\12', '\012');
    printf("%c%c%c\n", '\x48', '\151', '\x21');
    printf("%d\n", '"');
    printf("%d\n", '\'' == 39);
    printf("[%c]\n", '\\');
    /* escapes inside a string */
    {
        const char *s = "a\tb\\c\"d'e\101\x42\0hidden";
        for (i = 0; s[i]; i++)
            printf("%d,", s[i]);
        printf(" len=%d\n", i);
        printf("%d\n", s[i + 1]);
    }
    /* octal escapes stop after three digits, hex at the first non-hex */
    {
        const char *o = "\1012";
        const char *h = "\x41g";
        printf("%s %d\n", o, o[1]);
        printf("%s\n", h);
    }
    return 0;
}

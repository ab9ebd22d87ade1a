/* isalnum, isprint, ispunct, isxdigit: a class letter for every printable
 * character, and counts over 0..127 */
#include <stdio.h>
#include <ctype.h>

int main(void)
{
    int c, alnum = 0, print = 0, punct = 0, xdigit = 0;
    for (c = 0; c < 128; c++) {
        alnum += isalnum(c) != 0;
        print += isprint(c) != 0;
        punct += ispunct(c) != 0;
        xdigit += isxdigit(c) != 0;
    }
    printf("alnum %d print %d punct %d xdigit %d\n", alnum, print, punct, xdigit);
    for (c = 32; c < 127; c++) {
        char k = ispunct(c) ? 'p' : isxdigit(c) ? 'x' : isalnum(c) ? 'a' : isprint(c) ? 's' : '?';
        putchar(k);
        if ((c - 31) % 32 == 0)
            putchar('\n');
    }
    putchar('\n');
    printf("non-printing: 0 %d, 9 %d, 31 %d, 127 %d\n",
           isprint(0) != 0, isprint(9) != 0, isprint(31) != 0, isprint(127) != 0);
    return 0;
}

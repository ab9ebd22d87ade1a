/* ctype classes over 0..127, summarised as counts and ranges */
#include <stdio.h>
#include <ctype.h>

static void ranges(const char *name, int (*f)(int))
{
    int c, start = -1, count = 0;
    printf("%-8s", name);
    for (c = 0; c <= 128; c++) {
        int in = c < 128 && f(c) != 0;
        if (in) {
            count++;
            if (start < 0)
                start = c;
        } else if (start >= 0) {
            if (start == c - 1)
                printf(" %d", start);
            else
                printf(" %d-%d", start, c - 1);
            start = -1;
        }
    }
    printf("  (%d)\n", count);
}

int main(void)
{
    int c, up = 0, low = 0, same = 0, round = 1;
    ranges("isdigit", isdigit);
    ranges("isalpha", isalpha);
    ranges("isspace", isspace);
    ranges("isupper", isupper);
    ranges("islower", islower);
    for (c = 0; c < 128; c++) {
        int u = toupper(c), l = tolower(c);
        if (u != c)
            up++;
        if (l != c)
            low++;
        if (u == c && l == c)
            same++;
        if (isalpha(c) && (tolower(toupper(c)) != tolower(c) || toupper(tolower(c)) != toupper(c)))
            round = 0;
    }
    printf("toupper changes %d, tolower changes %d, both unchanged %d, round trips %d\n",
           up, low, same, round);
    printf("toupper: %c%c%c%c tolower: %c%c%c%c\n",
           toupper('a'), toupper('z'), toupper('5'), toupper('{'),
           tolower('A'), tolower('Z'), tolower('@'), tolower('['));
    printf("EOF: %d %d %d\n", isdigit(EOF) != 0, toupper(EOF), tolower(EOF));
    return 0;
}

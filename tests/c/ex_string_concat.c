/* adjacent string literals are concatenated */
#include <stdio.h>
#include <string.h>

#define NAME "tiny"
#define VERSION "1.2"

static const char *table[] = {
    "one" "two",
    "three",
    "" "four" "",
    "x" "\x41" "y",
};

int main(void) {
    const char *s = "Hello, " "world" "!";
    char buf[] = "ab" "cd" "ef";
    int i;
    printf("%s\n", s);
    printf("%s %u\n", buf, (unsigned)sizeof buf);
    printf("%s\n", NAME "-" VERSION);
    printf("%u\n", (unsigned)strlen(NAME " " VERSION));
    for (i = 0; i < 4; i++)
        printf("[%s]", table[i]);
    printf("\n");
    /* split format strings */
    printf("%d + %d "
           "= %d\n",
           2, 3, 2 + 3);
    printf("line1\n"
           "line2\n");
    /* concatenated literal used in expressions */
    printf("%c %c\n", ("abc" "def")[4], *("xyz" "w" + 3));
    return 0;
}

/* strings: literals, escapes, char arrays, string.h */
#include <stdio.h>
#include <string.h>

char greeting[] = "hi\tthere\n";
char *names[3] = {"ann", "bob", "cy"};

int main(void) {
    char buf[32];
    int i;
    strcpy(buf, "abc");
    strcat(buf, "def");
    printf("%s %d %d\n", buf, (int)strlen(buf), strcmp(buf, "abd") < 0);
    printf("%s", greeting);
    for (i = 0; i < 3; i++) printf("[%s]", names[i]);
    printf(" %c%c %d\n", '\x41', '\101', '\\');
    printf("%d %d\n", strncmp("hello", "help", 3), memcmp("ab", "ac", 2) < 0);
    return 0;
}

#include <stdio.h>
#include <string.h>

int main(void) {
    char exact[5] = "hello";         /* no room for NUL: valid C, not a string */
    char bigger[10] = "hi";          /* rest zero-filled */
    char sized[] = "world";          /* size 6 including NUL */
    char braces[] = { 'a', 'b', 'c' };   /* size 3, no NUL */
    char with_nul[] = { 'x', 'y', 0 };
    const char *lit = "literal";
    char rows[3][4] = { "one", "tw", "" };
    char embedded[] = "a\0b";
    int i;

    printf("sizeof exact=%d bigger=%d sized=%d braces=%d embedded=%d\n", (int)sizeof exact,
           (int)sizeof bigger, (int)sizeof sized, (int)sizeof braces, (int)sizeof embedded);
    for (i = 0; i < 5; i++) printf("%c", exact[i]);
    printf("\n");
    for (i = 0; i < 10; i++) printf("%d ", bigger[i]);
    printf("\n");
    printf("sized=%s strlen=%d last=%d\n", sized, (int)strlen(sized), sized[5]);
    printf("braces=%c%c%c with_nul=%s\n", braces[0], braces[1], braces[2], with_nul);
    printf("lit=%s lit[3]=%c strlen=%d\n", lit, lit[3], (int)strlen(lit));
    for (i = 0; i < 3; i++) printf("rows[%d]=\"%s\" len=%d\n", i, rows[i], (int)strlen(rows[i]));
    printf("embedded strlen=%d second=%c\n", (int)strlen(embedded), embedded[2]);
    sized[0] = 'W';
    bigger[2] = '!';
    printf("%s %s\n", sized, bigger);
    printf("%d\n", (int)sizeof "abc");
    return 0;
}

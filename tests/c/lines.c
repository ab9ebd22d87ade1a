/* read lines from stdin, print them numbered and reversed word order */
#include <stdio.h>
#include <string.h>
int read_line(char *buf, int cap) {
    int c, n = 0;
    while ((c = getchar()) != EOF && c != '\n')
        if (n < cap - 1) buf[n++] = c;
    buf[n] = 0;
    return c == EOF && n == 0 ? -1 : n;
}
int main(void) {
    char line[80];
    int no = 0;
    while (read_line(line, sizeof line) >= 0)
        printf("%3d| %s (%d)\n", ++no, line, (int)strlen(line));
    return no;
}

/* strcpy, strncpy (zero padding, no terminator when the source is long), strcat */
#include <stdio.h>
#include <string.h>

static void dump(const char *label, const char *b, int n)
{
    int i;
    printf("%-8s", label);
    for (i = 0; i < n; i++) {
        if (b[i] == 0)
            printf(" \\0");
        else
            printf("  %c", b[i]);
    }
    printf("\n");
}

int main(void)
{
    char buf[10];
    char out[40];
    char *r;
    memset(buf, '#', sizeof buf);
    r = strcpy(buf, "abc");
    dump("strcpy", buf, 10);
    printf("returns dst: %d\n", r == buf);
    memset(buf, '#', sizeof buf);
    r = strncpy(buf, "abc", 8);
    dump("ncpy 8", buf, 10);
    printf("returns dst: %d\n", r == buf);
    memset(buf, '#', sizeof buf);
    strncpy(buf, "abcdefgh", 5);
    dump("ncpy 5", buf, 10);
    memset(buf, '#', sizeof buf);
    strncpy(buf, "", 3);
    dump("ncpy \"\"", buf, 10);
    memset(buf, '#', sizeof buf);
    strncpy(buf, "xyz", 0);
    dump("ncpy 0", buf, 10);
    out[0] = 0;
    r = strcat(out, "one");
    strcat(out, ", ");
    strcat(strcat(out, "two"), ", three");
    strcat(out, "");
    printf("strcat: \"%s\" len=%u returns dst: %d\n", out, (unsigned)strlen(out), r == out);
    strcpy(out + 3, "!");
    printf("strcpy into the middle: \"%s\"\n", out);
    return 0;
}

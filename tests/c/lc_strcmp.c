/* strlen, strcmp and strncmp (only the sign of comparisons is printed) */
#include <stdio.h>
#include <string.h>

static const char *sign(int v)
{
    return v < 0 ? "<0" : v > 0 ? ">0" : "0";
}

int main(void)
{
    const char *a[] = {"", "a", "abc", "abd", "ab", "ABC", "abc\0xyz", "\x80", "z"};
    char buf[16] = "hi";
    int i, j;
    for (i = 0; i < 9; i++)
        printf("strlen(a[%d])=%u\n", i, (unsigned)strlen(a[i]));
    printf("strlen(buf)=%u sizeof=%u\n", (unsigned)strlen(buf), (unsigned)sizeof buf);
    for (i = 0; i < 9; i++) {
        printf("%d:", i);
        for (j = 0; j < 9; j++)
            printf(" %2s", sign(strcmp(a[i], a[j])));
        printf("\n");
    }
    printf("strncmp: %s %s %s %s %s\n",
           sign(strncmp("abcdef", "abcxyz", 3)),
           sign(strncmp("abcdef", "abcxyz", 4)),
           sign(strncmp("abc", "abd", 0)),
           sign(strncmp("ab", "abc", 5)),
           sign(strncmp("same", "same", 100)));
    /* "\x80" is greater than "a": comparison is by unsigned char */
    printf("unsigned compare: %s\n", sign(strcmp("\x80", "a")));
    return 0;
}

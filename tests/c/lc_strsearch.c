/* strchr, strrchr and strstr: positions as offsets, NULL when absent */
#include <stdio.h>
#include <string.h>

static void at(const char *what, const char *s, const char *p)
{
    if (p)
        printf("%-22s -> offset %d \"%s\"\n", what, (int)(p - s), p);
    else
        printf("%-22s -> NULL\n", what);
}

int main(void)
{
    const char *s = "the cat sat on the mat";
    const char *path = "/usr/local/lib/libc.a";
    const char *aaaab = "aaaab", *empty = "", *accent = "b\351b\351!";
    char copy[32];
    char *p;
    int count = 0;
    at("strchr 'a'", s, strchr(s, 'a'));
    at("strrchr 'a'", s, strrchr(s, 'a'));
    at("strchr 'z'", s, strchr(s, 'z'));
    at("strrchr 'z'", s, strrchr(s, 'z'));
    at("strchr '\\0'", s, strchr(s, '\0'));
    at("strrchr '\\0'", s, strrchr(s, '\0'));
    at("strchr 't'", s, strchr(s, 't'));
    at("strrchr '/'", path, strrchr(path, '/'));
    at("strstr \"the\"", s, strstr(s, "the"));
    at("strstr \"at\"", s, strstr(s, "at"));
    at("strstr \"mat\"", s, strstr(s, "mat"));
    at("strstr \"mats\"", s, strstr(s, "mats"));
    at("strstr \"\"", s, strstr(s, ""));
    at("strstr \"aaab\" in aaaab", aaaab, strstr(aaaab, "aaab"));
    at("strstr in \"\"", empty, strstr(empty, "x"));
    at("strchr 0xe9", accent, strchr(accent, 0xe9));
    at("strrchr 'b'+256", accent, strrchr(accent, 'b' + 256));
    for (p = strstr(s, "at"); p; p = strstr(p + 1, "at"))
        count++;
    printf("\"at\" occurs %d times\n", count);
    strcpy(copy, s);
    for (p = strchr(copy, ' '); p; p = strchr(p, ' '))
        *p = '_';
    printf("%s\n", copy);
    return 0;
}

/* string manipulation: reverse, palindromes, word counting with pointers */
#include <stdio.h>
#include <string.h>
void reverse(char *s) {
    char *e = s + strlen(s) - 1, t;
    while (s < e) { t = *s; *s++ = *e; *e-- = t; }
}
int is_pal(const char *s) {
    const char *e = s + strlen(s) - 1;
    while (s < e) if (*s++ != *e--) return 0;
    return 1;
}
int main(void) {
    char buf[32] = "tinyexec";
    const char *words[] = {"level", "rotor", "tiny", "a", ""};
    int i;
    reverse(buf);
    printf("%s\n", buf);
    for (i = 0; i < 5; i++) printf("%s:%d ", words[i], is_pal(words[i]));
    printf("\n%d %d\n", (int)strlen(words[2]), strcmp(words[0], words[1]) < 0);
    return 0;
}

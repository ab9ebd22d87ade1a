/* switch: default first, nested switches, negative and char cases, loops inside */
#include <stdio.h>
const char *kind(int c) {
    switch (c) {
    default: return "other";
    case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
    case -1: return "eof";
    case ' ': return "space";
    }
}
int main(void) {
    const char *s = "hi you";
    int i, n = 0;
    for (i = 0; s[i]; i++) printf("%s ", kind(s[i]));
    printf("%s\n", kind(-1));
    for (i = 0; i < 6; i++) {
        switch (i % 3) {
        case 0:
            switch (i) { case 0: n += 100; break; default: n += 10; }
            break;
        case 1: continue;
        case 2: n++;
        }
        n += 1000;
    }
    printf("%d\n", n);
    return 0;
}

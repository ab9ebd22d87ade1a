/* character tables: a Caesar cipher and letter frequencies */
#include <stdio.h>
#include <ctype.h>
int main(void) {
    const char *msg = "Attack at Dawn!";
    char out[32];
    int freq[26] = {0}, i;
    for (i = 0; msg[i]; i++) {
        char c = msg[i];
        if (isalpha(c)) {
            char base = isupper(c) ? 'A' : 'a';
            out[i] = (char)(base + (c - base + 3) % 26);
            freq[tolower(c) - 'a']++;
        } else out[i] = c;
    }
    out[i] = 0;
    printf("%s a=%d t=%d\n", out, freq[0], freq['t' - 'a']);
    return 0;
}

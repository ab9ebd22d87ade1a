/* gcc's case ranges: case low ... high: (signed, unsigned and 64-bit selectors). */
#include <stdio.h>

static const char *kind(int c) {
    switch (c) {
    case '0' ... '9': return "digit";
    case 'a' ... 'z':
    case 'A' ... 'Z': return "letter";
    case ' ': return "space";
    case -100 ... -1: return "negative";
    case 1000 ... 1000: return "thousand";
    default: return "other";
    }
}

static int bucket(unsigned u) {
    switch (u) {
    case 0 ... 9: return 0;
    case 10 ... 0x7fffffff: return 1;
    case 0x80000000u ... 0xfffffffeu: return 2;
    default: return 3;
    }
}

static int wide(long long v) {
    switch (v) {
    case -5000000000LL ... -1: return -1;
    case 0: return 0;
    case 1 ... 5000000000LL: return 1;
    }
    return 9;
}

int main(void) {
    const char *text = "a9 Z?";
    for (const char *p = text; *p; p++)
        printf("%s ", kind(*p));
    printf("%s %s %s\n", kind(-1), kind(-101), kind(1000));
    printf("%d %d %d %d %d\n", bucket(5), bucket(10), bucket(0x80000000u), bucket(0xfffffffeu),
           bucket(0xffffffffu));
    printf("%d %d %d %d %d\n", wide(-5000000000LL), wide(-5000000001LL), wide(0), wide(4999999999LL),
           wide(5000000001LL));
    return 0;
}

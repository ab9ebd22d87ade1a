/* int main(int argc, char *argv[]) run with numeric arguments: parse them by hand,
   report the min/max, and exit with a status computed from them */
#include <stdio.h>

static int parse(const char *s, int *ok) {
    int sign = 1, v = 0;
    *ok = 0;
    if (*s == '-') {
        sign = -1;
        s++;
    }
    while (*s >= '0' && *s <= '9') {
        v = v * 10 + (*s - '0');
        s++;
        *ok = 1;
    }
    if (*s != '\0')
        *ok = 0;
    return sign * v;
}

int main(int argc, char *argv[]) {
    int i, ok, v, min = 0, max = 0, seen = 0, bad = 0;
    if (argc < 2) {
        printf("usage: give numbers\n");
        return 2;
    }
    for (i = 1; i < argc; i++) {
        v = parse(argv[i], &ok);
        if (!ok) {
            printf("argument %d (%s) is not a number\n", i, argv[i]);
            bad++;
            continue;
        }
        if (!seen || v < min)
            min = v;
        if (!seen || v > max)
            max = v;
        seen++;
    }
    printf("numbers=%d bad=%d min=%d max=%d\n", seen, bad, min, max);
    return bad ? 10 + bad : 0;
}

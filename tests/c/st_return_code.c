/* the value returned from main becomes the exit code; output is flushed first */
#include <stdio.h>

static int checks(void) {
    int failures = 0;
    if (2 + 2 != 4) failures++;
    if (7 / 2 != 3) failures++;
    if (-7 / 2 != -3) failures++;       /* truncation toward zero */
    if (-7 % 2 != -1) failures++;
    if ((unsigned char)300 != 44) failures++;
    return failures;
}

int main(void) {
    int f = checks();
    printf("failures=%d\n", f);
    printf("no newline at the end, still flushed");
    return f + 3;                        /* exit code 3 */
}

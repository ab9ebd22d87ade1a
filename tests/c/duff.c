/* case labels inside nested blocks of a switch: Duff's device */
#include <stdio.h>
void copy(char *to, const char *from, int count) {
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}
int main(void) {
    char buf[32] = {0};
    copy(buf, "hello, duff's device!", 21);
    printf("%s\n", buf);
    switch (3) { case 1: { case 3: printf("nested case\n"); } }
    return 0;
}

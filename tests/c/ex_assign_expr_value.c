/* an assignment is an expression with the converted value of the left side */
#include <stdio.h>

struct s { char c; unsigned char uc; short sh; int i; };

int main(void) {
    int i, j;
    char c;
    unsigned char uc;
    short sh;
    unsigned u;
    struct s st;
    i = c = 300;
    printf("i=%d c=%d\n", i, c);
    i = uc = -1;
    printf("i=%d uc=%d\n", i, uc);
    i = sh = 40000;
    printf("i=%d sh=%d\n", i, sh);
    u = i = -5;
    printf("u=%u i=%d\n", u, i);
    i = u = -5;
    printf("i=%d\n", i);
    /* the value used in a condition */
    j = 0;
    if ((i = 0))
        j = 1;
    printf("j=%d\n", j);
    if ((c = 256))
        j = 2;
    printf("j=%d c=%d\n", j, c);
    if ((c = 257))
        j = 3;
    printf("j=%d c=%d\n", j, c);
    /* assignment in a loop condition */
    {
        const char *src = "abc";
        char dst[8];
        char *d = dst;
        while ((*d++ = *src++))
            ;
        printf("%s %d\n", dst, (int)(d - dst));
    }
    /* chained through struct members of different widths */
    st.i = st.sh = st.uc = st.c = 0x1FF;
    printf("%d %d %d %d\n", st.c, st.uc, st.sh, st.i);
    st.c = st.uc = st.sh = st.i = 0x1FF;
    printf("%d %d %d %d\n", st.c, st.uc, st.sh, st.i);
    /* value of an assignment used in arithmetic */
    i = (j = 4) * 3;
    printf("i=%d j=%d\n", i, j);
    i = 10 + (c = 'x');
    printf("i=%d\n", i);
    return 0;
}

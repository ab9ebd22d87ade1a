/* atexit, errno and strerror, strdup, strndup, strtok_r, strcasecmp,
   isascii, div, signal and raise, fflush, fwrite, fputc and putc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdalign.h>

static void first(void) { puts("first registered, last run"); }
static void second(void) { printf("second registered, errno %d\n", errno); }

static volatile sig_atomic_t caught;
static void handler(int sig) { caught = sig; }

int main(void)
{
    char text[] = "a,b;;c", *save, *token, *copy;
    int sizes[3];
    div_t d = div(-7, 2);
    ldiv_t ld = ldiv(100000L, -7L);
    lldiv_t lld = lldiv(-10000000000LL, 3LL);
    int r1, r2;
    r1 = atexit(first);
    r2 = atexit(second);
    printf("%d %d %d\n", r1, r2, EDOM != ERANGE);
    errno = 0;
    printf("[%s] [%s] [%s] [%s]\n", strerror(0), strerror(EDOM), strerror(ERANGE), strerror(EINVAL));
    printf("[%s]\n", strerror(12345));
    errno = ERANGE;
    errno++;
    errno--;
    for (token = strtok_r(text, ",;", &save); token; token = strtok_r(NULL, ",;", &save))
        printf("<%s>", token);
    printf("\n");
    copy = strdup("duplicate");
    copy[0] = 'D';
    printf("%s %s %s\n", copy, strndup("abcdef", 3), strndup("ab", 10));
    printf("%d %d %d %d %d\n", strcasecmp("Hello", "hELLO"), strcasecmp("abc", "abd") < 0,
           strcasecmp("b", "A") > 0, strncasecmp("ABCx", "abcy", 3), strncasecmp("a", "B", 0));
    printf("%d %d %d %d\n", isascii('a'), isascii(200), toascii(200), toascii('z'));
    printf("%d %d %ld %ld %lld %lld\n", d.quot, d.rem, ld.quot, ld.rem, lld.quot, lld.rem);
    printf("%d\n", signal(SIGFPE, handler) == SIG_DFL);
    r1 = raise(SIGFPE);
    printf("%d %d\n", r1, (int)caught);
    r1 = signal(SIGFPE, SIG_IGN) == handler;
    printf("%d %d\n", r1, raise(SIGFPE));
    printf("%d\n", signal(SIGTERM, SIG_ERR) == SIG_ERR);
    sizes[0] = fwrite("fwrite\n", 1, 7, stdout);
    sizes[1] = fwrite("ab", 2, 1, stderr);
    sizes[2] = (int)fwrite("x", 0, 5, stdout);
    fputc('\n', stderr);
    putc('!', stdout);
    fputc('\n', stdout);
    printf("%d %d %d %d %d\n", sizes[0], sizes[1], sizes[2], fflush(stdout), fflush(stderr));
    return 0;
}

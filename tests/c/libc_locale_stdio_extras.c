/* The C locale (setlocale, localeconv, strcoll, strxfrm), memccpy,
   setvbuf/setbuf, BUFSIZ, fscanf/vfscanf/vscanf on stdin, imaxabs/imaxdiv,
   the SCN macros of <inttypes.h>, and _Exit, which runs no atexit handler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <stddef.h>
#include <limits.h>
#include <locale.h>
#include <inttypes.h>

static void handler(void) { puts("not run: _Exit runs no handlers"); }

static int read_v(const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vscanf(format, ap);
    va_end(ap);
    return n;
}

static int read_vf(FILE *f, const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfscanf(f, format, ap);
    va_end(ap);
    return n;
}

static void show(const char *s)
{
    printf("%s ", s ? s : "(null)");
}

int main(void)
{
    struct lconv *lc;
    char buf[32], small[4];
    static char iobuf[BUFSIZ];
    const char *found;
    int a = 0, b = 0, n;
    int64_t big = 0;
    uint64_t ubig = 0;
    int32_t i32 = 0;
    uint8_t u8 = 0;
    int16_t i16 = 0;
    intmax_t mx = 0;
    imaxdiv_t qr;

    show(setlocale(LC_ALL, NULL));
    show(setlocale(LC_NUMERIC, "C"));
    show(setlocale(LC_CTYPE, "POSIX"));
    show(setlocale(LC_ALL, "de_DE.UTF-8"));
    show(setlocale(LC_COLLATE, "fr"));
    printf("\n%d %d %d %d %d %d %d\n", LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY,
           LC_MESSAGES, LC_ALL);
    lc = localeconv();
    printf("[%s] [%s] [%s] [%s] [%s] [%s] [%s] [%s] [%s] [%s]\n", lc->decimal_point,
           lc->thousands_sep, lc->grouping, lc->int_curr_symbol, lc->currency_symbol,
           lc->mon_decimal_point, lc->mon_thousands_sep, lc->mon_grouping, lc->positive_sign,
           lc->negative_sign);
    printf("%d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", lc->int_frac_digits == CHAR_MAX,
           lc->frac_digits == CHAR_MAX, lc->p_cs_precedes == CHAR_MAX,
           lc->p_sep_by_space == CHAR_MAX, lc->n_cs_precedes == CHAR_MAX,
           lc->n_sep_by_space == CHAR_MAX, lc->p_sign_posn == CHAR_MAX,
           lc->n_sign_posn == CHAR_MAX, lc->int_p_cs_precedes == CHAR_MAX,
           lc->int_p_sep_by_space == CHAR_MAX, lc->int_n_cs_precedes == CHAR_MAX,
           lc->int_n_sep_by_space == CHAR_MAX, lc->int_p_sign_posn == CHAR_MAX,
           lc->int_n_sign_posn == CHAR_MAX);

    printf("%d %d %d %d\n", strcoll("abc", "abd") < 0, strcoll("b", "a") > 0,
           strcoll("same", "same"), strcoll("", "x") < 0);
    memset(buf, 'x', sizeof buf);
    printf("%d [%s]", (int)strxfrm(buf, "hello", sizeof buf), buf);
    memset(small, 'x', sizeof small);
    printf(" %d [%.4s]", (int)strxfrm(small, "hello", sizeof small), small);
    printf(" %d %d\n", (int)strxfrm(NULL, "abcdef", 0), (int)strxfrm(small, "abc", 4));
    memset(buf, 0, sizeof buf);
    found = memccpy(buf, "key=value", '=', 9);
    printf("[%s] %d ", buf, found ? (int)(found - buf) : -1);
    memset(buf, 0, sizeof buf);
    found = memccpy(buf, "no match", '=', 8);
    printf("[%s] %d ", buf, found ? (int)(found - buf) : -1);
    found = memccpy(buf, "abc", 'c', 2);
    printf("%d\n", found ? (int)(found - buf) : -1);

    printf("%d %d %d %d %d\n", BUFSIZ, setvbuf(stdout, NULL, _IONBF, 0),
           setvbuf(stdout, iobuf, _IOFBF, sizeof iobuf), setvbuf(stderr, NULL, _IOLBF, 0),
           _IOFBF * 100 + _IOLBF * 10 + _IONBF);
    setbuf(stdout, NULL);
    setbuf(stdout, iobuf);

    n = fscanf(stdin, "%d %d", &a, &b);
    printf("fscanf %d: %d %d\n", n, a, b);
    n = read_v("%" SCNd64 " %" SCNu64, &big, &ubig);
    printf("vscanf %d: %" PRId64 " %" PRIu64 "\n", n, big, ubig);
    n = read_vf(stdin, "%" SCNx64 " %" SCNi64 " %" SCNd32, &ubig, &big, &i32);
    printf("vfscanf %d: %" PRIx64 " %" PRId64 " %" PRId32 "\n", n, ubig, big, i32);
    n = scanf("%" SCNu8 " %" SCNd16 " %" SCNdMAX " %" SCNo32, &u8, &i16, &mx, &i32);
    printf("scanf %d: %u %d %" PRIdMAX " %" PRIo32 "\n", n, u8, i16, mx, i32);
    n = fscanf(stdin, "%d", &a);
    printf("%d %d\n", n, feof(stdin) != 0);

    printf("%" PRIdMAX " %" PRIdMAX " %" PRIdMAX "\n", imaxabs(-5), imaxabs(INTMAX_MAX),
           imaxabs(-INTMAX_MAX));
    qr = imaxdiv(-7000000000000LL, 3);
    printf("%" PRIdMAX " %" PRIdMAX "\n", qr.quot, qr.rem);
    qr = imaxdiv(17, -5);
    printf("%" PRIdMAX " %" PRIdMAX "\n", qr.quot, qr.rem);

    atexit(handler);
    fflush(stdout);
    _Exit(3);
    puts("not reached");
    return 0;
}

/*
 * extra.c -- the less used part of tinyexec's C runtime, compiled into the
 * programs whose text names one of its functions (libc.c includes it when the
 * compiler defines __TINYEXEC_EXTRA__; see compiler/__init__.py): atexit,
 * errno and strerror, stdin as a stream, scanf, the string functions of POSIX,
 * div, signal and time, locale, getenv, gcc's bit-counting builtins.
 */
#include <errno.h>
#include <signal.h>
#include <time.h>

/* ---- atexit: the compiler calls __run_atexit at exit() and when main returns */

#define __ATEXIT_MAX 32

static void (*__atexit_functions[__ATEXIT_MAX])(void);
static int __atexit_count;

int atexit(void (*function)(void))
{
    if (__atexit_count >= __ATEXIT_MAX)
        return -1;
    __atexit_functions[__atexit_count++] = function;
    return 0;
}

/* In the reverse order of their registration; one that calls exit() goes on
   with the ones left. */
void __run_atexit(void)
{
    while (__atexit_count > 0)
        __atexit_functions[--__atexit_count]();
}

/* ---- errno ---------------------------------------------------------- */

int *__errno_location(void)
{
    static int value;
    return &value;
}

/* glibc's messages */
char *strerror(int e)
{
    static char unknown[32];
    switch (e) {
    case 0: return "Success";
    case EPERM: return "Operation not permitted";
    case ENOENT: return "No such file or directory";
    case EINTR: return "Interrupted system call";
    case EIO: return "Input/output error";
    case EBADF: return "Bad file descriptor";
    case EAGAIN: return "Resource temporarily unavailable";
    case ENOMEM: return "Cannot allocate memory";
    case EACCES: return "Permission denied";
    case EFAULT: return "Bad address";
    case EBUSY: return "Device or resource busy";
    case EEXIST: return "File exists";
    case EINVAL: return "Invalid argument";
    case ENOSPC: return "No space left on device";
    case EDOM: return "Numerical argument out of domain";
    case ERANGE: return "Numerical result out of range";
    case ENOSYS: return "Function not implemented";
    case EOVERFLOW: return "Value too large for defined data type";
    case EILSEQ: return "Invalid or incomplete multibyte or wide character";
    }
    snprintf(unknown, sizeof unknown, "Unknown error %d", e);
    return unknown;
}

void perror(const char *s)
{
    if (s && *s)
        fprintf(stderr, "%s: %s\n", s, strerror(errno));
    else
        fprintf(stderr, "%s\n", strerror(errno));
}

/* ---- stdin as a stream (the prompt's input, read by getchar) -------- */

/* A copy of the input with a 0 after it, made by the first scanf (the
   input itself has none: sscanf's scanner stops at a 0). */
static char *__stdin_copy;

int fgetc(FILE *stream)
{
    return stream == stdin ? getchar() : EOF;
}

int getc(FILE *stream)
{
    return fgetc(stream);
}

/* The byte goes back in front of what is left of the input. */
int ungetc(int c, FILE *stream)
{
    unsigned char *in = (unsigned char *)__runtime[2];
    if (c == EOF || stream != stdin)
        return EOF;
    if (__stdin_pos > __runtime[3])
        __stdin_pos = __runtime[3];
    if (__stdin_pos == 0)
        return EOF;
    __stdin_pos--;
    in[__stdin_pos] = (unsigned char)c;
    if (__stdin_copy)
        __stdin_copy[__stdin_pos] = (char)c;
    return (unsigned char)c;
}

int feof(FILE *stream)
{
    return stream == stdin && __stdin_pos > __runtime[3];
}

int ferror(FILE *stream)
{
    return 0;
}

int fflush(FILE *stream)
{
    return 0;
}

char *fgets(char *s, int n, FILE *stream)
{
    int i = 0, c;
    if (n <= 0 || stream != stdin)
        return 0;
    while (i < n - 1) {
        c = getchar();
        if (c == EOF)
            break;
        s[i++] = (char)c;
        if (c == '\n')
            break;
    }
    if (i == 0 && n > 1)
        return 0;
    s[i] = 0;
    return s;
}

ssize_t getline(char **line, size_t *n, FILE *stream)
{
    size_t length = 0;
    int c;
    char *grown;
    if (line == 0 || n == 0) {
        errno = EINVAL;
        return -1;
    }
    if (*line == 0 || *n == 0) {
        *n = 120;
        *line = realloc(*line, *n);
        if (*line == 0)
            return -1;
    }
    for (;;) {
        c = stream == stdin ? getchar() : EOF;
        if (c == EOF)
            break;
        if (length + 2 > *n) {
            grown = realloc(*line, *n * 2);
            if (grown == 0)
                return -1;
            *line = grown;
            *n = *n * 2;
        }
        (*line)[length++] = (char)c;
        if (c == '\n')
            break;
    }
    (*line)[length] = 0;
    return length ? (ssize_t)length : -1;
}

size_t fread(void *p, size_t size, size_t n, FILE *stream)
{
    unsigned char *to = p;
    size_t total = size * n, i;
    int c;
    if (total == 0)
        return 0;
    for (i = 0; i < total; i++) {
        c = fgetc(stream);
        if (c == EOF)
            break;
        to[i] = (unsigned char)c;
    }
    return i / size;
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *stream)
{
    const unsigned char *from = p;
    size_t total = size * n, i;
    if (total == 0 || stream == stdin)
        return 0;
    for (i = 0; i < total; i++)
        fputc(from[i], stream);
    return n;
}

int vfscanf(FILE *stream, const char *format, va_list ap)
{
    const char *stop;
    int assigned;
    unsigned length = __runtime[3];
    if (stream != stdin)
        return EOF;
    if (__stdin_copy == 0) {
        __stdin_copy = malloc(length + 1);
        if (__stdin_copy == 0)
            return EOF;
        memcpy(__stdin_copy, (char *)__runtime[2], length);
        __stdin_copy[length] = 0;
    }
    if (__stdin_pos > length)
        return EOF;
    assigned = __scan(__stdin_copy + __stdin_pos, format, ap, &stop);
    __stdin_pos = stop - __stdin_copy;
    if (__stdin_pos >= length && assigned == EOF)
        __stdin_pos = length + 1;           /* it read the end: feof(stdin) */
    return assigned;
}

int vscanf(const char *format, va_list ap)
{
    return vfscanf(stdin, format, ap);
}

int scanf(const char *format, ...)
{
    va_list ap;
    int assigned;
    va_start(ap, format);
    assigned = vfscanf(stdin, format, ap);
    va_end(ap);
    return assigned;
}

int fscanf(FILE *stream, const char *format, ...)
{
    va_list ap;
    int assigned;
    va_start(ap, format);
    assigned = vfscanf(stream, format, ap);
    va_end(ap);
    return assigned;
}

/* Output is not buffered: a buffer is accepted and not used. */
int setvbuf(FILE *stream, char *buf, int mode, size_t size)
{
    return 0;
}

void setbuf(FILE *stream, char *buf)
{
}

/* ---- strings ---------------------------------------------------------- */

size_t strnlen(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i])
        i++;
    return i;
}

char *strndup(const char *s, size_t n)
{
    size_t length = strnlen(s, n);
    char *copy = malloc(length + 1);
    if (copy) {
        memcpy(copy, s, length);
        copy[length] = 0;
    }
    return copy;
}

char *strdup(const char *s)
{
    return strndup(s, (size_t)-1);
}

char *strtok_r(char *s, const char *separators, char **saved)
{
    char *end;
    if (s == 0)
        s = *saved;
    s += strspn(s, separators);
    if (*s == 0) {
        *saved = s;
        return 0;
    }
    end = s + strcspn(s, separators);
    if (*end) {
        *end = 0;
        *saved = end + 1;
    } else {
        *saved = end;
    }
    return s;
}

int strncasecmp(const char *a, const char *b, size_t n)
{
    int ca, cb;
    for (; n > 0; n--) {
        ca = tolower((unsigned char)*a++);
        cb = tolower((unsigned char)*b++);
        if (ca != cb || ca == 0)
            return ca - cb;
    }
    return 0;
}

int strcasecmp(const char *a, const char *b)
{
    return strncasecmp(a, b, (size_t)-1);
}

/* the C locale's collation is the bytes' order */
int strcoll(const char *a, const char *b)
{
    return strcmp(a, b);
}

/* (as glibc's in the C locale: the copy has no 0 when n is too small) */
size_t strxfrm(char *dst, const char *src, size_t n)
{
    size_t length = strlen(src);
    if (n != 0)
        strncpy(dst, src, length + 1 < n ? length + 1 : n);
    return length;
}

void *memccpy(void *dst, const void *src, int c, size_t n)
{
    unsigned char *to = dst;
    const unsigned char *from = src;
    for (; n > 0; n--) {
        if ((*to++ = *from++) == (unsigned char)c)
            return to;
    }
    return 0;
}

/* ---- locale: only the C locale ---------------------------------------- */

char *setlocale(int category, const char *locale)
{
    if (category < LC_CTYPE || category > LC_ALL)
        return 0;
    if (locale == 0 || *locale == 0 || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
        return "C";
    return 0;
}

struct lconv *localeconv(void)
{
    static struct lconv c = {".", "", "", "", "", "", "", "", "", "",
                             127, 127, 127, 127, 127, 127, 127, 127,
                             127, 127, 127, 127, 127, 127};
    return &c;
}

/* ---- stdlib ------------------------------------------------------------ */

/* The machine has no environment. */
char *getenv(const char *name)
{
    return 0;
}

/* exit without the atexit handlers (the runtime's exit() runs none) */
void _Exit(int status)
{
    exit(status);
}

intmax_t imaxabs(intmax_t x)
{
    return x < 0 ? -x : x;
}

imaxdiv_t imaxdiv(intmax_t n, intmax_t d)
{
    imaxdiv_t r;
    r.quot = n / d;
    r.rem = n % d;
    return r;
}

div_t div(int n, int d)
{
    div_t r;
    r.quot = n / d;
    r.rem = n % d;
    return r;
}

ldiv_t ldiv(long n, long d)
{
    ldiv_t r;
    r.quot = n / d;
    r.rem = n % d;
    return r;
}

lldiv_t lldiv(long long n, long long d)
{
    lldiv_t r;
    r.quot = n / d;
    r.rem = n % d;
    return r;
}

/* ---- signal and time -------------------------------------------------- */

static __sighandler_t __handlers[__NSIG];

__sighandler_t signal(int sig, __sighandler_t handler)
{
    __sighandler_t old;
    if (sig <= 0 || sig >= __NSIG || handler == SIG_ERR) {
        errno = EINVAL;
        return SIG_ERR;
    }
    old = __handlers[sig];
    __handlers[sig] = handler;
    return old;
}

int raise(int sig)
{
    __sighandler_t handler;
    if (sig <= 0 || sig >= __NSIG)
        return -1;
    handler = __handlers[sig];
    if (handler == SIG_IGN)
        return 0;
    if (handler == SIG_DFL) {
        if (sig == SIGABRT)
            abort();
        exit(128 + sig);
    }
    handler(sig);                       /* (and it stays: glibc's signal() is BSD's) */
    return 0;
}

time_t time(time_t *t)
{
    if (t)
        *t = (time_t)-1;
    return (time_t)-1;
}

clock_t clock(void)
{
    return (clock_t)-1;
}

/* ---- gcc's integer builtins (__builtin_popcount, ...): functions here, a
   long is 32 bits.  A zero's leading or trailing zeros are undefined for gcc;
   here they are the width. */

int __builtin_popcountll(unsigned long long x)
{
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

int __builtin_popcount(unsigned x) { return __builtin_popcountll(x); }
int __builtin_popcountl(unsigned long x) { return __builtin_popcountll(x); }
int __builtin_parityll(unsigned long long x) { return __builtin_popcountll(x) & 1; }
int __builtin_parity(unsigned x) { return __builtin_popcountll(x) & 1; }
int __builtin_parityl(unsigned long x) { return __builtin_popcountll(x) & 1; }

int __builtin_clzll(unsigned long long x)
{
    int n = 64;
    for (; x; x >>= 1)
        n--;
    return n;
}

int __builtin_clz(unsigned x) { return __builtin_clzll(x) - 32; }
int __builtin_clzl(unsigned long x) { return __builtin_clzll(x) - 32; }

int __builtin_ctzll(unsigned long long x)
{
    int n = 0;
    if (!x)
        return 64;
    for (; !(x & 1); x >>= 1)
        n++;
    return n;
}

int __builtin_ctz(unsigned x) { return x ? __builtin_ctzll(x) : 32; }
int __builtin_ctzl(unsigned long x) { return x ? __builtin_ctzll(x) : 32; }

/* one plus the index of the lowest set bit; 0 for 0 */
int __builtin_ffsll(long long x) { return x ? __builtin_ctzll(x) + 1 : 0; }
int __builtin_ffs(int x) { return x ? __builtin_ctzll((unsigned)x) + 1 : 0; }
int __builtin_ffsl(long x) { return x ? __builtin_ctzll((unsigned long)x) + 1 : 0; }

/* the bits after the sign bit that are copies of it */
int __builtin_clrsbll(long long x) { return __builtin_clzll(x < 0 ? ~x : x) - 1; }
int __builtin_clrsb(int x) { return __builtin_clz(x < 0 ? ~x : x) - 1; }
int __builtin_clrsbl(long x) { return __builtin_clz(x < 0 ? ~x : x) - 1; }

unsigned short __builtin_bswap16(unsigned short x) { return (unsigned short)(x << 8 | x >> 8); }

unsigned __builtin_bswap32(unsigned x)
{
    return x << 24 | (x & 0xff00) << 8 | (x >> 8 & 0xff00) | x >> 24;
}

unsigned long long __builtin_bswap64(unsigned long long x)
{
    return (unsigned long long)__builtin_bswap32((unsigned)x) << 32 | __builtin_bswap32(x >> 32);
}

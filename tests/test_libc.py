"""The C library's allocator at its limits: sizes that overflow its arithmetic
and a heap that has run into the C stack get NULL (C has no other answer); and
sscanf, printf's %p, <string.h>, strtoul and headers against glibc's answers."""

import shutil
import subprocess

import pytest

from tinyexec import compile_source, run

ALLOCATIONS = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    char *keep = malloc(16), *grown;
    strcpy(keep, "intact");
    printf("%d", malloc(0xFFFFFFF1u) == 0);     /* rounded up to 8, it used to wrap to 0 */
    printf("%d", malloc(0xFFFFFFF8u) == 0);
    printf("%d", malloc(0xFFFFFFFFu) == 0);
    printf("%d", malloc(0x80000000u) == 0);
    printf("%d", malloc(5000000) == 0);         /* more than the 4 MiB of memory */
    printf("%d", calloc(65536, 65537) == 0);    /* count * size wraps to 65536 */
    printf("%d", calloc(65536, 65536) == 0);    /* ... to 0 */
    printf("%d", calloc(0xFFFFFFFFu, 2) == 0);
    printf("%d", realloc(keep, 0xFFFFFFFFu) == 0);
    grown = realloc(keep, 1000);                /* the block a failed realloc kept */
    printf(" %s %d\n", grown, calloc(10, 10) != 0 && malloc(0) != 0);
    return 0;
}
"""

# Grow the C stack down to within 200 bytes of the heap's end, then ask for memory:
# there is no room left, whatever the size.
HEAP_MEETS_STACK = r"""
#include <stdio.h>
#include <stdlib.h>
static char *heap_end;
static int step(void) {
    char here[64];
    if (here - heap_end > 200)
        return step();
    return malloc(16) == 0;
}
static int leap(void) {
    char here[4096];
    if (here - heap_end > 8192)
        return leap();
    return step();
}
int main(void) {
    heap_end = (char *)malloc(8) + 8;
    printf("%d\n", leap());
    return 0;
}
"""


def _stdout(source: str) -> bytes:
    result = run(compile_source(source, "alloc.c"), engine="reference")
    assert result.exit_code == 0
    return result.stdout


def test_sizes_that_overflow_get_null():
    assert _stdout(ALLOCATIONS) == b"111111111 intact 1\n"


def test_no_block_is_carved_out_of_the_c_stack():
    assert _stdout(HEAP_MEETS_STACK) == b"1\n"


# ---- glibc's answers, recorded from gcc -m32 (and checked again when it is there) ----

def _gcc_m32(source: str, tmp_path):
    """The program's stdout under gcc -m32, or None when gcc cannot build 32-bit programs."""
    if shutil.which("gcc") is None:
        return None
    src, exe = tmp_path / "prog.c", tmp_path / "prog"
    src.write_text(source)
    built = subprocess.run(["gcc", "-m32", "-std=c99", "-O0", "-w", str(src), "-o", str(exe)],
                           capture_output=True)
    if built.returncode != 0:
        return None
    return subprocess.run([str(exe)], capture_output=True, check=True).stdout


SSCANF = r"""
#include <stdio.h>
static const char *ints[][2] = {
    {"12345", "%3d%d"}, {"123456", "%2d%3u"}, {"-5", "%1d"}, {"-12", "%2d%d"},
    {"0x1A", "%x"}, {"-10", "%x"}, {"-0x1f", "%x"}, {"+0X1f", "%X"}, {"0x", "%x"},
    {"0xg", "%x%n"}, {"x1", "%x"}, {"123", "%1x%x"}, {"0x12", "%2x%x"}, {"0x12", "%1x%x"},
    {"0x10 010", "%i %i"}, {"09", "%i%d"}, {"-010", "%i"}, {"0x", "%i%n"},
    {"0x1fz", "%3i%n"}, {"17", "%o"}, {"789", "%o"}, {"0x10", "%o%n"}, {"-17", "%o"},
    {"-1", "%u"}, {"4294967296", "%u"}, {"-4294967296", "%u"}, {"-4294967295", "%u"},
    {"99999999999", "%d"}, {"-99999999999", "%d"}, {"2147483648", "%i"},
    {"99999999999", "%x"}, {"12 ab", "%d%n"}, {"12 ab", "%d %n"}, {"", "%n"}, {"  ", " %n"},
    {"", "%n%d"}, {"  %5", "%%%d"}, {"%", "%%"}, {"", "%%"}, {" ", "%%"}, {"12", "%d%%"},
    {"5", "%*d%d"}, {"", "%d"}, {"  ", "%d"}, {"abc", "abc%d"}, {"ab", "abc%d"},
    {"1 x", "%d %d"}, {"1,", "%d,%d"}, {"1", "%d,%d"}, {"+", "%d"}, {"- 1", "%d"},
    {"0", "%0d"}, {"x", "%y"}, {"12", "%5"}, {"7 8", "%*s%d"}, {"4 5", "%zd%td"},
};
static const char *chars[][2] = {
    {"abcd", "%3c"}, {"ab", "%3c"}, {"", "%c"}, {"  x", "%c"}, {"  x", " %c"},
    {"abc", "%*2c%c"}, {"abcdef", "%2s"}, {"  xy z", "%s"}, {"abc]d", "%[a-c]]"},
    {"xyz", "%[^y]"}, {"yz", "%[^y]"}, {"", "%[a]"}, {"-a]", "%[]a-]"}, {"ab-c", "%[a-]"},
    {" ab", "%[ab]"}, {"ab", "%[ab"}, {"hello world", "%5[^ ]"}, {"ab12", "%*[a-z]%s"},
};
int main(void) {
    struct { short h; short g; } hs = {0, 7};
    struct { signed char c; unsigned char u; short g; } cs = {0, 0, 7};
    long long ll = 0; unsigned long long ull = 0; void *p = 0;
    unsigned i;
    int r = sscanf("5", "%hd", &hs.h);
    printf("%d %d %d\n", r, hs.h, hs.g);
    r = sscanf("70000 -300", "%hd %hhd", &hs.h, &cs.c);
    printf("%d %d %d %d %d\n", r, hs.h, hs.g, cs.c, cs.g);
    r = sscanf("65535 255 ff", "%hu %hhu %hhx", &hs.h, &cs.u, &cs.c);
    printf("%d %d %d %d %d\n", r, hs.h, cs.u, cs.c, cs.g);
    r = sscanf("99999999999999999999 -1", "%lld %llu", &ll, &ull);
    printf("%d %lld %llu\n", r, ll, ull);
    r = sscanf("-99999999999999999999 0x7fffffffffff", "%jd %lli", &ll, &ull);
    printf("%d %lld %llu\n", r, ll, ull);
    r = sscanf("12 34", "%hn%d%hhn", &hs.h, &hs.g, &cs.c);
    printf("%d %d %d %d\n", r, hs.h, hs.g, cs.c);
    r = sscanf("0x1f", "%p", &p);
    printf("%d %d\n", r, p == (void *)0x1f);
    for (i = 0; i < sizeof ints / sizeof *ints; i++) {
        int a = -7, b = -7;
        r = sscanf(ints[i][0], ints[i][1], &a, &b);
        printf("%s|%s: %d %d %d\n", ints[i][0], ints[i][1], r, a, b);
    }
    for (i = 0; i < sizeof chars / sizeof *chars; i++) {
        char c[8] = ".......";
        r = sscanf(chars[i][0], chars[i][1], c);
        printf("%s|%s: %d %s\n", chars[i][0], chars[i][1], r, c);
    }
    return 0;
}
"""
SSCANF_OUT = (
    b'1 5 7\n'
    b'2 4464 7 -44 7\n'
    b'3 -1 255 -1 7\n'
    b'2 9223372036854775807 18446744073709551615\n'
    b'2 -9223372036854775808 140737488355327\n'
    b'1 0 12 2\n'
    b'1 1\n'
    b'12345|%3d%d: 2 123 45\n'
    b'123456|%2d%3u: 2 12 345\n'
    b'-5|%1d: 0 -7 -7\n'
    b'-12|%2d%d: 2 -1 2\n'
    b'0x1A|%x: 1 26 -7\n'
    b'-10|%x: 1 -16 -7\n'
    b'-0x1f|%x: 1 -31 -7\n'
    b'+0X1f|%X: 1 31 -7\n'
    b'0x|%x: 1 0 -7\n'
    b'0xg|%x%n: 1 0 2\n'
    b'x1|%x: 0 -7 -7\n'
    b'123|%1x%x: 2 1 35\n'
    b'0x12|%2x%x: 2 0 18\n'
    b'0x12|%1x%x: 1 0 -7\n'
    b'0x10 010|%i %i: 2 16 8\n'
    b'09|%i%d: 2 0 9\n'
    b'-010|%i: 1 -8 -7\n'
    b'0x|%i%n: 1 0 2\n'
    b'0x1fz|%3i%n: 1 1 3\n'
    b'17|%o: 1 15 -7\n'
    b'789|%o: 1 7 -7\n'
    b'0x10|%o%n: 1 0 1\n'
    b'-17|%o: 1 -15 -7\n'
    b'-1|%u: 1 -1 -7\n'
    b'4294967296|%u: 1 -1 -7\n'
    b'-4294967296|%u: 1 -1 -7\n'
    b'-4294967295|%u: 1 1 -7\n'
    b'99999999999|%d: 1 2147483647 -7\n'
    b'-99999999999|%d: 1 -2147483648 -7\n'
    b'2147483648|%i: 1 2147483647 -7\n'
    b'99999999999|%x: 1 -1 -7\n'
    b'12 ab|%d%n: 1 12 2\n'
    b'12 ab|%d %n: 1 12 3\n'
    b'|%n: 0 0 -7\n'
    b'  | %n: 0 2 -7\n'
    b'|%n%d: -1 0 -7\n'
    b'  %5|%%%d: 1 5 -7\n'
    b'%|%%: 0 -7 -7\n'
    b'|%%: -1 -7 -7\n'
    b' |%%: -1 -7 -7\n'
    b'12|%d%%: 1 12 -7\n'
    b'5|%*d%d: -1 -7 -7\n'
    b'|%d: -1 -7 -7\n'
    b'  |%d: -1 -7 -7\n'
    b'abc|abc%d: -1 -7 -7\n'
    b'ab|abc%d: -1 -7 -7\n'
    b'1 x|%d %d: 1 1 -7\n'
    b'1,|%d,%d: 1 1 -7\n'
    b'1|%d,%d: 1 1 -7\n'
    b'+|%d: 0 -7 -7\n'
    b'- 1|%d: 0 -7 -7\n'
    b'0|%0d: 1 0 -7\n'
    b'x|%y: 0 -7 -7\n'
    b'12|%5: 0 -7 -7\n'
    b'7 8|%*s%d: 1 8 -7\n'
    b'4 5|%zd%td: 2 4 5\n'
    b'abcd|%3c: 1 abc....\n'
    b'ab|%3c: 1 ab.....\n'
    b'|%c: -1 .......\n'
    b'  x|%c: 1  ......\n'
    b'  x| %c: 1 x......\n'
    b'abc|%*2c%c: 1 c......\n'
    b'abcdef|%2s: 1 ab\n'
    b'  xy z|%s: 1 xy\n'
    b'abc]d|%[a-c]]: 1 abc\n'
    b'xyz|%[^y]: 1 x\n'
    b'yz|%[^y]: 0 .......\n'
    b'|%[a]: -1 .......\n'
    b'-a]|%[]a-]: 1 -a]\n'
    b'ab-c|%[a-]: 1 a\n'
    b' ab|%[ab]: 0 .......\n'
    b'ab|%[ab: 0 .......\n'
    b'hello world|%5[^ ]: 1 hello\n'
    b'ab12|%*[a-z]%s: 1 12\n'
)

POINTERS = r"""
#include <stdio.h>
int main(void) {
    void *z = 0, *q = (void *)0xabc;
    char b[64];
    int n;
    printf("%p|%10p|%-12p|\n", z, z, z);
    printf("[%05p][%.3p][%+p][% p][%#p][%-+12.6p]\n", z, z, z, z, z, z);
    printf("[%p][% p][% 8p][%+-9p][%#p][%010p][%.5p][%hhp]\n", q, q, q, q, q, q, q, q);
    n = snprintf(b, sizeof b, "%p|%8p|%-8p|%.0p", z, z, z, z);
    printf("%d %s\n", n, b);
    n = snprintf(b, 4, "%p", z);
    printf("%d %s\n", n, b);
    return 0;
}
"""
POINTERS_OUT = (
    b'(nil)|     (nil)|(nil)       |\n'
    b'[(nil)][(nil)][(nil)][(nil)][(nil)][(nil)       ]\n'
    b'[0xabc][ 0xabc][   0xabc][+0xabc   ][0xabc][0x00000abc][0x00abc][0xabc]\n'
    b'29 (nil)|   (nil)|(nil)   |(nil)\n'
    b'5 (ni\n'
)

STRINGS = r"""
#include <stdio.h>
#include <string.h>
int main(void) {
    char s[] = "  a,b;;c d,", t[] = ",,,", u[] = "one", buf[16] = "ab";
    const char *m = "hello\0world\0\1\377";
    char *tok;
    for (tok = strtok(s, ",; "); tok; tok = strtok(0, ",; "))
        printf("[%s]", tok);
    printf(" %d", strtok(0, ",") == 0);
    printf(" %d", strtok(t, ",") == 0);
    printf(" %s", strtok(u, ""));
    printf(" %d\n", strtok(0, "") == 0);
    printf("%s ", strncat(buf, "cdef", 2));
    printf("%s ", strncat(buf, "xy", 10));
    printf("%s %d\n", strncat(buf, "zzz", 0), (int)strlen(buf));
    printf("%d %d %d %d ", (int)strspn("abcde", "cab"), (int)strspn("xyz", "abc"),
           (int)strspn("", "a"), (int)strspn("abc", ""));
    printf("%d %d %d %d\n", (int)strcspn("abcde", "dc"), (int)strcspn("abc", "xyz"),
           (int)strcspn("", "a"), (int)strcspn("abc", ""));
    printf("%s %d %s\n", strpbrk("hello world", "ow"), strpbrk("abc", "xyz") == 0,
           strpbrk("a,b", ",;"));
    printf("%d %d %d %d %d\n", (int)((char *)memchr(m, 'w', 11) - m), memchr(m, 'w', 6) == 0,
           (int)((char *)memchr(m, 0, 11) - m), memchr(m, 'h', 0) == 0,
           (int)((char *)memchr(m + 12, -1, 2) - m));
    return 0;
}
"""
STRINGS_OUT = (
    b'[a][b][c][d] 1 1 one 1\n'
    b'abcd abcdxy abcdxy 6\n'
    b'3 0 0 0 2 3 0 3\n'
    b'o world 1 ,b\n'
    b'6 1 5 1 13\n'
)

STRTOUL = r"""
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    const char *in[] = {"-1", "4294967295", "4294967296", "-4294967295", "-4294967296",
                        " +0x1fz", "0x", "0xg", "077", "-0", "zz", "  12abc",
                        "99999999999999999999", "-", "1z", "Zz"};
    int bases[] = {0, 10, 16, 8, 36, 2};
    unsigned i, j;
    char *e;
    for (i = 0; i < sizeof in / sizeof *in; i++) {
        printf("%s:", in[i]);
        for (j = 0; j < 6; j++) {
            unsigned long v = strtoul(in[i], &e, bases[j]);
            printf(" %lu/%d", v, (int)(e - in[i]));
        }
        printf("\n");
    }
    e = (char *)"x";
    printf("%lu ", strtoul("12", &e, 1));
    printf("%s ", e);
    printf("%lu ", strtoul("12", &e, 37));
    printf("%s\n", e);
    printf("%ld %ld %ld\n", atol(" -42x"), atol("99999999999"), strtol("12", &e, 37));
    return 0;
}
"""
STRTOUL_OUT = (
    b'-1: 4294967295/2 4294967295/2 4294967295/2 4294967295/2 4294967295/2 4294967295/2\n'
    b'4294967295: 4294967295/10 4294967295/10 4294967295/10 34/2 4294967295/10 0/0\n'
    b'4294967296: 4294967295/10 4294967295/10 4294967295/10 34/2 4294967295/10 0/0\n'
    b'-4294967295: 1/11 1/11 4294967295/11 4294967262/3 4294967295/11 0/0\n'
    b'-4294967296: 4294967295/11 4294967295/11 4294967295/11 4294967262/3 4294967295/11 0/0\n'
    b' +0x1fz: 31/6 0/3 31/6 0/3 1541519/7 0/3\n'
    b'0x: 0/1 0/1 0/1 0/1 33/2 0/1\n'
    b'0xg: 0/1 0/1 0/1 0/1 1204/3 0/1\n'
    b'077: 63/3 77/3 119/3 63/3 259/3 0/1\n'
    b'-0: 0/2 0/2 0/2 0/2 0/2 0/2\n'
    b'zz: 0/0 0/0 0/0 0/0 1295/2 0/0\n'
    b'  12abc: 12/4 12/4 76476/7 10/4 1786296/7 1/3\n'
    b'99999999999999999999: 4294967295/20 4294967295/20 4294967295/20 0/0 4294967295/20 0/0\n'
    b'-: 0/0 0/0 0/0 0/0 0/0 0/0\n'
    b'1z: 1/1 1/1 1/1 1/1 71/2 1/1\n'
    b'Zz: 0/0 0/0 0/0 0/0 1295/2 0/0\n'
    b'0 x 0 x\n'
    b'-42 2147483647 0\n'
)

HEADERS = r"""
#include <stdio.h>
#include <stdint.h>
#include <iso646.h>
#define P(x) printf("%s %lld\n", #x, (long long)(x))
#define U(x) printf("%s %llu %d\n", #x, (unsigned long long)(x), (x) > 0 and (x) + 1 == 0)
int main(void) {
    int a = 6, b = 3;
    printf("%d %d %d %d %d %d %d %d ", 1 and 0, 1 or 0, not 0, a bitand b, a bitor b,
           a xor b, compl 0, a not_eq b);
    a and_eq 5; printf("%d ", a); a or_eq 8; printf("%d ", a); a xor_eq 1; printf("%d\n", a);
    printf("%d %d %d %d %d %d %d %d\n", (int)sizeof(int_least8_t), (int)sizeof(int_least16_t),
           (int)sizeof(int_least32_t), (int)sizeof(int_least64_t), (int)sizeof(int_fast8_t),
           (int)sizeof(int_fast16_t), (int)sizeof(int_fast32_t), (int)sizeof(int_fast64_t));
    printf("%d %d %d %d\n", (int)sizeof(uint_least16_t), (int)sizeof(uint_fast8_t),
           (int)sizeof(uint_fast16_t), (int)sizeof(uint_fast64_t));
    printf("%d %d %d %d\n", (int_fast8_t)-1 < 0, (uint_fast16_t)-1 > 0, (int_least16_t)70000,
           (uint_least8_t)300);
    P(INT_LEAST8_MIN); P(INT_LEAST16_MIN); P(INT_LEAST32_MIN); P(INT_LEAST64_MIN);
    P(INT_LEAST8_MAX); P(INT_LEAST16_MAX); P(INT_LEAST32_MAX); P(INT_LEAST64_MAX);
    P(UINT_LEAST8_MAX); P(UINT_LEAST16_MAX); U(UINT_LEAST32_MAX); U(UINT_LEAST64_MAX);
    P(INT_FAST8_MIN); P(INT_FAST16_MIN); P(INT_FAST32_MIN); P(INT_FAST64_MIN);
    P(INT_FAST8_MAX); P(INT_FAST16_MAX); P(INT_FAST32_MAX); P(INT_FAST64_MAX);
    P(UINT_FAST8_MAX); U(UINT_FAST16_MAX); U(UINT_FAST32_MAX); U(UINT_FAST64_MAX);
    P(SIG_ATOMIC_MIN); P(SIG_ATOMIC_MAX);
    P(sizeof(INT_LEAST16_MAX)); P(sizeof(INT_FAST16_MAX)); P(sizeof(UINT_FAST32_MAX));
    P(sizeof(INT_LEAST64_MIN)); P(sizeof(UINT_LEAST8_MAX));
    return 0;
}
"""
HEADERS_OUT = (
    b'0 1 1 2 7 5 -1 1 4 12 13\n'
    b'1 2 4 8 1 4 4 8\n'
    b'2 1 4 8\n'
    b'1 1 4464 44\n'
    b'INT_LEAST8_MIN -128\n'
    b'INT_LEAST16_MIN -32768\n'
    b'INT_LEAST32_MIN -2147483648\n'
    b'INT_LEAST64_MIN -9223372036854775808\n'
    b'INT_LEAST8_MAX 127\n'
    b'INT_LEAST16_MAX 32767\n'
    b'INT_LEAST32_MAX 2147483647\n'
    b'INT_LEAST64_MAX 9223372036854775807\n'
    b'UINT_LEAST8_MAX 255\n'
    b'UINT_LEAST16_MAX 65535\n'
    b'UINT_LEAST32_MAX 4294967295 1\n'
    b'UINT_LEAST64_MAX 18446744073709551615 1\n'
    b'INT_FAST8_MIN -128\n'
    b'INT_FAST16_MIN -2147483648\n'
    b'INT_FAST32_MIN -2147483648\n'
    b'INT_FAST64_MIN -9223372036854775808\n'
    b'INT_FAST8_MAX 127\n'
    b'INT_FAST16_MAX 2147483647\n'
    b'INT_FAST32_MAX 2147483647\n'
    b'INT_FAST64_MAX 9223372036854775807\n'
    b'UINT_FAST8_MAX 255\n'
    b'UINT_FAST16_MAX 4294967295 1\n'
    b'UINT_FAST32_MAX 4294967295 1\n'
    b'UINT_FAST64_MAX 18446744073709551615 1\n'
    b'SIG_ATOMIC_MIN -2147483648\n'
    b'SIG_ATOMIC_MAX 2147483647\n'
    b'sizeof(INT_LEAST16_MAX) 4\n'
    b'sizeof(INT_FAST16_MAX) 4\n'
    b'sizeof(UINT_FAST32_MAX) 4\n'
    b'sizeof(INT_LEAST64_MIN) 8\n'
    b'sizeof(UINT_LEAST8_MAX) 4\n'
)


# %f %e %g %a fields end where glibc's scanf ends them: it keeps every character
# it read but the one it pushes back, so "1.5e" is a field of 4 (1.5), "0x" none
SSCANF_FLOATS = r"""
#include <stdio.h>
#include <string.h>
static const char *inputs[] = {
    "1.5e", "1.5e+", "1.5E-", "1e-x", "1ex", "1.5E+3", "1e+5x", ".5e", "1.", ".", ".e1", "e5",
    "+", "-.", "  2.5e", "0x", "0X", "0xg", "-0x", "+0xz", "0x1p", "0x1p+", "0x1.8p-", "0x.p1",
    "0x.8", "0x1e5", "inf", "-inf", "infinity", "INFINITYx", "infinit", "infx", "in", "nan",
    "-nan", "nanx", "nan(12)", "na", "1.25 2e", "12345678901234567890123456789012345678901234567"
    "890123456789012345678901234567890e-70",
};
int main(void) {
    unsigned i;
    for (i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        double d = -7, d3 = -7, d2 = -7;
        float f = -7;
        int n = -1, n3 = -1, nf = -1, n2 = -1;
        int r = sscanf(inputs[i], "%lf%n", &d, &n);
        int rf = sscanf(inputs[i], "%f%n", &f, &nf);
        int r3 = sscanf(inputs[i], "%3lf%n", &d3, &n3);
        int r2 = sscanf(inputs[i], "%lf%lf%n", &d, &d2, &n2);
        printf("%s| %d %d %.17g | %d %d %.9g | %d %d %.17g | %d %d %.17g\n", inputs[i],
               r, n, d, rf, nf, f, r3, n3, d3, r2, n2, d2);
    }
    return 0;
}
"""
SSCANF_FLOATS_OUT = (
    b'1.5e| 1 4 1.5 | 1 4 1.5 | 1 3 1.5 | 1 -1 -7\n'
    b'1.5e+| 1 5 1.5 | 1 5 1.5 | 1 3 1.5 | 1 -1 -7\n'
    b'1.5E-| 1 5 1.5 | 1 5 1.5 | 1 3 1.5 | 1 -1 -7\n'
    b'1e-x| 1 3 1 | 1 3 1 | 1 3 1 | 1 -1 -7\n'
    b'1ex| 1 2 1 | 1 2 1 | 1 2 1 | 1 -1 -7\n'
    b'1.5E+3| 1 6 1500 | 1 6 1500 | 1 3 1.5 | 1 -1 -7\n'
    b'1e+5x| 1 4 100000 | 1 4 100000 | 1 3 1 | 1 -1 -7\n'
    b'.5e| 1 3 0.5 | 1 3 0.5 | 1 3 0.5 | 1 -1 -7\n'
    b'1.| 1 2 1 | 1 2 1 | 1 2 1 | 1 -1 -7\n'
    b'.| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'.e1| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'e5| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'+| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'-.| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'  2.5e| 1 6 2.5 | 1 6 2.5 | 1 5 2.5 | 1 -1 -7\n'
    b'0x| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'0X| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'0xg| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'-0x| 0 -1 -7 | 0 -1 -7 | 1 2 -0 | 0 -1 -7\n'
    b'+0xz| 0 -1 -7 | 0 -1 -7 | 1 2 0 | 0 -1 -7\n'
    b'0x1p| 1 4 1 | 1 4 1 | 1 3 1 | 1 -1 -7\n'
    b'0x1p+| 1 5 1 | 1 5 1 | 1 3 1 | 1 -1 -7\n'
    b'0x1.8p-| 1 7 1.5 | 1 7 1.5 | 1 3 1 | 1 -1 -7\n'
    b'0x.p1| 1 3 0 | 1 3 0 | 1 3 0 | 1 -1 -7\n'
    b'0x.8| 1 4 0.5 | 1 4 0.5 | 1 3 0 | 1 -1 -7\n'
    b'0x1e5| 1 5 485 | 1 5 485 | 1 3 1 | 1 -1 -7\n'
    b'inf| 1 3 inf | 1 3 inf | 1 3 inf | 1 -1 -7\n'
    b'-inf| 1 4 -inf | 1 4 -inf | 0 -1 -7 | 1 -1 -7\n'
    b'infinity| 1 8 inf | 1 8 inf | 1 3 inf | 1 -1 -7\n'
    b'INFINITYx| 1 8 inf | 1 8 inf | 1 3 inf | 1 -1 -7\n'
    b'infinit| 0 -1 -7 | 0 -1 -7 | 1 3 inf | 0 -1 -7\n'
    b'infx| 1 3 inf | 1 3 inf | 1 3 inf | 1 -1 -7\n'
    b'in| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'nan| 1 3 nan | 1 3 nan | 1 3 nan | 1 -1 -7\n'
    b'-nan| 1 4 -nan | 1 4 -nan | 0 -1 -7 | 1 -1 -7\n'
    b'nanx| 1 3 nan | 1 3 nan | 1 3 nan | 1 -1 -7\n'
    b'nan(12)| 1 3 nan | 1 3 nan | 1 3 nan | 1 -1 -7\n'
    b'na| 0 -1 -7 | 0 -1 -7 | 0 -1 -7 | 0 -1 -7\n'
    b'1.25 2e| 1 4 1.25 | 1 4 1.25 | 1 3 1.2 | 2 7 2\n'
    b'12345678901234567890123456789012345678901234567890123456789012345678901234567890e-70|'
    b' 1 84 1234567890.1234567 | 1 84 1.23456794e+09 | 1 3 123 | 1 -1 -7\n'
)


def test_sscanf_matches_glibc():
    """Widths, the h/hh/ll sizes, bases and prefixes, saturation, %n, %%, %c, %[ and the
    return value (EOF only when the input ends before any assignment), as glibc's."""
    assert _stdout(SSCANF) == SSCANF_OUT


def test_sscanf_float_fields_match_glibc():
    """The count (%n), the return value and the value, for fields cut short
    ("1.5e", "1e-x", "0x1p"), "0x" alone, inf, infinity, nan and words that are
    not all of them, whole or in a width of 3."""
    assert _stdout(SSCANF_FLOATS) == SSCANF_FLOATS_OUT


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc not installed")
def test_recorded_float_fields_are_gccs(tmp_path):
    """No long or pointer in the program: gcc's own build answers as -m32 would."""
    src, exe = tmp_path / "floats.c", tmp_path / "floats"
    src.write_text(SSCANF_FLOATS)
    subprocess.run(["gcc", "-std=c99", "-w", str(src), "-o", str(exe)], check=True)
    assert subprocess.run([str(exe)], capture_output=True, check=True).stdout == SSCANF_FLOATS_OUT

def test_printf_pointer_matches_glibc():
    """A null pointer prints as (nil), padded but not zero-filled or signed; others as 0x..."""
    assert _stdout(POINTERS) == POINTERS_OUT


def test_string_functions():
    """strtok, strncat, strspn, strcspn, strpbrk, memchr."""
    assert _stdout(STRINGS) == STRINGS_OUT


def test_strtoul_saturates_and_negates_as_glibc():
    """strtoul in bases 0, 10, 16, 8, 36, 2: ULONG_MAX when out of range, a sign negates
    modulo 2^32; an invalid base gives 0 and leaves *end alone; atol."""
    assert _stdout(STRTOUL) == STRTOUL_OUT


def test_iso646_and_least_fast_limits():
    """<iso646.h>'s spellings; <stdint.h>'s least and fast types and their limits as on
    i386 glibc."""
    assert _stdout(HEADERS) == HEADERS_OUT


@pytest.mark.parametrize("name", ["SSCANF", "POINTERS", "STRINGS", "STRTOUL", "HEADERS"])
def test_recorded_outputs_are_gccs(name, tmp_path):
    source = globals()[name]
    got = _gcc_m32(source, tmp_path)
    if got is None:
        pytest.skip("no gcc -m32")
    assert got == globals()[name + "_OUT"]


SIGNALS_AND_TIME = r"""
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <time.h>
static void bye(void) { puts("not run: abort runs no handlers"); }
int main(void) {
    time_t t = 5;
    printf("%ld %ld %ld %d\n", (long)time(&t), (long)t, (long)clock(), time(NULL) == (time_t)-1);
    printf("%d\n", signal(SIGABRT, SIG_DFL) == SIG_DFL);
    atexit(bye);
    raise(SIGABRT);
    puts("not reached");
    return 0;
}
"""


def test_time_is_unavailable_and_raise_sigabrt_aborts():
    """time() and clock() are (time_t)-1 and (clock_t)-1 (the machine has no
    clock); raise(SIGABRT) with the default action is abort(): its message,
    status 134, no atexit handlers."""
    result = run(compile_source(SIGNALS_AND_TIME, "signals.c"), engine="reference")
    assert (result.stdout, result.stderr, result.exit_code) == (b"-1 -1 -1 1\n1\n", b"Aborted\n",
                                                                134)


RETURN_FROM_MAIN = r"""
#include <stdio.h>
#include <stdlib.h>
static void one(void) { puts("one"); }
static void two(void) { puts("two"); }
int time = 7, raise = 8;          /* the program's own, not <time.h>'s and <signal.h>'s */
int main(void) { atexit(one); atexit(two); printf("main %d\n", time + raise); return 5; }
"""


def test_atexit_handlers_run_when_main_returns():
    result = run(compile_source(RETURN_FROM_MAIN, "ret.c"), engine="reference")
    assert (result.stdout, result.exit_code) == (b"main 15\ntwo\none\n", 5)


def test_programs_without_the_extra_functions_do_not_link_them():
    """hello world's code is what it was: no atexit call, no extra.c."""
    hello = compile_source('#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n', "h.c")
    handlers = compile_source('#include <stdio.h>\n#include <stdlib.h>\nstatic void f(void) {}\n'
                              'int main(void) { atexit(f); puts("hi"); return 0; }\n', "a.c")
    assert "__run_atexit" not in {name for _, name in hello.functions}
    assert "__run_atexit" in {name for _, name in handlers.functions}


def test_headers_survive_the_programs_macros():
    """Every shipped header after a program's macros named as common identifiers
    (its parameter names are reserved ones, or none)."""
    from tinyexec.preprocess import LIBC
    names = ("format stream buf size ap c s x y p n a b dst src hay needle accept reject "
             "separators status seed count end base key cmp expr file line sig handler function "
             "t e d ch str ptr value bits number lim saved errnum type member last dest low hiw")
    headers = sorted(h.name for h in LIBC.glob("*.h") if h.name != "setjmp.h")
    source = "".join(f"#define {name} 1\n" for name in names.split()) + \
        "".join(f"#include <{h}>\n" for h in headers) + \
        'int main(void) { printf("%d\\n", size + (int)sqrt(4.0) + low); return 0; }\n'
    assert _stdout(source) == b"4\n"


ENVIRONMENT_AND_SCN = r"""
#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <inttypes.h>
int main(void) {
    printf("%d %d %s %s\n", getenv("HOME") == NULL, getenv("") == NULL, setlocale(LC_ALL, ""),
           setlocale(LC_MESSAGES, NULL));
    printf("%s %s %s %s %s %s %s %s %s %s\n", SCNd64, SCNi64, SCNu64, SCNx64, SCNo64, SCNd32,
           SCNd8, SCNx16, SCNuMAX, SCNxPTR);
    return 0;
}
"""


def test_empty_environment_c_locale_and_scn_macros():
    """getenv finds nothing (the machine has no environment), setlocale's "" is
    the C locale, and the SCN macros are gcc -m32 glibc's."""
    assert _stdout(ENVIRONMENT_AND_SCN) == b"1 1 C C\nlld lli llu llx llo d hhd hx llu x\n"

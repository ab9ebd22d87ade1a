/* #if arithmetic follows C: characters, truncating division, 0/1 logic,
   precedence, octal/hex/suffixes, ?:, unsigned comparisons, short circuits */
#include <stdio.h>
#define CHECK(name, ok) printf("%s: %d\n", name, ok)
int main(void) {
#if 'A' == 65 && '\n' == 10 && '\\' == 92 && '\'' == 39 && '\x41' == 'A' && '\101' == 65 && '\0' == 0
    CHECK("char constants", 1);
#else
    CHECK("char constants", 0);
#endif
#if '\377' < 0
    CHECK("char is signed", 1);
#else
    CHECK("char is signed", 0);
#endif
#if -7 / 2 == -3 && -7 % 2 == -1 && 7 / -2 == -3 && 7 % -2 == 1
    CHECK("division truncates toward zero", 1);
#else
    CHECK("division truncates toward zero", 0);
#endif
#if (1 && 2) == 1 && (0 || 5) == 1 && (0 || 0) == 0
    CHECK("&& and || give 0 or 1", 1);
#else
    CHECK("&& and || give 0 or 1", 0);
#endif
#if !(3 > 2 > 1) && (1 < 2 < 3) && 1 == 2 == 0
    CHECK("comparisons group left to right", 1);
#else
    CHECK("comparisons group left to right", 0);
#endif
#if !5 + 1 == 1 && ~0 == -1 && -2 * 3 == -6 && - -4 == 4 && 1 + 2 * 3 == 7 && (1 | 2 ^ 3 & 4) == 3
    CHECK("precedence", 1);
#else
    CHECK("precedence", 0);
#endif
#if 010 == 8 && 0x1F == 31 && 0XfF == 255 && 10u == 10 && 7L == 7 && 3UL == 3 && 2lu == 2 && 0 == 00
    CHECK("octal, hex and suffixes", 1);
#else
    CHECK("octal, hex and suffixes", 0);
#endif
#if (1 ? 2 : 3) == 2 && (0 ? 2 : 0 ? 3 : 4) == 4 && (1 ? 0 ? 5 : 6 : 7) == 6
    CHECK("conditional operator", 1);
#else
    CHECK("conditional operator", 0);
#endif
#if -1 > 0u && -1 < 0 && (0 ? 1u : -1) > 0
    CHECK("unsigned arithmetic", 1);
#else
    CHECK("unsigned arithmetic", 0);
#endif
#if (0 && 1 / 0) == 0 && (1 || 1 % 0) && (1 ? 2 : 1 / 0) && UNDEFINED_NAME == 0
    CHECK("short circuits and unknown names", 1);
#else
    CHECK("short circuits and unknown names", 0);
#endif
#if 1 << 4 == 16 && -16 >> 2 == -4 && (1 << 2 + 1) == 8
    CHECK("shifts", 1);
#else
    CHECK("shifts", 0);
#endif
    return 0;
}

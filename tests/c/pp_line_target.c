/* the preprocessor, C99 part 3: #line, __VA_ARGS__, and the predefined macros.
   Only facts true on every target are printed (the same on gcc's x86-64 and on
   tinyexec's ILP32): each predefined macro agrees with the compiler's sizeof,
   limits.h and the types it names. */
#include <stdio.h>
#include <limits.h>
#include <stddef.h>

#define S(...) #__VA_ARGS__
#define SHOW(fmt, ...) printf(fmt "\n", __VA_ARGS__)
#define F(x) (x + 1)
#define G F

int main(void) {
    int line = __LINE__;
#line 100 "renamed.c"
    printf("%d %d %s\n", line, __LINE__, __FILE__);
#define LINE 200
#define FILE "other.c"
#line LINE FILE
    printf("%d %s\n", __LINE__, __FILE__);
    SHOW("%s|%s|%s", S(), S(a , b), S( x ,( y , z ) ));
    SHOW("%d", G(1));
    printf("%d %d %d %d %d\n", (int)sizeof(int) == __SIZEOF_INT__,
           (int)sizeof(long) == __SIZEOF_LONG__, (int)sizeof(void *) == __SIZEOF_POINTER__,
           (int)sizeof(short) == __SIZEOF_SHORT__, (int)sizeof(size_t) == __SIZEOF_SIZE_T__);
    printf("%d %d %d %d\n", INT_MAX == __INT_MAX__, LONG_MAX == __LONG_MAX__,
           (__SIZE_TYPE__)-1 == __SIZE_MAX__, (__PTRDIFF_TYPE__)sizeof(__PTRDIFF_TYPE__) > 0);
#if __CHAR_BIT__ == 8 && __SCHAR_MAX__ == 127 && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ \
    && !defined(__CHAR_UNSIGNED__) && __STDC_HOSTED__
    puts("little-endian, 8-bit signed char");
#endif
    return 0;
}

/* C11 and C99 names of <stddef.h> and <limits.h> that portable code uses. */
#include <stdio.h>
#include <stddef.h>
#include <limits.h>
int main(void)
{
    wchar_t w = 65;
    max_align_t m;
    printf("%d %d %d %d\n", (int)sizeof(wchar_t), (int)w, MB_LEN_MAX,
           _Alignof(max_align_t) >= _Alignof(double) && sizeof m >= sizeof(long long));
    return 0;
}

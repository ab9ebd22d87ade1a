/* __LINE__ and __FILE__ count as defined; __STDC__ and __STDC_VERSION__ exist */
#include <stdio.h>
int main(void) {
#ifdef __LINE__
    printf("__LINE__ defined\n");
#endif
#if defined(__FILE__) && defined __LINE__
    printf("__FILE__ defined\n");
#endif
#ifndef __FILE__
    printf("__FILE__ missing\n");
#endif
#if __STDC__ == 1
    printf("__STDC__ %d\n", __STDC__);
#endif
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
    printf("C99 or later\n");
#endif
    return 0;
}

/* %a and %A (C99 7.19.6.1: hexadecimal floating point) are not supported:
   tinyexec prints a word of the double as an integer, and the arguments
   after it are taken from the wrong place. */
#include <stdio.h>

int main(void)
{
    printf("%a|%A|%.3a|%d\n", 1.0, 0.1, 3.14159, 7);
    return 0;
}

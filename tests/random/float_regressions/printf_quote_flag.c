/* The ' flag (SUSv2; glibc groups thousands only in a locale that has a
   separator, so in the C locale it changes nothing): tinyexec does not know
   it, prints the conversion wrongly and takes the wrong number of bytes of
   the arguments, so that every later conversion is off too. */
#include <stdio.h>

int main(void)
{
    printf("%'d|%'.2f|%d\n", 1234567, 1234.5, 7);
    return 0;
}

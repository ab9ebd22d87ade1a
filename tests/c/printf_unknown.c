/* A conversion printf does not know is printed as it stands and takes no
   argument; a format that ends inside a conversion prints what it has; the '
   flag groups nothing (the C locale); %n stores the count so far. */
#include <stdio.h>

int main(void)
{
    int count = 0;
    short small = 0;
    printf("%y|%5k|%d|%'d|%'5u|\n", 42, 1234567, 7u);
    printf("abc%n|%hn%s|\n", &count, &small, "xyz");
    printf("%d %d\n", count, small);
    printf("%5%|%-5%|end %");
    printf("\n");
    return 0;
}

/* field width and precision taken from arguments with * */
#include <stdio.h>

int main(void)
{
    int w;
    for (w = 0; w <= 6; w += 2)
        printf("[%*d] [%-*d] [%*s]\n", w, 42, w, 42, w, "ab");
    printf("[%*d] (negative width means left-aligned)\n", -6, 42);
    printf("[%*s]\n", -5, "ab");
    printf("[%.*s] [%.*s] [%.*s]\n", 0, "hello", 2, "hello", 9, "hello");
    printf("[%.*d] [%*.*d]\n", 4, 5, 7, 3, 5);
    printf("[%-*.*s]\n", 6, 2, "xyz");
    printf("[%.*s] (negative precision is ignored)\n", -1, "whole");
    for (w = 1; w <= 5; w++)
        printf("%*s%s\n", 5 - w, "", "*****" + 5 - w);
    return 0;
}

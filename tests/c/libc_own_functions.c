/* A program's own definition of a library function is the one its calls get
   (as with a static link); the library's functions keep their own. */
#include <stdio.h>
#include <string.h>

static int counted;

size_t strlen(const char *str)
{
    counted++;
    return 42;
}

int putchar(int ch)
{
    return fputc(ch == 'a' ? 'A' : ch, stdout);
}

int puts(const char *str)
{
    fputs("<", stdout);
    fputs(str, stdout);
    return fputs(">\n", stdout);
}

int main(int argc, char **argv)
{
    char word[16];
    strcpy(word, "abc");
    printf("%d|%5s|%-4s|\n", (int)strlen(word), word, "xy");
    putchar('a');
    putchar('\n');
    puts(word);
    fputs("fputs\n", stdout);
    printf("%s %d\n", word, counted);
    return 0;
}

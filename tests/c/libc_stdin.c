/* stdin as a stream: scanf, getc, fgetc, ungetc, fgets, getline, fread and
   feof, interleaved with getchar. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    int a = 0, b = 0, n, c;
    char word[16], line[8], block[5], *text = NULL;
    size_t size = 0;
    long length;
    n = scanf("%d %d %15s", &a, &b, word);
    printf("scanf %d: %d %d %s\n", n, a, b, word);
    c = getc(stdin);
    printf("getc %d\n", c);
    c = fgetc(stdin);
    printf("fgetc %c, ungetc %c\n", c, ungetc('Z', stdin));
    printf("getchar %c\n", getchar());
    n = scanf("%d", &a);
    printf("scanf %d (no number), next %c\n", n, getchar());
    while (fgets(line, sizeof line, stdin) && strcmp(line, "--\n") != 0)
        printf("fgets [%s] %d\n", line, (int)strlen(line));
    length = (long)getline(&text, &size, stdin);
    printf("getline %ld [%s] %d\n", length, text, size >= 16);
    n = (int)fread(block, 2, 2, stdin);
    block[4] = 0;
    printf("fread %d [%s] feof %d\n", n, block, feof(stdin));
    while ((c = getchar()) != EOF)
        putchar(c);
    printf("feof %d, getline %ld, fgets %d, scanf %d, fgetc %d\n", feof(stdin),
           (long)getline(&text, &size, stdin), fgets(line, sizeof line, stdin) == NULL,
           scanf("%d", &a), fgetc(stdin));
    free(text);
    return 0;
}

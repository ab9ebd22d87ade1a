/* A file-scope initializer may take the address of a function that is only
   declared there and defined further on, as dispatch tables do. */
#include <stdio.h>

static int twice(int x);
int thrice(int x);

static int (*const operations[])(int) = { twice, thrice };
int (*chosen)(int) = &thrice;
struct command { const char *name; int (*run)(int); } commands[] = { { "twice", twice }, { "thrice", thrice } };

int main(void) {
    printf("%d %d %d\n", operations[0](5), operations[1](5), chosen(7));
    for (int i = 0; i < 2; i++)
        printf("%s %d\n", commands[i].name, commands[i].run(i + 1));
    return 0;
}

static int twice(int x) { return 2 * x; }
int thrice(int x) { return 3 * x; }

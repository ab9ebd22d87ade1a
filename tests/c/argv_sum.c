/* argv: sum the integer arguments; exit code = argc */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int i, s = 0;
    for (i = 1; i < argc; i++) s += atoi(argv[i]);
    printf("%d args, sum %d, first %s\n", argc - 1, s, argc > 1 ? argv[1] : "-");
    return argc;
}

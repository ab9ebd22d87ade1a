/* int main(int argc, char **argv): count and print the arguments (argv[0] is not printed,
   it differs between runners), check argv[argc] == NULL, and walk argv as a pointer */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    int i, total_len = 0;
    char **p;
    printf("argc=%d\n", argc);
    for (i = 1; i < argc; i++) {
        printf("argv[%d]=\"%s\" len=%d first='%c'\n", i, argv[i], (int)strlen(argv[i]), argv[i][0]);
        total_len += (int)strlen(argv[i]);
    }
    printf("argv[argc] is %s\n", argv[argc] == NULL ? "NULL" : "not NULL");
    printf("total length=%d\n", total_len);
    /* walk the vector with a pointer until the terminating NULL */
    for (p = argv + 1; *p; p++)
        printf("[%s]", *p);
    printf("\n");
    /* arguments are modifiable strings */
    if (argc > 1) {
        argv[1][0] = 'X';
        printf("modified: %s\n", argv[1]);
    }
    return argc - 1;             /* exit code = number of arguments */
}

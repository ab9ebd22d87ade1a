/* main's third parameter, envp (a common extension): the machine has no
   environment, so its list is empty; gcc's program gets the real one, so
   only the list's presence is printed. */
#include <stdio.h>

int main(int argc, char *argv[], char **envp) {
    printf("%d %s %d\n", argc, argv[1], envp != NULL);
    return 0;
}

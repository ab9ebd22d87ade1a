/*
 * hello.c -- the classic first program.
 *
 * Usage:  hello
 *
 * Prints "Hello, world!" and exits with code 0.
 */
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("Hello, world!\n");
    return 0;
}

/* stdio.h -- tinyexec: output goes to the trace, input comes from the prompt. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>

#define EOF (-1)

/* The format of printf must be a string literal: the compiler expands it. */
int printf(const char *format, ...);
int putchar(int c);
int puts(const char *s);
int getchar(void);

#endif

/* stdio.h -- tinyexec: output goes to the trace, input comes from the prompt. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>

#define EOF (-1)

typedef struct __file FILE;     /* never defined: only the two streams below exist */
#define stdout ((FILE *)1)
#define stderr ((FILE *)2)

/* A printf with a literal format is expanded by the compiler; the rest call these. */
int printf(const char *format, ...);
int fprintf(FILE *stream, const char *format, ...);
int sprintf(char *buf, const char *format, ...);
int snprintf(char *buf, size_t size, const char *format, ...);
int vprintf(const char *format, va_list ap);
int vfprintf(FILE *stream, const char *format, va_list ap);
int vsprintf(char *buf, const char *format, va_list ap);
int vsnprintf(char *buf, size_t size, const char *format, va_list ap);
int putchar(int c);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int puts(const char *s);
int fputs(const char *s, FILE *stream);
int getchar(void);
int sscanf(const char *s, const char *format, ...);

#endif

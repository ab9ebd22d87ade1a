/* stdio.h -- tinyexec: output goes to the trace, input comes from the prompt. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>

#define EOF (-1)
#define BUFSIZ 8192
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

typedef struct __file FILE;     /* never defined: only the two streams below exist */
#define stdout ((FILE *)1)
#define stderr ((FILE *)2)
#define stdin ((FILE *)3)       /* the prompt's input: what getchar reads */

typedef int ssize_t;

/* A printf with a literal format is expanded by the compiler; the rest call these. */
int printf(const char *__format, ...);
int fprintf(FILE *__stream, const char *__format, ...);
int sprintf(char *__buf, const char *__format, ...);
int snprintf(char *__buf, size_t __size, const char *__format, ...);
int vprintf(const char *__format, va_list __ap);
int vfprintf(FILE *__stream, const char *__format, va_list __ap);
int vsprintf(char *__buf, const char *__format, va_list __ap);
int vsnprintf(char *__buf, size_t __size, const char *__format, va_list __ap);
int putchar(int __c);
int fputc(int __c, FILE *__stream);
int putc(int __c, FILE *__stream);
int puts(const char *__s);
int fputs(const char *__s, FILE *__stream);
int getchar(void);
int sscanf(const char *__s, const char *__format, ...);
int vsscanf(const char *__s, const char *__format, va_list __ap);
int scanf(const char *__format, ...);
int fscanf(FILE *__stream, const char *__format, ...);
int vscanf(const char *__format, va_list __ap);
int vfscanf(FILE *__stream, const char *__format, va_list __ap);
int setvbuf(FILE *__stream, char *__buf, int __mode, size_t __size);
void setbuf(FILE *__stream, char *__buf);
int fgetc(FILE *__stream);
int getc(FILE *__stream);
int ungetc(int __c, FILE *__stream);
char *fgets(char *__s, int __n, FILE *__stream);
ssize_t getline(char **__line, size_t *__n, FILE *__stream);
size_t fread(void *__p, size_t __size, size_t __n, FILE *__stream);
size_t fwrite(const void *__p, size_t __size, size_t __n, FILE *__stream);
int fflush(FILE *__stream);
int feof(FILE *__stream);
int ferror(FILE *__stream);
void perror(const char *__s);

#endif

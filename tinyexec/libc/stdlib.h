/* stdlib.h -- tinyexec */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 32767

/* The runtime, first in the program's translation unit, defines the structs;
   the program's own inclusion names them. */
#ifdef __TINYEXEC_RUNTIME__
struct __div { int quot; int rem; };
struct __ldiv { long quot; long rem; };
struct __lldiv { long long quot; long long rem; };
#endif
typedef struct __div div_t;
typedef struct __ldiv ldiv_t;
typedef struct __lldiv lldiv_t;

void exit(int __status);
void _Exit(int __status);
char *getenv(const char *__name);
int abs(int __x);
int atoi(const char *__s);
int rand(void);
void srand(unsigned __seed);
void *malloc(size_t __size);
void *calloc(size_t __count, size_t __size);
void free(void *__p);
void *realloc(void *__p, size_t __size);
void abort(void);
int atexit(void (*__function)(void));
void __run_atexit(void);
div_t div(int __n, int __d);
ldiv_t ldiv(long __n, long __d);
lldiv_t lldiv(long long __n, long long __d);
long labs(long __x);
long strtol(const char *__s, char **__end, int __base);
unsigned long strtoul(const char *__s, char **__end, int __base);
long atol(const char *__s);
long long llabs(long long __x);
double strtod(const char *__s, char **__end);
float strtof(const char *__s, char **__end);
long double strtold(const char *__s, char **__end);
double atof(const char *__s);
long long atoll(const char *__s);
long long strtoll(const char *__s, char **__end, int __base);
unsigned long long strtoull(const char *__s, char **__end, int __base);
void qsort(void *__base, size_t __count, size_t __size, int (*__cmp)(const void *, const void *));
void *bsearch(const void *__key, const void *__base, size_t __count, size_t __size,
              int (*__cmp)(const void *, const void *));

#endif

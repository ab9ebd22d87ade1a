/* stdlib.h -- tinyexec */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 32767

void exit(int status);
int abs(int x);
int atoi(const char *s);
int rand(void);
void srand(unsigned seed);
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void free(void *p);
void *realloc(void *p, size_t size);
void abort(void);
long labs(long x);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
long atol(const char *s);
long long llabs(long long x);
double strtod(const char *s, char **end);
float strtof(const char *s, char **end);
double atof(const char *s);
long long atoll(const char *s);
long long strtoll(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
void qsort(void *base, size_t count, size_t size, int (*cmp)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*cmp)(const void *, const void *));

#endif

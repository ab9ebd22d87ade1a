/* string.h -- tinyexec */
#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

size_t strlen(const char *__s);
int strcmp(const char *__a, const char *__b);
int strncmp(const char *__a, const char *__b, size_t __n);
char *strcpy(char *__dst, const char *__src);
char *strncpy(char *__dst, const char *__src, size_t __n);
char *strcat(char *__dst, const char *__src);
char *strncat(char *__dst, const char *__src, size_t __n);
char *strchr(const char *__s, int __c);
char *strrchr(const char *__s, int __c);
char *strstr(const char *__hay, const char *__needle);
char *strpbrk(const char *__s, const char *__accept);
size_t strspn(const char *__s, const char *__accept);
size_t strcspn(const char *__s, const char *__reject);
char *strtok(char *__s, const char *__separators);
void *memchr(const void *__s, int __c, size_t __n);
void *memset(void *__dst, int __c, size_t __n);
void *memcpy(void *__dst, const void *__src, size_t __n);
void *memmove(void *__dst, const void *__src, size_t __n);
int memcmp(const void *__a, const void *__b, size_t __n);
char *strdup(const char *__s);
char *strndup(const char *__s, size_t __n);
char *strtok_r(char *__s, const char *__separators, char **__saved);
char *strerror(int __errnum);
size_t strnlen(const char *__s, size_t __n);
int strcasecmp(const char *__a, const char *__b);
int strncasecmp(const char *__a, const char *__b, size_t __n);
int strcoll(const char *__a, const char *__b);
size_t strxfrm(char *__dst, const char *__src, size_t __n);
void *memccpy(void *__dst, const void *__src, int __c, size_t __n);

#endif

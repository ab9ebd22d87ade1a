/* stddef.h -- tinyexec: int, long and pointers are 32 bits wide. */
#ifndef _STDDEF_H
#define _STDDEF_H

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef _SIZE_T
#define _SIZE_T
typedef unsigned int size_t;
#endif

typedef int ptrdiff_t;

#define offsetof(type, member) ((size_t)&((type *)0)->member)

#endif

/* stddef.h -- tinyexec: int, long and pointers are 32 bits wide; the types come
   from the predefined macros (preprocess.py's _TARGET), as gcc's. */
#ifndef _STDDEF_H
#define _STDDEF_H

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef _SIZE_T
#define _SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif

typedef __PTRDIFF_TYPE__ ptrdiff_t;

#ifndef _WCHAR_T
#define _WCHAR_T
typedef long wchar_t;           /* gcc -m32's; there are no wide literals (README) */
#endif

/* C11: a type as aligned as any (4 bytes on this machine) */
typedef struct { long long __max_align_ll; double __max_align_d; } max_align_t;

#define offsetof(type, member) __builtin_offsetof(type, member)

#endif

/* stdarg.h -- tinyexec: the extra arguments of a call are in memory, each in
   4 or 8 bytes (as on i386); the compiler passes their address in the hidden
   "..." slot. */
#ifndef _STDARG_H
#define _STDARG_H
typedef char *va_list;
#define va_start(ap, last) ((ap) = __builtin_va_start())
#define __va_size(type) ((sizeof(type) + 3) & ~3u)
#define va_arg(ap, type) (*(type *)(((ap) += __va_size(type)) - __va_size(type)))
#define va_end(ap) ((void)0)
#define va_copy(dst, src) ((dst) = (src))
#endif

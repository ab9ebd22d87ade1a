/* stdarg.h -- tinyexec: the extra arguments of a call are 32-bit words in
   memory; the compiler passes their address in the hidden "..." slot. */
#ifndef _STDARG_H
#define _STDARG_H
typedef char *va_list;
#define va_start(ap, last) ((ap) = __builtin_va_start())
#define va_arg(ap, type) (*(type *)(((ap) += 4) - 4))
#define va_end(ap) ((void)0)
#define va_copy(dst, src) ((dst) = (src))
#endif

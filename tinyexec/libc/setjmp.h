/* setjmp.h -- tinyexec has no non-local jumps */
#error setjmp and longjmp are not supported

/* signal.h -- tinyexec: no signal arrives from outside; raise() calls the
   handler signal() set, ignores an ignored signal, and otherwise ends the
   program: SIGABRT as abort() does, another signal with status 128 + its
   number. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

typedef int sig_atomic_t;
typedef void (*__sighandler_t)(int);

#define SIG_DFL ((__sighandler_t)0)
#define SIG_IGN ((__sighandler_t)1)
#define SIG_ERR ((__sighandler_t)-1)

#define SIGINT 2
#define SIGILL 4
#define SIGABRT 6
#define SIGFPE 8
#define SIGSEGV 11
#define SIGTERM 15
#define __NSIG 32

__sighandler_t signal(int __sig, __sighandler_t __handler);
int raise(int __sig);

#endif

/* time.h -- tinyexec: the machine has no clock.  time() and clock() say so as
   C allows, with (time_t)-1 and (clock_t)-1 (time also stores it in *t). */
#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

typedef long time_t;
typedef long clock_t;
#define CLOCKS_PER_SEC 1000000L

time_t time(time_t *__t);
clock_t clock(void);

#endif

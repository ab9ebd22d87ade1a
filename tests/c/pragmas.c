/* #pragma and _Pragma inside functions: accepted, and they change nothing. */
#include <stdio.h>
int main(void) {
#pragma GCC unroll 4
  for (int i = 0; i < 3; i++) _Pragma("omp simd") printf("%d", i);
  if (1)
#pragma once
    puts("!");
  return 0;
}

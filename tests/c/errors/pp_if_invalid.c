#include <stdio.h>
#define A 1
#if A +
int x;
#endif
int main(void) { return 0; }

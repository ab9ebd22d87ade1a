#include <setjmp.h>
int main(void) { return 0; }

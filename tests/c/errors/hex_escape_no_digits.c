#include <stdio.h>
/* gcc: the escape takes no digit from the next literal */
int main(void) { puts("\x" "41"); return 0; }

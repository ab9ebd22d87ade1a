/* An old-style (K&R) function definition, here with a float parameter (the
   caller promotes the argument to double, the function converts it back):
   tinyexec's compiler crashes, AttributeError: 'ID' object has no attribute
   'type' (compiler/declarations.py:ctype), with any parameter types. */
#include <stdio.h>

double h(x, n) float x; int n; { return x * n; }

int main(void)
{
    printf("%.17g\n", h(2.5f, 3));
    return 0;
}

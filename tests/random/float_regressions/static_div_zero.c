/* A division by zero in a static initializer: gcc folds it (inf, -inf, and
   +nan for 0/0); tinyexec rejects the program: "initializer is not a
   constant". */
#include <stdio.h>

static double a = 1.0 / 0.0;
static double b = -1.0 / 0;
static float c = 1.0f / 0.0f;
static double d = 0.0 / 0.0;

int main(void)
{
    printf("%f %f %f %f\n", a, b, c, d);
    return 0;
}

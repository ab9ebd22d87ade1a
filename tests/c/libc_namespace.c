/* The runtime's internal names are reserved ones: a program's own globals,
   functions, typedefs and macros with the names of its helpers are its own. */
#define size 16
#define s "str"
#define x 1
#define c 'c'
#define n 3
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <math.h>
#include <ctype.h>
#include <assert.h>

int low = 3;
double hiw(double v) { return v * 2; }
static int mkd(int a) { return a + 1; }
static double absd(double a, double b) { return fabs(a - b); }
int INF = 7, QNAN = 8;
typedef int dw;
static const unsigned big_pow10[4] = {1, 2, 3, 4};
int fd_round(int v) { return -v; }
int clz32 = 5, sf_add64 = 6, EXP_T = 7;
int next = 9, seed = 10, heap = 11, buf = 12, state = 13, sp = 14, pos = 15;

int main(void)
{
    char b[size];
    double inf[] = {INFINITY, -INFINITY, 1.0};
    int i = 0, r;
    dw v = low + INF + QNAN + mkd(1) + (int)big_pow10[1] + fd_round(2);
    strcpy(b, s);
    printf("%s %d %d %c\n", b, v, n + x, toupper(c));
    printf("%g %g %.3f %.4f %g\n", hiw(1.5), absd(1.0, 3.5), 1234.5678, sin(0.5), floor(2.5));
    r = isinf(inf[i++]);
    printf("%d %d %d %d\n", r, i, isinf(inf[1]), isinf(inf[2]));
    printf("%d %d %d\n", clz32 + sf_add64 + EXP_T, next + seed + heap, buf + state + sp + pos);
    printf("%e %g\n", exp(1.0), strtod("1.25", 0) + sqrt(4.0));
    srand(3);
    assert(rand() >= 0);
    return 0;
}

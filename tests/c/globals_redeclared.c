/* Every file-scope declaration of a name is one object (C99 6.9.2): a
 * tentative definition before or after the initialized one, extern
 * declarations, an array completed by a later declaration, and a static
 * initializer that takes the address before the definition. */
#include <stdio.h>

int t;
int *p = &t;
int t = 5;
int t;
extern int t;

int a[3] = {1, 2, 3};
int a[3];

static int s = 4;
static int s;

extern int u;
int u;

int arr[];
int arr[4] = {1, 2, 3, 4};
int z[];

int f(void) { return t + u + s; }

int main(void)
{
    printf("%d %d %d %d %d %d %d %u\n", *p, t, a[1], s, u, f(), arr[3], (unsigned)sizeof arr);
    *p = 7;
    z[0] = 2;
    printf("%d %d\n", t, z[0]);
    return t + z[0];
}

/* More address constants in static initializers (C99 6.6p9): a row reached
   through '*', p[k] and p->m of an address constant, k + address, and an
   address converted to an integer as wide as a pointer, which gcc also takes
   as a constant. */
#include <stdio.h>

struct pair { int a, b; } pairs[3];
int m[3][4];
char buf[16] = "0123456789";

int *row_star = *m + 5;
int *row_of_sum = *(m + 2) + 1;
int *through_star = &*(m[1] + 3);
int *arrow = &pairs->b;
int *arrow_of_sum = &(pairs + 2)->b;
int *subscript_of_cast = &((int *)buf)[2];
char *subscript_of_sum = &(buf + 1)[3];
unsigned long as_integer = (unsigned long)&buf[4] + 2;
int *back_from_integer = (int *)((long)&m[1] + 4);
char *integer_first = 3 + buf;

int main(void) {
    static int *local_row = *m + 2;
    printf("%d %d %d %d %d\n", (int)(row_star - *m), (int)(row_of_sum - *m),
           (int)(through_star - *m), (int)((char *)arrow - (char *)pairs),
           (int)((char *)arrow_of_sum - (char *)pairs));
    printf("%d %c %c %d %d %s\n", (int)((char *)subscript_of_cast - buf), *subscript_of_sum,
           *(char *)as_integer, (int)(back_from_integer - *m), (int)(local_row - *m), integer_first);
    return 0;
}

/* Enumerations take gcc's types (C99 6.7.2.2p4 leaves them to the
   compiler): unsigned int when no value is negative, else int; a constant is
   an int, or an unsigned int above INT_MAX.  It shows in arithmetic, in
   comparisons and in bit-fields. */
#include <stdio.h>

enum small { A, B, C, D };
enum mixed { LOW = -2, HIGH = 1 };
enum big { TOP = 0x80000000u, NEXT };
enum same { ONE = 1, UNO = 1, EINS = ONE };      /* repeated values */

struct packed {
    enum small s : 2;                 /* unsigned: 0..3 */
    enum mixed m : 2;                 /* signed: -2..1 */
};

int main(void)
{
    struct packed p;
    enum small s = A;
    enum mixed m = LOW;
    p.s = D;
    p.m = LOW;
    printf("bit-fields: %d %d, p.s == D: %d\n", p.s, p.m, p.s == D);
    printf("s - 1 > 0: %d (unsigned), m < 0: %d\n", s - 1 > 0, m < 0);
    printf("TOP > 0: %d, TOP = %u, NEXT = %u, sizeof: %d\n", TOP > 0, TOP, NEXT,
           (int)sizeof(enum big));
    printf("A - 1 < 0: %d (the constants are ints)\n", A - 1 < 0);
    printf("same: %d %d %d\n", ONE, UNO, EINS);
    {
        enum small { X = -1 };        /* a new tag in an inner block: signed */
        enum small t = X;
        printf("inner enum: %d\n", t < 0);
    }
    return 0;
}

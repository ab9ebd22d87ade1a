/* # stringizing and ## token pasting: direct vs. through a helper macro, pasting
   identifiers and numbers, generating functions and tables */
#include <stdio.h>
#include <string.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define LIMIT 250
#define SHOW(expr) printf("%s = %d\n", #expr, (expr))
#define FIELD(n) int CAT(field_, n)
#define MAKE_GETTER(name, val) static int get_##name(void) { return val; }
#define PREFIX pre

MAKE_GETTER(alpha, 1)
MAKE_GETTER(beta, 22)
MAKE_GETTER(gamma, 333)

struct rec { FIELD(a); FIELD(b); FIELD(7); };

int main(void) {
    struct rec r;
    int CAT(var, 12) = 5;
    int XCAT(PREFIX, fix) = 9;          /* prefix */
    printf("STR(LIMIT)=%s XSTR(LIMIT)=%s\n", STR(LIMIT), XSTR(LIMIT));
    printf("STR(a + b)=\"%s\" len=%d\n", STR(a + b), (int)strlen(STR( a + b )));
    printf("STR(\"q\")=%s\n", STR("q"));
    printf("STR('x')=%s\n", STR('x'));
    printf("STR()=\"%s\"\n", STR());
    SHOW(3 * 4 + 1);
    SHOW(LIMIT / 10);
    SHOW(var12 + prefix);
    printf("%d %d %d\n", get_alpha(), get_beta(), get_gamma());
    r.field_a = 1;
    r.field_b = 2;
    r.field_7 = 7;
    printf("fields %d %d %d\n", r.field_a, r.field_b, r.field_7);
    printf("CAT(0x, 1F)=%d CAT(12, 34)=%d\n", CAT(0x, 1F), CAT(12, 34));
    printf("XSTR(CAT(a,b))=%s XSTR(XCAT(PREFIX,x))=%s\n", XSTR(CAT(a, b)), XSTR(XCAT(PREFIX, x)));
    printf("%s\n", STR(CAT(PREFIX, x)));   /* # suppresses expansion of the argument */
    return 0;
}

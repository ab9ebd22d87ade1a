/* mutual recursion with forward declarations: is_even/is_odd, and a tiny recursive-descent parser */
#include <stdio.h>

static int is_odd(unsigned n);

static int is_even(unsigned n) {
    if (n == 0)
        return 1;
    return is_odd(n - 1);
}

static int is_odd(unsigned n) {
    if (n == 0)
        return 0;
    return is_even(n - 1);
}

/* grammar: expr = term { '+' term | '-' term }; term = num | '(' expr ')' */
static const char *pos;
static int expr(void);

static int term(void) {
    int v = 0;
    if (*pos == '(') {
        pos++;
        v = expr();
        if (*pos == ')')
            pos++;
        return v;
    }
    while (*pos >= '0' && *pos <= '9') {
        v = v * 10 + (*pos - '0');
        pos++;
    }
    return v;
}

static int expr(void) {
    int v = term();
    while (*pos == '+' || *pos == '-') {
        char op = *pos++;
        int rhs = term();
        v = (op == '+') ? v + rhs : v - rhs;
    }
    return v;
}

static int eval(const char *s) {
    pos = s;
    return expr();
}

int main(void) {
    unsigned n;
    for (n = 0; n <= 7; n++)
        printf("%u: even=%d odd=%d\n", n, is_even(n), is_odd(n));
    printf("is_even(40)=%d is_odd(33)=%d\n", is_even(40), is_odd(33));
    printf("%d\n", eval("1+2+3"));
    printf("%d\n", eval("10-(4-1)"));
    printf("%d\n", eval("((7))-(2+(3-10))"));
    printf("%d\n", eval("100-20-30+(1-(2-(3-(4))))"));
    return 0;
}

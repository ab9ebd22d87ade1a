/* side effects ordered by &&, ||, ?: and the comma operator */
#include <stdio.h>

static char log_buf[64];
static int log_len;

static int step(int id, int ret) {
    log_buf[log_len++] = (char)('0' + id);
    log_buf[log_len] = '\0';
    return ret;
}

static void report(const char *what, int r) {
    printf("%-28s r=%d order=%s\n", what, r, log_buf);
    log_len = 0;
    log_buf[0] = '\0';
}

int main(void) {
    int r, i;
    r = step(1, 1) && step(2, 1) && step(3, 0) && step(4, 1);
    report("a && b && c && d", r);
    r = step(1, 0) || step(2, 0) || step(3, 5) || step(4, 1);
    report("a || b || c || d", r);
    r = step(1, 1) ? step(2, 20) : step(3, 30);
    report("a ? b : c (true)", r);
    r = step(1, 0) ? step(2, 20) : step(3, 30);
    report("a ? b : c (false)", r);
    r = (step(1, 0), step(2, 0), step(3, 7));
    report("a, b, c", r);
    r = step(1, 0) ? step(2, 1) : step(3, 1) ? step(4, 2) : step(5, 3);
    report("a ? b : c ? d : e", r);
    r = (step(1, 1) || step(2, 1)) && (step(3, 0) || step(4, 0));
    report("(a || b) && (c || d)", r);
    r = step(1, 0) && step(2, 1) || step(3, 1) && step(4, 9);
    report("a && b || c && d", r);
    r = (step(1, 1), step(2, 0)) ? step(3, 3) : (step(4, 4), step(5, 5));
    report("(a, b) ? c : (d, e)", r);
    /* the left side of && is complete before the right side starts */
    i = 0;
    r = i++ == 0 && i++ == 1 && i == 2;
    printf("i=%d r=%d\n", i, r);
    i = 5;
    r = i-- > 10 || i-- > 3 || i-- > 0;
    printf("i=%d r=%d\n", i, r);
    i = 1;
    r = i++ ? i * 10 : i * 100;
    printf("i=%d r=%d\n", i, r);
    i = 1;
    r = (i *= 3, i += 4, i << 1);
    printf("i=%d r=%d\n", i, r);
    /* nested statements sequence too */
    for (i = 0; i < 3 && step(i, 1); i++)
        ;
    report("for with && in condition", i);
    return 0;
}

/* labels: their own name space (a label may share a name with a variable or a struct tag),
   the same label name in different functions, several labels on one statement,
   and labels that are never jumped to */
#include <stdio.h>

struct count { int n; };

static int f1(int x) {
    if (x > 0)
        goto done;
    x = -x;
done:
    return x * 10;
}

static int f2(int x) {
    int done = 3;                  /* variable with the same name as a label */
    if (x == 0)
        goto done;
    done += x;
done:
    return done;
}

static int state_machine(const char *s) {
    int count = 0;                 /* same name as the struct tag */
    struct count c;
    c.n = 0;
start:
    if (*s == '\0')
        goto finish;
    if (*s == 'a')
        goto saw_a;
    s++;
    goto start;
saw_a:
    s++;
    if (*s == 'b') {
        count++;
        s++;
    }
    goto start;
finish:
unused_label:
    c.n = count;
    return c.n;
}

int main(void) {
    int i = 0;
    printf("f1: %d %d\n", f1(4), f1(-6));
    printf("f2: %d %d\n", f2(0), f2(5));
    printf("ab count: %d %d %d\n", state_machine("abxaab"), state_machine(""),
           state_machine("ba"));
    /* a labelled statement inside a loop, reached normally each iteration */
    while (i < 3) {
step:
        i++;
        if (i == 2)
            goto step;            /* repeats the increment once */
        printf("i=%d\n", i);
    }
    return 0;
}

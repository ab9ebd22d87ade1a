/* && and || evaluate left to right and stop early */
#include <stdio.h>

static int calls;

static int t(const char *name) { calls++; printf("t(%s) ", name); return 1; }
static int f(const char *name) { calls++; printf("f(%s) ", name); return 0; }
static int val(int v) { calls++; printf("v%d ", v); return v; }

int main(void) {
    int r, i = 0;
    r = f("a") && t("b");
    printf("=> %d\n", r);
    r = t("a") && t("b");
    printf("=> %d\n", r);
    r = t("a") || f("b");
    printf("=> %d\n", r);
    r = f("a") || f("b");
    printf("=> %d\n", r);
    r = f("a") || t("b") && f("c");
    printf("=> %d\n", r);
    r = t("a") || t("b") && f("c");
    printf("=> %d\n", r);
    r = (f("a") || t("b")) && (t("c") || t("d"));
    printf("=> %d\n", r);
    r = t("a") && f("b") || t("c");
    printf("=> %d\n", r);
    r = val(5) && val(-3);
    printf("=> %d\n", r);
    r = val(0) || val(7);
    printf("=> %d\n", r);
    r = !val(0) && !val(2);
    printf("=> %d\n", r);
    /* side effects on the right are skipped */
    r = (i > 0) && (i++ > 0);
    printf("i=%d r=%d\n", i, r);
    r = (i == 0) || (i++ > 0);
    printf("i=%d r=%d\n", i, r);
    r = (i == 0) && (i++ == 0) && (i++ == 5);
    printf("i=%d r=%d\n", i, r);
    /* pointer guard */
    {
        int *p = 0, x = 3;
        printf("%d ", p && *p == 3);
        p = &x;
        printf("%d\n", p && *p == 3);
    }
    printf("calls=%d\n", calls);
    return 0;
}

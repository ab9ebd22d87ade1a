#include <stdio.h>

struct counter;
struct ops {
    const char *name;
    void (*step)(struct counter *);
    int (*get)(const struct counter *);
};
struct counter { int value; const struct ops *ops; };

static void inc(struct counter *c) { c->value++; }
static void dbl(struct counter *c) { c->value *= 2; }
static int get_plain(const struct counter *c) { return c->value; }
static int get_neg(const struct counter *c) { return -c->value; }

static const struct ops incr_ops = { "incr", inc, get_plain };
static const struct ops dbl_ops = { "double", dbl, get_neg };

int main(void) {
    struct counter cs[2] = { { 1, &incr_ops }, { 1, &dbl_ops } };
    struct { int (*fn)(int); int arg; } jobs[2];
    int i, k;

    for (k = 0; k < 4; k++)
        for (i = 0; i < 2; i++) cs[i].ops->step(&cs[i]);
    for (i = 0; i < 2; i++)
        printf("%s: value=%d get=%d\n", cs[i].ops->name, cs[i].value, cs[i].ops->get(&cs[i]));
    cs[0].ops = &dbl_ops;
    cs[0].ops->step(&cs[0]);
    printf("swapped ops: %s %d\n", cs[0].ops->name, (*cs[0].ops->get)(&cs[0]));
    {
        struct ops local = incr_ops;
        local.get = get_neg;
        local.step(&cs[1]);
        printf("local: %d\n", local.get(&cs[1]));
    }
    jobs[0].fn = 0;
    jobs[1].fn = 0;
    printf("jobs null: %d\n", jobs[0].fn == 0 && jobs[1].fn == 0);
    return 0;
}

#include <stdio.h>
#include <string.h>

enum kind { K_INT, K_STR, K_PAIR };

struct value {
    enum kind kind;
    union {
        int i;
        char s[8];
        struct { short lo, hi; } pair;
    } as;
};

static struct value make_int(int i) { struct value v; v.kind = K_INT; v.as.i = i; return v; }
static struct value make_str(const char *s) { struct value v; v.kind = K_STR; strcpy(v.as.s, s); return v; }
static struct value make_pair(short lo, short hi) {
    struct value v;
    v.kind = K_PAIR;
    v.as.pair.lo = lo;
    v.as.pair.hi = hi;
    return v;
}

static void print(const struct value *v) {
    switch (v->kind) {
    case K_INT: printf("int %d\n", v->as.i); break;
    case K_STR: printf("str \"%s\"\n", v->as.s); break;
    case K_PAIR: printf("pair (%d,%d)\n", v->as.pair.lo, v->as.pair.hi); break;
    }
}

int main(void) {
    struct value vals[4];
    int i;
    vals[0] = make_int(-17);
    vals[1] = make_str("tiny");
    vals[2] = make_pair(-3, 300);
    vals[3] = make_int(0x00020001);
    for (i = 0; i < 4; i++) print(&vals[i]);
    printf("sizeof union=%d\n", (int)sizeof vals[0].as);
    /* reinterpret the int as a pair of shorts (little-endian) */
    vals[3].kind = K_PAIR;
    print(&vals[3]);
    return 0;
}

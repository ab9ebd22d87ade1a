/* bit-fields: gcc's i386 layout (System V ABI), reads, writes, initializers.
   The sizes printed first are the same on x86-64 and i386 (checked with gcc -m32 and
   _Static_assert): 4 4 5 2 4 8 4 6 8. */
#include <stdio.h>

struct a { unsigned a : 3; int b : 5; unsigned c : 24; };
struct mixed { char tag; int b : 4; };                      /* b shares tag's int unit */
struct closed { char a; int : 0; char b; };                 /* `:0` moves b to the next int */
struct padded { char a; int : 4; };                         /* unnamed: pads, does not align */
struct shorts { short s : 9; short t : 9; };                /* t does not straddle a short */
struct wide { unsigned lo : 31; unsigned hi : 2; };         /* hi goes to a second int */
union u { int a : 3; char c; unsigned w : 20; };
struct kinds { _Bool f : 1; char c : 3; unsigned : 0; unsigned char uc : 4; short s : 3; };
struct full { int whole : 32; unsigned top : 8; unsigned rest : 24; };

struct a ga = {5, -3, 0xABCDEF};
struct kinds gk = {.s = -2, .f = 1, .c = 3, .uc = 15};
struct a garr[2] = {{1, 2, 3}, [1].b = -16, [1].c = 7};

static void show(const struct a *p) {
    printf("a=%u b=%d c=%x\n", p->a, p->b, p->c);
}

int main(void) {
    struct a x = {7, 15, 1}, y;
    struct kinds k;
    struct full f;
    struct wide w;
    union u un;
    int i, n = 0;
    unsigned char *bytes = (unsigned char *)&x;

    printf("sizes %u %u %u %u %u %u %u %u %u\n", sizeof(struct a), sizeof(struct mixed),
           sizeof(struct closed), sizeof(struct padded), sizeof(struct shorts),
           sizeof(struct wide), sizeof(union u), sizeof(struct kinds), sizeof(struct full));
    show(&x);
    printf("bytes %02x %02x %02x %02x\n", bytes[0], bytes[1], bytes[2], bytes[3]);
    show(&ga);
    show(&garr[0]);
    show(&garr[1]);
    printf("gk %d %d %u %d\n", gk.f, gk.c, gk.uc, gk.s);

    /* the value of an assignment is the stored (truncated) value */
    printf("assign %d %u %d\n", x.b = 17, x.a = 12, x.b = -17);
    x.b = 15;
    x.b++;                                  /* wraps to -16: a signed 5-bit field */
    printf("inc %d\n", x.b);
    printf("pre %d %u\n", ++x.b, --x.a);
    x.a = 0;
    printf("dec %u\n", --x.a);              /* 7: unsigned wraps at 3 bits */
    x.c += 0xFFFFFF;
    printf("compound %x %d\n", x.c, x.b);
    x.c <<= 4;
    x.b *= 3;
    x.a ^= 5;
    show(&x);
    /* unsigned fields narrower than int promote to int */
    x.a = 1;
    printf("promote %d %d\n", x.a - 2 < 0, (x.a - 2) / 2);

    y = x;                                  /* struct copies carry the bits */
    y.c = 1;
    show(&y);
    show(&x);

    k.f = 5;                                /* a _Bool field: 1 */
    k.c = 5;                                /* char c : 3: -3 */
    k.uc = 0x1F;                            /* 15 */
    k.s = 4;                                /* -4 */
    printf("kinds %d %d %u %d\n", k.f, k.c, k.uc, k.s);

    f.whole = -5;
    f.top = 0x1FF;
    f.rest = 0x123456;
    f.whole += 2;
    printf("full %d %x %x\n", f.whole, f.top, f.rest);

    w.lo = 0x7FFFFFFF;
    w.hi = 3;
    w.lo++;
    printf("wide %x %u\n", w.lo, w.hi);

    un.w = 0xFFFFF;
    un.a = 2;
    printf("union %d %x %d\n", un.a, un.w, un.c);

    for (i = 0; i < 40; i++) {              /* a counter that wraps */
        struct shorts s = {.t = i * 37};
        s.s = i * 13;
        n += s.s + s.t;
    }
    printf("loop %d\n", n);
    return x.b & 127;
}

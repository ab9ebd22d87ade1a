#include <stdio.h>

struct shape {
    int kind;
    union {
        struct { int w, h; };
        struct { int r; };
        int side;
    };
    struct { int x, y; } pos;
};

struct value {
    char tag;
    union {
        int i;
        unsigned char bytes[4];
    };
};

static int area(const struct shape *s) {
    switch (s->kind) {
    case 0: return s->w * s->h;
    case 1: return 3 * s->r * s->r;
    default: return s->side * s->side;
    }
}

int main(void) {
    struct shape shapes[3];
    struct value v;
    int i;

    shapes[0].kind = 0; shapes[0].w = 4; shapes[0].h = 5;
    shapes[1].kind = 1; shapes[1].r = 3;
    shapes[2].kind = 2; shapes[2].side = 6;
    for (i = 0; i < 3; i++) {
        shapes[i].pos.x = i * 10;
        shapes[i].pos.y = -i;
        printf("shape %d kind=%d area=%d pos=(%d,%d)\n", i, shapes[i].kind, area(&shapes[i]),
               shapes[i].pos.x, shapes[i].pos.y);
    }
    printf("r aliases w: %d side aliases w: %d\n", shapes[1].w, shapes[2].w);
    v.tag = 'i';
    v.i = 0x01020304;
    printf("tag=%c bytes=%d %d %d %d\n", v.tag, v.bytes[0], v.bytes[1], v.bytes[2], v.bytes[3]);
    return 0;
}

#include <stdio.h>

typedef int myint;
typedef unsigned char byte;
typedef int *intptr;
typedef int vec3[3];
typedef struct point { int x, y; } point;
typedef point *pointptr;
typedef int (*binop)(int, int);
typedef const char *cstr;
typedef vec3 mat3[3];

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }

static myint dot(const vec3 a, const vec3 b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

static void move(pointptr p, int dx, int dy) { p->x += dx; p->y += dy; }

int main(void) {
    myint n = 5;
    byte b = 300;
    intptr ip = &n;
    vec3 u = { 1, 2, 3 }, v = { 4, 5, 6 };
    point pt = { 10, 20 };
    binop ops[2] = { add, sub };
    cstr msg = "typedefs";
    mat3 m = { { 1, 0, 0 }, { 0, 2, 0 }, { 0, 0, 3 } };
    int i;

    *ip += 1;
    printf("n=%d b=%u\n", n, b);
    printf("dot=%d sizeof(vec3)=%d sizeof(mat3)=%d\n", dot(u, v), (int)sizeof(vec3), (int)sizeof(mat3));
    move(&pt, 3, -4);
    printf("pt=(%d,%d)\n", pt.x, pt.y);
    for (i = 0; i < 2; i++) printf("op%d(9,4)=%d\n", i, ops[i](9, 4));
    printf("%s len-ish %c\n", msg, msg[0]);
    printf("trace=%d\n", m[0][0] + m[1][1] + m[2][2]);
    return 0;
}

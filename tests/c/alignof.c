#include <stdio.h>
#include <stdalign.h>
struct s { char c; int i; };
struct t { char c; short h; };
int main(void) {
    int x = 0;
    static const unsigned a[] = { _Alignof(char), _Alignof(short), _Alignof(int),
                                  _Alignof(struct s), _Alignof(struct t), alignof(char[7]) };
    unsigned b = _Alignof(int) + alignof(short[3]) + x;
    printf("%u %u %u %u %u %u %u\n", a[0], a[1], a[2], a[3], a[4], a[5], b);
    return 0;
}

/* _Static_assert among a struct's or a union's members (C11 6.7.2.1): checked
   where it stands, adds no member, and a flexible array member before it is
   still the struct's last member. */
#include <stdio.h>
#include <stddef.h>

struct header {
    int kind;
    _Static_assert(sizeof(int) == 4, "int has 32 bits");
    short flags;
    _Static_assert(sizeof(short) == 2, "short has 16 bits");
    char tag[2];
};

union word {
    unsigned u;
    _Static_assert(sizeof(unsigned char) == 1, "a byte");
    unsigned char bytes[4];
};

struct packet {
    int length;
    char data[];
    _Static_assert(1, "a flexible array member is still the last member");
};

int main(void) {
    struct header h = {1, 2, {'a', 'b'}};
    union word w;
    w.u = 0x01020304;
    _Static_assert(sizeof(struct header) == 8, "no member for the assertions");
    _Static_assert(offsetof(struct header, tag) == 6, "tag after flags");
    printf("%zu %zu %zu\n", sizeof(struct header), sizeof(union word), sizeof(struct packet));
    printf("%d %d %c%c %d\n", h.kind, h.flags, h.tag[0], h.tag[1], w.bytes[0]);
    return 0;
}

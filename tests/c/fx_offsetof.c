/* offsetof from <stddef.h>, as a constant expression too. */
#include <stdio.h>
#include <stddef.h>

struct in { char c; int k; };
struct s { char a; int b; short h[3]; struct in in; };

static size_t table[] = { offsetof(struct s, b), offsetof(struct s, in.k) };
static char buf[offsetof(struct s, h) + 1];

int main(void) {
    struct s v;
    char *base = (char *)&v;
    int off = offsetof(struct s, h[2]);
    printf("%d %d %d %d\n", (int)offsetof(struct s, a), (int)offsetof(struct s, b),
           off, (int)offsetof(struct s, in.k));
    printf("%d %d %d\n", (int)table[0], (int)table[1], (int)sizeof buf);
    printf("%d\n", (int)((char *)&v.in.k - base) == (int)(size_t)&((struct s *)0)->in.k);
    switch (off) {
    case offsetof(struct s, h) + 4:
        printf("case\n");
    }
    return 0;
}

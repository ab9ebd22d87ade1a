#include <stdio.h>
#include <string.h>

struct item { char name[10]; int qty; unsigned price; };

static unsigned total(const struct item *items, int n) {
    unsigned t = 0;
    int i;
    for (i = 0; i < n; i++) t += items[i].qty * items[i].price;
    return t;
}

static struct item *most(struct item *items, int n) {
    struct item *best = items, *p;
    for (p = items + 1; p < items + n; p++)
        if (p->qty > best->qty) best = p;
    return best;
}

int main(void) {
    struct item stock[5] = {
        { "bolt", 120, 3 },
        { "nut", 300, 1 },
        { "gear", 7, 250 },
        { "spring", 45, 12 },
    };
    struct item *m;
    int i, n = (int)(sizeof stock / sizeof stock[0]);

    printf("n=%d last: '%s' %d %u\n", n, stock[4].name, stock[4].qty, stock[4].price);
    strcpy(stock[4].name, "washer");
    stock[4].qty = 500;
    stock[4].price = 1;
    for (i = 0; i < n; i++) printf("%-7s %4d x %3u\n", stock[i].name, stock[i].qty, stock[i].price);
    printf("total=%u\n", total(stock, n));
    m = most(stock, n);
    printf("most=%s at %d\n", m->name, (int)(m - stock));
    m->qty -= 499;
    m = most(stock, n);
    printf("most=%s at %d\n", m->name, (int)(m - stock));
    (stock + 2)->name[0] = 'G';
    printf("%s %c\n", stock[2].name, (*(stock + 3)).name[1]);
    return 0;
}

#include <stdio.h>

struct date { int year; unsigned char month, day; };
struct person {
    char name[12];
    struct date born;
    struct { int street_no; char city[10]; } addr;
    struct person *friend;
};

static void print_person(const struct person *p) {
    printf("%s born %d-%02d-%02d at %d %s", p->name, p->born.year, p->born.month, p->born.day,
           p->addr.street_no, p->addr.city);
    if (p->friend) printf(" friend=%s(%d)", p->friend->name, p->friend->born.year);
    printf("\n");
}

int main(void) {
    struct person a = { "ada", { 1815, 12, 10 }, { 12, "london" }, 0 };
    struct person b = { "charles", { 1791, 12, 26 }, { 7, "teign" }, &a };
    struct date *dp = &b.born;

    a.friend = &b;
    print_person(&a);
    print_person(&b);
    dp->day = 1;
    b.addr.street_no += 100;
    a.friend->born.month = 1;
    print_person(&b);
    printf("a.friend->friend->name=%s\n", a.friend->friend->name);
    printf("(*a.friend).addr.city[0]=%c\n", (*a.friend).addr.city[0]);
    printf("sizeof(struct date)=%d\n", (int)sizeof(struct date));
    return 0;
}

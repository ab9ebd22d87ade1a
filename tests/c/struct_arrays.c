/* arrays of structs: sorting records by two keys with qsort */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct rec { char name[8]; int age; };
int by_age_then_name(const void *a, const void *b) {
    const struct rec *x = a, *y = b;
    if (x->age != y->age) return x->age - y->age;
    return strcmp(x->name, y->name);
}
int main(void) {
    struct rec r[5] = {{"eve", 30}, {"bob", 25}, {"amy", 30}, {"dan", 19}, {"cal", 25}};
    int i;
    qsort(r, 5, sizeof r[0], by_age_then_name);
    for (i = 0; i < 5; i++) printf("%s:%d ", r[i].name, r[i].age);
    printf("\n%d\n", (int)sizeof r);
    return 0;
}

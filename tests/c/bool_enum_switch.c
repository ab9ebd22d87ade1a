/* _Bool/bool, enums in switch, ternary chains */
#include <stdio.h>
#include <stdbool.h>
enum shape { CIRCLE, SQUARE, TRIANGLE, NSHAPES };
const char *name(enum shape s) {
    switch (s) { case CIRCLE: return "circle"; case SQUARE: return "square"; default: return "?"; }
}
int main(void) {
    bool flags[NSHAPES] = {true, false, 7};
    _Bool b = 256;
    int i;
    for (i = 0; i < NSHAPES; i++)
        printf("%s=%d%s", name(i), flags[i], i < NSHAPES - 1 ? "," : "\n");
    printf("%d %d %s\n", b, (int)sizeof(bool), i > 5 ? "big" : i > 2 ? "mid" : "small");
    return 0;
}

/* #include "local.h" of a header next to the program, included twice: the include
   guard makes the second inclusion empty (a repeated struct definition would not compile) */
#include <stdio.h>
#include "st_include_local.h"
#include "st_include_local.h"

int st_include_count = 0;

void st_push(struct st_stack *s, int v) {
    if (s->top < ST_STACK_MAX)
        s->items[s->top++] = v;
    st_include_count++;
}

int st_pop(struct st_stack *s) {
    st_include_count++;
    return s->items[--s->top];
}

int main(void) {
    struct st_stack s;
    int i;
    s.top = 0;
    for (i = 1; i <= 10; i++)
        st_push(&s, i * i);          /* only ST_STACK_MAX fit */
    printf("top=%d max=%d\n", s.top, ST_STACK_MAX);
    while (!st_empty(&s))
        printf("%d ", st_pop(&s));
    printf("\noperations=%d\n", st_include_count);
#ifdef ST_INCLUDE_LOCAL_H
    printf("guard macro is visible in the includer\n");
#endif
    printf("__LINE__ from header macro used here: %d\n", ST_HEADER_LINE);
    return 0;
}

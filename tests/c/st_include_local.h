/* header for st_include_local.c: include guard, macros, a type, prototypes and
   a static inline function */
#ifndef ST_INCLUDE_LOCAL_H
#define ST_INCLUDE_LOCAL_H

#define ST_STACK_MAX 8
#define ST_HEADER_LINE __LINE__

struct st_stack {
    int items[ST_STACK_MAX];
    int top;
};

void st_push(struct st_stack *s, int v);
int st_pop(struct st_stack *s);

static inline int st_empty(const struct st_stack *s) {
    return s->top == 0;
}

extern int st_include_count;

#endif /* ST_INCLUDE_LOCAL_H */

/* A declared name is in scope from the end of its declarator: its own
   initializer may take its address (C99 6.2.1p7). */
#include <stdio.h>

struct node { struct node *next, *prev; int value; };

struct node head = {&head, &head, 1};
void *arr[2] = {&arr[1], &arr[0]};

int main(void) {
    struct node local = {&local, &local, 2};
    static struct node st = {&st, &st, 3};
    static const char *names[] = {"a", "b"};
    void *p = &p;
    int x = sizeof x;
    printf("%d %d %d\n", head.next == &head, head.prev->next == &head, head.value);
    printf("%d %d %d\n", local.prev == &local, st.next == &st, st.next->next->value);
    printf("%d %d %d\n", p == (void *)&p, x == (int)sizeof(int), arr[0] == (void *)&arr[1]);
    printf("%s\n", names[1]);
    return 0;
}

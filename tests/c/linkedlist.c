/* a sorted linked list with insertion, deletion and printing */
#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
struct node *insert(struct node *head, int v) {
    struct node **p = &head, *n = malloc(sizeof *n);
    n->v = v;
    while (*p && (*p)->v < v) p = &(*p)->next;
    n->next = *p;
    *p = n;
    return head;
}
struct node *delete(struct node *head, int v) {
    struct node **p = &head, *dead;
    while (*p && (*p)->v != v) p = &(*p)->next;
    if (*p) { dead = *p; *p = dead->next; free(dead); }
    return head;
}
int main(void) {
    struct node *h = 0, *it;
    int vals[] = {5, 1, 9, 3, 7}, i;
    for (i = 0; i < 5; i++) h = insert(h, vals[i]);
    h = delete(h, 3);
    h = delete(h, 42);
    for (it = h; it; it = it->next) printf("%d ", it->v);
    printf("\n");
    return 0;
}

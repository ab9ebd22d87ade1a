/* a singly linked list on malloc/free: sorted insert, remove, reverse, free all */
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

static struct node *insert_sorted(struct node *head, int v)
{
    struct node *n = malloc(sizeof *n);
    struct node **pp = &head;
    n->value = v;
    while (*pp && (*pp)->value < v)
        pp = &(*pp)->next;
    n->next = *pp;
    *pp = n;
    return head;
}

static struct node *remove_value(struct node *head, int v, int *removed)
{
    struct node **pp = &head;
    while (*pp) {
        if ((*pp)->value == v) {
            struct node *dead = *pp;
            *pp = dead->next;
            free(dead);
            (*removed)++;
        } else {
            pp = &(*pp)->next;
        }
    }
    return head;
}

static struct node *reverse(struct node *head)
{
    struct node *prev = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

static void print(const char *label, const struct node *n)
{
    printf("%-9s:", label);
    for (; n; n = n->next)
        printf(" %d", n->value);
    printf("\n");
}

int main(void)
{
    int data[10] = {5, 3, 9, 3, 1, 7, 3, 10, -2, 6};
    struct node *head = NULL;
    int i, removed = 0, count = 0;
    for (i = 0; i < 10; i++)
        head = insert_sorted(head, data[i]);
    print("sorted", head);
    head = remove_value(head, 3, &removed);
    print("no 3s", head);
    printf("removed %d\n", removed);
    head = remove_value(head, -2, &removed);
    head = remove_value(head, 10, &removed);
    head = remove_value(head, 42, &removed);
    print("trimmed", head);
    head = reverse(head);
    print("reversed", head);
    while (head) {
        struct node *next = head->next;
        free(head);
        head = next;
        count++;
    }
    printf("freed %d nodes, removed %d\n", count, removed);
    print("empty", head);
    return 0;
}

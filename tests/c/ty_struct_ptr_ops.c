#include <stdio.h>
#include <stddef.h>

struct acct { int id; int balance; struct acct *parent; char code[4]; };

static void deposit(struct acct *a, int amt) {
    a->balance += amt;
    if (a->parent) deposit(a->parent, amt / 2);
}

static struct acct *richest(struct acct *arr, int n) {
    struct acct *best = &arr[0];
    int i;
    for (i = 1; i < n; i++)
        if (arr[i].balance > best->balance) best = arr + i;
    return best;
}

int main(void) {
    struct acct accts[3] = {
        { 1, 100, NULL, "ROO" },
        { 2, 50, NULL, "KID" },
        { 3, 10, NULL, "GKD" },
    };
    struct acct *p = accts;
    int *bal;
    int i;

    accts[1].parent = &accts[0];
    accts[2].parent = &accts[1];
    deposit(&accts[2], 400);
    for (i = 0; i < 3; i++, p++) printf("%d %s balance=%d\n", p->id, p->code, p->balance);
    p = richest(accts, 3);
    printf("richest id=%d idx=%d\n", p->id, (int)(p - accts));
    bal = &accts[2].balance;
    *bal -= 1000;
    printf("accts[2].balance=%d\n", accts[2].balance);
    p = &accts[2];
    printf("p->parent->parent->code=%s\n", p->parent->parent->code);
    (*p).id = 30;
    p->parent->id++;
    ++p->parent->parent->balance;
    printf("ids=%d %d %d bal0=%d\n", accts[0].id, accts[1].id, accts[2].id, accts[0].balance);
    {
        int off_id = (int)((char *)&accts[0].id - (char *)&accts[0]);
        int off_bal = (int)((char *)&accts[0].balance - (char *)&accts[0]);
        struct acct *q = (struct acct *)((char *)bal - off_bal);
        printf("offsets: id=%d balance=%d\n", off_id, off_bal);
        printf("recovered id=%d same=%d\n", q->id, q == &accts[2]);
    }
    printf("p->code[1]=%c (p-1)->code=%s\n", p->code[1], (p - 1)->code);
    return 0;
}

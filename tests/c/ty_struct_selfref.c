#include <stdio.h>
#include <stdlib.h>

struct tree {
    int key;
    struct tree *left, *right;
};

static struct tree *insert(struct tree *t, int key) {
    if (!t) {
        t = malloc(sizeof *t);
        t->key = key;
        t->left = t->right = NULL;
        return t;
    }
    if (key < t->key) t->left = insert(t->left, key);
    else t->right = insert(t->right, key);
    return t;
}

static void inorder(const struct tree *t) {
    if (!t) return;
    inorder(t->left);
    printf("%d ", t->key);
    inorder(t->right);
}

static int height(const struct tree *t) {
    int l, r;
    if (!t) return 0;
    l = height(t->left);
    r = height(t->right);
    return 1 + (l > r ? l : r);
}

static void release(struct tree *t) {
    if (!t) return;
    release(t->left);
    release(t->right);
    free(t);
}

struct ring { int id; struct ring *next; };

int main(void) {
    int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 };
    struct tree *root = NULL;
    struct ring r[4];
    struct ring *p;
    int i;

    for (i = 0; i < 10; i++) root = insert(root, keys[i]);
    inorder(root);
    printf("\nheight=%d root->left->right->key=%d\n", height(root), root->left->right->key);
    release(root);

    for (i = 0; i < 4; i++) { r[i].id = i; r[i].next = &r[(i + 1) % 4]; }
    p = &r[2];
    for (i = 0; i < 6; i++) { printf("%d ", p->id); p = p->next; }
    printf("\nr[3].next->next->id=%d\n", r[3].next->next->id);
    return 0;
}

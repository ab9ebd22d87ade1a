/* switch with default in the middle (and first): matching is by value, fall-through by position */
#include <stdio.h>

static void mid(int x) {
    printf("mid(%d):", x);
    switch (x) {
    case 1:
        printf(" one");
    default:
        printf(" default");
    case 2:
        printf(" two");
        break;
    case 3:
        printf(" three");
    }
    printf("\n");
}

static void first(int x) {
    printf("first(%d):", x);
    switch (x) {
    default:
        printf(" D");
        break;
    case 10:
        printf(" ten");
    case 20:
        printf(" twenty");
    }
    printf("\n");
}

static int no_match(int x) {
    int r = 5;
    switch (x) {        /* no default: nothing runs when no case matches */
    case 1: r = 10; break;
    case 2: r = 20; break;
    }
    return r;
}

int main(void) {
    int i;
    for (i = 0; i <= 4; i++)
        mid(i);
    first(10);
    first(20);
    first(30);
    printf("no_match: %d %d %d\n", no_match(1), no_match(2), no_match(3));

    /* a switch whose body is a block with one case */
    {
        int hits = 0;
        switch (i) { case 5: hits++; }
        switch (i) { case 6: hits += 100; }
        printf("hits=%d\n", hits);
    }
    /* switch on an expression with side effects evaluated once */
    {
        int k = 0, j;
        for (j = 0; j < 3; j++) {
            switch (k++) {
            case 0: printf("zero "); break;
            case 1: printf("one "); break;
            default: printf("many ");
            }
        }
        printf("k=%d\n", k);
    }
    return 0;
}

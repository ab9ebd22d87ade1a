/* Towers of Hanoi: recursive move listing, with peg contents tracked in arrays */
#include <stdio.h>

static int pegs[3][8];
static int height[3];
static int moves;

static void show(void) {
    int p, i;
    for (p = 0; p < 3; p++) {
        printf(" %c:", 'A' + p);
        for (i = 0; i < height[p]; i++)
            printf("%d", pegs[p][i]);
    }
    printf("\n");
}

static void move_disk(int from, int to) {
    int disk = pegs[from][--height[from]];
    if (height[to] > 0 && pegs[to][height[to] - 1] < disk)
        printf("illegal move!\n");
    pegs[to][height[to]++] = disk;
    moves++;
    printf("%2d: disk %d %c->%c |", moves, disk, 'A' + from, 'A' + to);
    show();
}

static void hanoi(int n, int from, int to, int via) {
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    move_disk(from, to);
    hanoi(n - 1, via, to, from);
}

static unsigned count_moves(int n) {
    return n == 0 ? 0u : 2u * count_moves(n - 1) + 1u;
}

int main(void) {
    int n = 4, i;
    for (i = 0; i < n; i++)
        pegs[0][i] = n - i;
    height[0] = n;
    printf("start |");
    show();
    hanoi(n, 0, 2, 1);
    printf("moves=%d expected=%u\n", moves, count_moves(n));
    printf("count_moves(10)=%u\n", count_moves(10));
    return 0;
}

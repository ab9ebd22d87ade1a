/* recursion with local arrays: permutations and the Towers of Hanoi */
#include <stdio.h>
int moves;
void hanoi(int n, char from, char to, char via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n == 3) printf("move 3 %c->%c\n", from, to);
    hanoi(n - 1, via, to, from);
}
void permute(char *s, int k, int n) {
    char t;
    int i;
    if (k == n) { printf("%s ", s); return; }
    for (i = k; i < n; i++) {
        t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}
int main(void) {
    char word[4] = "abc";
    hanoi(5, 'A', 'C', 'B');
    printf("%d moves\n", moves);
    permute(word, 0, 3);
    printf("\n");
    return 0;
}

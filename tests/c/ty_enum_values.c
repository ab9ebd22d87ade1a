#include <stdio.h>

enum color { RED, GREEN, BLUE };
enum level { LOW = -2, MID, HIGH = 10, MAX_LEVEL };
enum flags { F_READ = 1, F_WRITE = 2, F_EXEC = 4, F_ALL = F_READ | F_WRITE | F_EXEC };
enum { ANON_A = 100, ANON_B = ANON_A * 2 };

int main(void) {
    enum color c = BLUE;
    enum level l;
    int arr[BLUE + 1] = { 10, 20, 30 };
    printf("RED=%d GREEN=%d BLUE=%d\n", RED, GREEN, BLUE);
    printf("LOW=%d MID=%d HIGH=%d MAX_LEVEL=%d\n", LOW, MID, HIGH, MAX_LEVEL);
    printf("F_ALL=%d\n", F_ALL);
    printf("ANON_A=%d ANON_B=%d\n", ANON_A, ANON_B);
    printf("arr[c]=%d\n", arr[c]);
    for (l = LOW; l <= MID; l++)
        printf("level %d\n", l);
    {
        int perms = F_READ | F_EXEC;
        printf("read=%d write=%d exec=%d\n", (perms & F_READ) != 0, (perms & F_WRITE) != 0, (perms & F_EXEC) != 0);
    }
    {
        int n = GREEN + HIGH * 2;
        enum color c2 = (enum color)1;
        printf("n=%d c2==GREEN %d\n", n, c2 == GREEN);
        printf("sizeof(enum color)=%d\n", (int)sizeof(enum color));
        printf("neg compare: %d\n", LOW < RED);
    }
    return 0;
}

#include <stdio.h>

static int next_id(void) {
    static int id = 100;       /* initialized once */
    return id++;
}

static int calls(void) {
    static int n;              /* zero-initialized */
    n++;
    return n;
}

static const char *cycle(void) {
    static const char *names[3] = { "red", "green", "blue" };
    static int pos = 0;
    const char *r = names[pos];
    pos = (pos + 1) % 3;
    return r;
}

static int *counter_addr(void) {
    static int c = 7;
    return &c;                 /* valid: static storage outlives the call */
}

static int fib_memo(int n) {
    static int memo[20];
    if (n < 2) return n;
    if (memo[n]) return memo[n];
    memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
    return memo[n];
}

int main(void) {
    int i;
    for (i = 0; i < 3; i++) printf("id=%d ", next_id());
    printf("\n");
    for (i = 0; i < 4; i++) calls();
    printf("calls=%d\n", calls());
    for (i = 0; i < 5; i++) printf("%s ", cycle());
    printf("\n");
    *counter_addr() += 3;
    printf("counter=%d same=%d\n", *counter_addr(), counter_addr() == counter_addr());
    printf("fib(19)=%d fib(10)=%d\n", fib_memo(19), fib_memo(10));
    {
        int j;
        for (j = 0; j < 3; j++) {
            static int persistent = 0;
            int fresh = 0;
            persistent++;
            fresh++;
            printf("persistent=%d fresh=%d\n", persistent, fresh);
        }
    }
    return 0;
}

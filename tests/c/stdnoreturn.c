/* <stdnoreturn.h> (C11 7.23): noreturn spells _Noreturn. */
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>

static noreturn void fail(int status) {
    printf("fail %d\n", status);
    exit(status);
}

_Noreturn static void unused(void) { abort(); }

int main(void) {
    fail(3);
}

/* Each inclusion of <assert.h> defines assert by the NDEBUG of that moment. */
#include <stdio.h>
#include <assert.h>
#define NDEBUG
#include <assert.h>

static int off(void) {
    assert(0);
    return 1;
}

#undef NDEBUG
#include <assert.h>

int main(void) {
    int x = 3;
    assert(x == 3);
    printf("ok %d\n", off());
    return 0;
}

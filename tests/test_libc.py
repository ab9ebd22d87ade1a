"""The C library's allocator at its limits: sizes that overflow its arithmetic
and a heap that has run into the C stack get NULL (C has no other answer)."""

from tinyexec import compile_source, run

ALLOCATIONS = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    char *keep = malloc(16), *grown;
    strcpy(keep, "intact");
    printf("%d", malloc(0xFFFFFFF1u) == 0);     /* rounded up to 8, it used to wrap to 0 */
    printf("%d", malloc(0xFFFFFFF8u) == 0);
    printf("%d", malloc(0xFFFFFFFFu) == 0);
    printf("%d", malloc(0x80000000u) == 0);
    printf("%d", malloc(5000000) == 0);         /* more than the 4 MiB of memory */
    printf("%d", calloc(65536, 65537) == 0);    /* count * size wraps to 65536 */
    printf("%d", calloc(65536, 65536) == 0);    /* ... to 0 */
    printf("%d", calloc(0xFFFFFFFFu, 2) == 0);
    printf("%d", realloc(keep, 0xFFFFFFFFu) == 0);
    grown = realloc(keep, 1000);                /* the block a failed realloc kept */
    printf(" %s %d\n", grown, calloc(10, 10) != 0 && malloc(0) != 0);
    return 0;
}
"""

# Grow the C stack down to within 200 bytes of the heap's end, then ask for memory:
# there is no room left, whatever the size.
HEAP_MEETS_STACK = r"""
#include <stdio.h>
#include <stdlib.h>
static char *heap_end;
static int step(void) {
    char here[64];
    if (here - heap_end > 200)
        return step();
    return malloc(16) == 0;
}
static int leap(void) {
    char here[4096];
    if (here - heap_end > 8192)
        return leap();
    return step();
}
int main(void) {
    heap_end = (char *)malloc(8) + 8;
    printf("%d\n", leap());
    return 0;
}
"""


def _stdout(source: str) -> bytes:
    result = run(compile_source(source, "alloc.c"), engine="reference")
    assert result.exit_code == 0
    return result.stdout


def test_sizes_that_overflow_get_null():
    assert _stdout(ALLOCATIONS) == b"111111111 intact 1\n"


def test_no_block_is_carved_out_of_the_c_stack():
    assert _stdout(HEAP_MEETS_STACK) == b"1\n"

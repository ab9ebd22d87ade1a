/* gcc's __builtin_ spelling of C library functions, as gcc's torture tests use
   them: no header is needed, and __builtin_strlen is the library's even where
   the program has a strlen of its own. */
typedef __SIZE_TYPE__ size_t;

size_t strlen(const char *s) { (void)s; return 99; }

int main(void) {
    char buf[16];
    __builtin_memset(buf, 'x', sizeof buf);
    __builtin_memcpy(buf, "copied", 7);
    if (__builtin_strcmp(buf, "copied") != 0)
        __builtin_abort();
    __builtin_printf("%s %d %d\n", buf, (int)__builtin_strlen(buf), (int)strlen(buf));
    int *numbers = __builtin_malloc(3 * sizeof(int));
    numbers[0] = 1; numbers[1] = 2; numbers[2] = 3;
    __builtin_memmove(numbers + 1, numbers, 2 * sizeof(int));
    __builtin_printf("%d%d%d %d\n", numbers[0], numbers[1], numbers[2], __builtin_abs(-7));
    __builtin_free(numbers);
    __builtin_printf("%g %g\n", __builtin_fabs(-2.5), __builtin_sqrt(2.25));
    __builtin_puts("exit 4");
    __builtin_exit(4);
}

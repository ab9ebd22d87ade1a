int main(void) {
    int n = 2;
    _Static_assert(n == 2, "n is not a constant");
    return 0;
}

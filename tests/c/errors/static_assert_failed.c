struct pair { int a, b; };
int main(void) {
    _Static_assert(sizeof(struct pair) == 4, "a pair is two ints");
    return 0;
}

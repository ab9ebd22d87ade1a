int main(void) {
    struct nowhere v;
    return 0;
}

int main(void) {
    int x = 1;
    x.y = 2;
    return 0;
}

int main(void) {
    int x = 2;
    return twice(x);
}

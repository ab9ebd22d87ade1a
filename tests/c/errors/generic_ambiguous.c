int main(void) {
    int i = 2;
    return _Generic(i, int: 1, long: 2);
}

int main(void) {
    long n = 0;
    return _Generic(n, long: 1, long int: 2);
}

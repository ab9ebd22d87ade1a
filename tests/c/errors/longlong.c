int main(void) {
    long long big = 1;
    return 0;
}

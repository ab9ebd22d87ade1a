int main(void) {
    double x = 1.5;
    return 0;
}

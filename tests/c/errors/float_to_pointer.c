int main(void) {
    double d = 1.5;
    int *p = (int *)d;
    return 0;
}

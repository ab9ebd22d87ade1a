#define KIND(x) _Generic((x), int: 1, long: 2, char *: 3)
int main(void) {
    double ratio = 0.5;
    return KIND(ratio);
}

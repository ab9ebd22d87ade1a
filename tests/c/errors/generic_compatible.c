typedef unsigned int word;
int main(void) {
    int n = 0;
    return _Generic(n, unsigned: 1, int: 2, word: 3);
}

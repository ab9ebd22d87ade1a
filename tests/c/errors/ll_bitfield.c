struct wide { long long a : 40; };
int main(void) {
    struct wide w;
    return 0;
}

int main(void) {
    unsigned long long big = 0;
    return (int)big;
}

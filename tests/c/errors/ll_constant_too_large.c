int main(void) {
    unsigned long long x = 0x10000000000000000;
    return x != 0;
}

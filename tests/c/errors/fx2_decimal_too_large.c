int main(void) {
    return 3000000000 > 0;
}

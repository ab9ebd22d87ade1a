int main(void) {
    char *s = "no closing quote;
    return 0;
}

struct flags { unsigned a : 1; };
int main(void) {
    struct flags f;
    return 0;
}

struct flags { unsigned a : 1, b : 3; };
int main(void) {
    struct flags f = {1, 2};
    unsigned *p = &f.b;
    return *p;
}

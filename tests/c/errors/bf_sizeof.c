struct flags { int a : 4; };
int main(void) {
    struct flags f;
    return sizeof f.a;
}

struct pixel {
    unsigned char r, g, b;
    _Static_assert(sizeof(int) == 2, "int is 16 bits");
};
int main(void) {
    struct pixel p = {1, 2, 3};
    return p.r;
}

int main(int argc, char **argv) {
    /* valid C99, not supported: a VLA type other than a variable's or a parameter's */
    typedef int row[argc];
    row r;
    r[0] = 1;
    return r[0];
}

int main(int argc, char **argv) {
    int a[argc] = {1, 2};
    return a[0];
}

int main(int argc, char **argv) {
    int v[argc];
    return 0;
}

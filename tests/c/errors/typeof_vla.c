int main(int argc, char **argv) {
    int lengths[argc];
    typeof(lengths) copy;
    return 0;
}

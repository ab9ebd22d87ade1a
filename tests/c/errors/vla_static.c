int main(int argc, char **argv) {
    static int counts[argc];
    return counts[0];
}

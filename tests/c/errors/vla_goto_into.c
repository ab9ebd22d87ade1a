int main(int argc, char **argv) {
    goto inside;
    {
        int a[argc];
inside:
        a[0] = 1;
        return a[0];
    }
}

int main(void) {
    int i = 0;
    goto done;
    return i;
}

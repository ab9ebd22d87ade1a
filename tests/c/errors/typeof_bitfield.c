struct flags { unsigned ready : 1; };
int main(void) {
    struct flags f = {1};
    typeof(f.ready) copy = f.ready;
    return copy;
}

int main(void) {
#line 100 "foo.c"
    return x;
}

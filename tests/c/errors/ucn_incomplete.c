int main(void) { return sizeof("\u12"); }

int main(void) { return sizeof("\u0041"); }

int main(void) { return '\xg'; }

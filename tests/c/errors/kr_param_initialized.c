int f(a, b) int a = 3; { return a; }
int main(void) { return f(1, 2); }

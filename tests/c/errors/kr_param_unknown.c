int f(a) int b; { return 0; }
int main(void) { return f(1); }

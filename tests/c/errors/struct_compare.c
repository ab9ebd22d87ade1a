struct S { int x; } a, b;
int main(void) { return a == b; }

struct flags { int a : 4, b : 4; } g;
int *p = &g.b;
int main(void) { return 0; }

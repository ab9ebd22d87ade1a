struct flags { unsigned a : 1; int b : -3; };
int main(void) { return 0; }

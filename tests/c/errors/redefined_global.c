int t = 1;
int t = 2;
int main(void) { return t; }

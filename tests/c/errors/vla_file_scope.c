int n = 4;
int table[n];
int main(void) { return 0; }

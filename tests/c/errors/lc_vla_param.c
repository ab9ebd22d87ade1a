int sum(int n, int v[n]) { return v[0] + n; }
int main(void) { int a[2] = {1, 2}; return sum(2, a); }

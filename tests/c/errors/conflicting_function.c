int twice(int);
double twice(int a) { return 2.0 * a; }
int main(void) { return twice(1); }

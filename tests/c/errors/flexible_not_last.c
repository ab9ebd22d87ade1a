struct ok { int n; char d[]; };
struct bad { int n; char d[]; int after; };
int main(void) { return 0; }

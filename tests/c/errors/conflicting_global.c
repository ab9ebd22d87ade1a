int t;
char t;
int main(void) { return t; }

struct point { int x; int y; };
int main(void) {
    struct point p;
    p.x = 1;
    p.z = 2;
    return p.x;
}

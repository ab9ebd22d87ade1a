struct s {
    int a;
    union { int a; float f; };
};
int main(void) { struct s x; return 0; }

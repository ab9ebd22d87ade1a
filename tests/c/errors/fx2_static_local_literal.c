int main(void) {
    /* inside a function a compound literal is automatic: its address is no constant */
    static int *p = (int[]){1, 2};
    return p[1];
}

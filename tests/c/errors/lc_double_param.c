int half(double v);
int main(void) {
    return half(3);
}

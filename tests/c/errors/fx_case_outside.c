int main(void) {
    int x = 0;
    case 1:
    x = 2;
    return x;
}

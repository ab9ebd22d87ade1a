int main(void) { return ''; }

struct flags { char c : 7; short s : 17; };
int main(void) { return 0; }

int never(void);
int (*table[])(void) = { never };
int main(void) { return table[0](); }

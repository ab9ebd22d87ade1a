struct flags { unsigned on : 1; } f;
typeof(f.on) copy;
int main(void) { return 0; }

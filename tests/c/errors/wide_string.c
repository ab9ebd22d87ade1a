int main(void) { const char *s = L"ab"; char c = L'x'; return s[0]; }

int main(void) {
  switch (1) { case 1.5: return 1; }
  return 0;
}

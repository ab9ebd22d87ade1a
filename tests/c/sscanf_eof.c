/* sscanf returns EOF when the input ends before any field is assigned (as
   glibc: after fields skipped with %* too); scanf reads "nan" without a
   "(payload)". */
#include <stdio.h>
int main(void) { int a = 0, b = 0; char c; char s[8]; double d; float f;
 printf("%d ", sscanf("", "%d", &a));
 printf("%d ", sscanf("   ", "%d", &a));
 printf("%d ", sscanf("5", "%*d%d", &a));
 printf("%d ", sscanf("5", "%d%d", &a, &b));
 printf("%d ", sscanf("", "abc%d", &a));
 printf("%d ", sscanf("ab", "abc%d", &a));
 printf("%d ", sscanf("x", "%d", &a));
 printf("%d ", sscanf("", "%c", &c));
 printf("%d ", sscanf("", "%s", s));
 printf("%d ", sscanf("", "%lf", &d));
 printf("%d ", sscanf("", ""));
 printf("%d ", sscanf("  ", " %d", &a));
 printf("%d ", sscanf("nan(12) 5", "%f %d", &f, &a));
 printf("%d ", sscanf("nan(12)", "%lf%s", &d, s)); printf("[%s] ", s);
 printf("%d ", sscanf("infinityx", "%lf%s", &d, s)); printf("[%s] ", s);
 printf("%d ", sscanf("0x1p3q", "%lf%s", &d, s)); printf("%g [%s] ", d, s);
 printf("\n"); return 0; }

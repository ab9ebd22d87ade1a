/* atoi and strtol: bases 0, 8, 10, 16, 36, signs, spaces, the end pointer */
#include <stdio.h>
#include <stdlib.h>

static void t(const char *s, int base)
{
    char *end;
    long v = strtol(s, &end, base);
    printf("strtol(\"%s\", %2d) = %ld, stopped at %d \"%s\"\n", s, base, v, (int)(end - s), end);
}

int main(void)
{
    const char *a[] = {"42", "  -17", "+8", "123abc", "abc", "", "  +0", "-0", "2147483647", "007"};
    int i;
    for (i = 0; i < 10; i++)
        printf("atoi(\"%s\") = %d\n", a[i], atoi(a[i]));
    t("255", 10);
    t("-255", 10);
    t("  \t\n 99 bottles", 10);
    t("ff", 16);
    t("0xFF", 16);
    t("0x1g", 16);
    t("-0x10", 0);
    t("0x1A", 0);
    t("0755", 0);
    t("0755", 8);
    t("0789", 0);
    t("789", 8);
    t("1234", 0);
    t("z", 36);
    t("Zz", 36);
    t("101101", 2);
    t("hello", 10);
    t("-2147483647", 10);
    t("0", 0);
    printf("NULL end pointer is allowed: %ld\n", strtol("77", NULL, 10));
    return 0;
}

/*
 * addition.c -- add two natural numbers of any length.
 *
 * Usage:  addition [A B]
 *
 * A and B are non-negative decimal numbers given as strings (up to 1000
 * digits each); without arguments two 40-digit numbers are used.  They are
 * added the way it is done on paper: digit by digit from the right, with a
 * carry.  Prints "A + B = C".
 */
#include <stdio.h>

/* Length of s if it is a non-empty string of at most 1000 digits, else -1. */
int digits_length(char *s)
{
    int n = 0;
    while (s[n]) {
        if (s[n] < '0' || s[n] > '9' || n >= 1000)
            return -1;
        n++;
    }
    if (n == 0)
        return -1;
    return n;
}

int main(int argc, char **argv)
{
    char *a = "3141592653589793238462643383279502884197";
    char *b = "2718281828459045235360287471352662497757";
    char sum[1002];     /* the digits of A + B, least significant first */
    int la, lb, i, j, k, digit, carry;

    if (argc == 3) {
        a = argv[1];
        b = argv[2];
    }
    la = digits_length(a);
    lb = digits_length(b);
    if ((argc != 1 && argc != 3) || la < 0 || lb < 0) {
        printf("usage: addition A B   (non-negative decimal integers)\n");
        return 1;
    }

    i = la - 1;
    j = lb - 1;
    k = 0;
    carry = 0;
    while (i >= 0 || j >= 0 || carry) {
        digit = carry;
        if (i >= 0) {
            digit = digit + (a[i] - '0');
            i--;
        }
        if (j >= 0) {
            digit = digit + (b[j] - '0');
            j--;
        }
        carry = 0;
        if (digit >= 10) {
            digit = digit - 10;
            carry = 1;
        }
        sum[k] = '0' + digit;
        k++;
    }
    while (k > 1 && sum[k - 1] == '0')     /* drop leading zeros */
        k--;

    printf("%s + %s = ", a, b);
    while (k > 0) {
        k--;
        putchar(sum[k]);
    }
    putchar('\n');
    return 0;
}

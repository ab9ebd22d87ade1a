/*
 * collatz.c -- the Collatz (3n + 1) sequence of a number.
 *
 * Usage:  collatz [n]        (default n = 27)
 *
 * Starting from n, halve the number while it is even and replace it by
 * 3n + 1 when it is odd, until it reaches 1.  Prints every term, ten per
 * line, then the number of steps taken and the largest term met.
 *
 * n may have up to 500 digits: the number is kept as an array of decimal
 * digits and both steps are done digit by digit, like on paper, with a
 * small table for halving.  So the program never divides (division is a
 * slow library routine on the tinyexec machine), and it stops with exit
 * code 2 if a term ever needs more than 1000 digits.
 */
#include <stdio.h>

/* half[v] = v / 2 for v = 0 .. 19; odd[v] = 1 when v is odd. */
char half[20] = { 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9 };
char odd[20]  = { 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1 };

/* The current term is num[0 .. len-1], least significant digit first. */
char num[1000];
int len;
char peak[1000];        /* the largest term so far */
int peak_len;

/* num = num / 2, working from the most significant digit down. */
void halve(void)
{
    int i, v;
    int rest = 0;       /* 1 if the digit above left a remainder */
    for (i = len - 1; i >= 0; i--) {
        v = num[i];
        if (rest)
            v = v + 10;
        num[i] = half[v];
        rest = odd[v];
    }
    if (len > 1 && num[len - 1] == 0)
        len--;
}

/* num = 3 * num + 1, working from the least significant digit up;
   returns 0 if the result does not fit. */
int triple_plus_one(void)
{
    int i, v;
    int carry = 1;
    for (i = 0; i < len; i++) {
        v = num[i] + num[i] + num[i] + carry;
        carry = 0;
        while (v >= 10) {
            v = v - 10;
            carry++;
        }
        num[i] = v;
    }
    if (carry) {
        if (len == 1000)
            return 0;
        num[len] = carry;
        len++;
    }
    return 1;
}

/* Is num larger than peak? */
int above_peak(void)
{
    int i;
    if (len != peak_len)
        return len > peak_len;
    for (i = len - 1; i >= 0; i--)
        if (num[i] != peak[i])
            return num[i] > peak[i];
    return 0;
}

void print_number(char *digits, int n)
{
    while (n > 0) {
        n--;
        putchar('0' + digits[n]);
    }
}

/* Read a decimal string into num; 0 if it is not a positive number. */
int load(char *s)
{
    int n = 0;
    int i;
    while (s[n]) {
        if (s[n] < '0' || s[n] > '9' || n >= 500)
            return 0;
        n++;
    }
    len = 0;
    for (i = n - 1; i >= 0; i--) {
        num[len] = s[i] - '0';
        len++;
    }
    while (len > 1 && num[len - 1] == 0)
        len--;
    return len > 0 && (len > 1 || num[0] != 0);
}

int main(int argc, char **argv)
{
    char *start = "27";
    int steps = 0;
    int column = 0;
    int i, last;

    if (argc > 1)
        start = argv[1];
    if (argc > 2 || !load(start)) {
        printf("usage: collatz [n]   (n a positive integer)\n");
        return 1;
    }

    for (i = 0; i < len; i++)
        peak[i] = num[i];
    peak_len = len;

    printf("Collatz sequence of ");
    print_number(num, len);
    printf(":\n");
    while (1) {
        print_number(num, len);
        column++;
        if (len == 1 && num[0] == 1)
            break;
        if (column == 10) {
            putchar('\n');
            column = 0;
        } else {
            putchar(' ');
        }
        last = num[0];
        if (odd[last]) {
            if (!triple_plus_one()) {
                printf("\ncollatz: the sequence outgrows 1000 digits\n");
                return 2;
            }
            if (above_peak()) {
                for (i = 0; i < len; i++)
                    peak[i] = num[i];
                peak_len = len;
            }
        } else {
            halve();
        }
        steps++;
    }
    putchar('\n');
    printf("reached 1 after %d steps, largest term ", steps);
    print_number(peak, peak_len);
    putchar('\n');
    return 0;
}

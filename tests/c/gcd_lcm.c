/* Euclid's gcd (recursive and iterative), lcm, modular exponentiation */
#include <stdio.h>
unsigned gcd(unsigned a, unsigned b) { return b ? gcd(b, a % b) : a; }
unsigned gcd2(unsigned a, unsigned b) { while (b) { unsigned t = a % b; a = b; b = t; } return a; }
unsigned powmod(unsigned b, unsigned e, unsigned m) {
    unsigned r = 1;
    b %= m;
    while (e) { if (e & 1) r = r * b % m; b = b * b % m; e >>= 1; }
    return r;
}
int main(void) {
    printf("%u %u %u %u\n", gcd(1071, 462), gcd2(270, 192), 12u / gcd(12, 18) * 18, powmod(7, 128, 1000));
    return 0;
}

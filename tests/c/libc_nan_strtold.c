/* C99's nan and nanf (strtod of "NAN(tag)": the tag is the payload),
   llrintf and llroundf, and strtold (a long double is a double here). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

int main(void) {
    double plain = nan(""), tagged = nan("123");
    float single = nanf("7");
    unsigned long long plain_bits, tagged_bits;
    unsigned single_bits;
    memcpy(&plain_bits, &plain, 8);
    memcpy(&tagged_bits, &tagged, 8);
    memcpy(&single_bits, &single, 4);
    printf("%llx %llx %x %d\n", plain_bits, tagged_bits, single_bits, isnan(plain));
    printf("%lld %lld %lld %lld\n", llrintf(2.5f), llrintf(-3.5f), llroundf(2.5f), llroundf(-2.5f));
    char *end;
    long double value = strtold("1.25e3xyz", &end);
    printf("%g %s\n", (double)value, end);
    return 0;
}

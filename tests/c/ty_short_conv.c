#include <stdio.h>
#include <limits.h>

short to_short(int x) { return (short)x; }
unsigned short to_ushort(int x) { return (unsigned short)x; }

int main(void) {
    int tests[7] = { 32767, 32768, 65535, 65536, 70000, -32769, -1 };
    int i;
    for (i = 0; i < 7; i++)
        printf("%d: short=%d ushort=%u\n", tests[i], to_short(tests[i]), to_ushort(tests[i]));
    printf("SHRT_MIN=%d SHRT_MAX=%d USHRT_MAX=%d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    {
        short s = -2;
        unsigned short us = s;
        int back = (short)us;
        unsigned int wide = (unsigned int)s;
        printf("s=%d us=%u back=%d wide=%u\n", s, us, back, wide);
    }
    {
        unsigned short a = 65535;
        a++;                       /* wraps to 0 */
        printf("a=%u\n", a);
        a--;
        printf("a=%u\n", a);
    }
    {
        short arr[3] = { 1000, -1000, 12345 };
        int sum = 0;
        for (i = 0; i < 3; i++) sum += arr[i];
        printf("sum=%d sizeof(short)=%d\n", sum, (int)sizeof(short));
    }
    return 0;
}

??=include <stdio.h>
/* Trigraphs (C99 5.2.1.1), replaced before anything else: ??/ ends a line
 * like a backslash.  And multi-character constants, whose value is gcc's:
 * the bytes in order, the last in the low byte, in 32 bits; of more than 4
 * characters, the last 4 (gcc warns); in #if too. */
??=define JOIN(a, b) a ??=??= b
#if 'ab' == 24930 && '\377\377' == 65535 && 'abcde' == 'bcde' && '\xff\0\0\0' < 0
#define IF_AGREES 1
#endif

int main(void)
??<
    int v??(3??) = ??< 1, 2, 3 ??>;
    int JOIN(to, tal) = v??(0??) ??! v??(1??) ??' ??-v??(2??);
    printf("%s %d??/
 %d\n", "??=??(??)??<??>??'??!??-", total, (int)sizeof "??/??/");
    printf("%d %d %d\n", 'ab', 'abcd', '\377\377\377\377');
    switch ('AB') ??<
    case 'A' * 256 + 'B': puts("case 'AB'"); break;
    default: puts("default");
    ??>
    printf("%d %d\n", 'a', '\xff');
    printf("%d %d %d\n", 'abcde', '\x41\x42\x43\x44\x45' == 'BCDE', IF_AGREES);
    return 'ab' & 255;
??>

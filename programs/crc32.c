/*
 * crc32.c -- CRC-32 (the IEEE 802.3 / zlib polynomial) of a string.
 *
 * Usage:  crc32 [text]      (default: "The quick brown fox jumps over the lazy dog")
 *
 * Table-driven: the 256-entry table is built first, then each byte costs one
 * table lookup, a shift and two XORs.  Prints the table's first entries and
 * the checksum in hex (0x414fa339 for the default text).
 */
#include <stdio.h>
#include <string.h>

static unsigned table[256];

static void make_table(void)
{
    for (unsigned n = 0; n < 256; n++) {
        unsigned c = n;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
}

static unsigned crc32(const char *s, unsigned len)
{
    unsigned c = 0xFFFFFFFFu;
    for (unsigned i = 0; i < len; i++)
        c = table[(c ^ (unsigned char)s[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

int main(int argc, char **argv)
{
    const char *text = argc > 1 ? argv[1] : "The quick brown fox jumps over the lazy dog";
    make_table();
    printf("table[1] = %08x, table[255] = %08x\n", table[1], table[255]);
    printf("crc32(\"%s\") = %08x\n", text, crc32(text, strlen(text)));
    return 0;
}

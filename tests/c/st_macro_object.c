/* object-like macros: constants, expressions, macros defined in terms of other macros,
   definition order, and macros that expand to statements or string literals */
#include <stdio.h>

#define WIDTH 8
#define HEIGHT 5
#define AREA (WIDTH * HEIGHT)
#define BAD_SUM WIDTH + HEIGHT          /* no parentheses */
#define GOOD_SUM (WIDTH + HEIGHT)
#define GREETING "hello, preprocessor"
#define NEWLINE putchar('\n')
#define LATER (EARLIER + 1)             /* EARLIER is defined after; fine at use time */
#define EARLIER 41
#define EMPTY
#define NEG -1
#define SIZE_OF_TABLE (sizeof table / sizeof table[0])

static int table[] = { 1, 2, 3, 4, 5, 6, 7 };

int main(void) {
    int i;
    printf("area=%d\n", AREA);
    printf("BAD_SUM*2=%d GOOD_SUM*2=%d\n", BAD_SUM * 2, GOOD_SUM * 2);
    printf("%s\n", GREETING);
    printf("later=%d\n", LATER);
    EMPTY printf("empty macro expands to nothing\n") EMPTY;
    printf("neg: %d %d\n", NEG, -NEG);   /* - -1, not --1 */
    printf("table size=%d:", (int)SIZE_OF_TABLE);
    for (i = 0; i < (int)SIZE_OF_TABLE; i++)
        printf(" %d", table[i]);
    NEWLINE;
    /* macro names inside string literals and character constants are not replaced */
    printf("WIDTH AREA '%c'\n", 'W');
    /* a macro used as an array size */
    {
        char grid[HEIGHT][WIDTH + 1];
        int r, c;
        for (r = 0; r < HEIGHT; r++) {
            for (c = 0; c < WIDTH; c++)
                grid[r][c] = (char)((r + c) % 2 ? '.' : '#');
            grid[r][WIDTH] = '\0';
            printf("%s\n", grid[r]);
        }
    }
    return 0;
}

/* global initializers: pointers into arrays, nested arrays, strings in structs */
#include <stdio.h>
int table[3][2] = {{1, 2}, {3, 4}, {5, 6}};
int *middle = &table[1][0];
char *msgs[] = {"zero", "one", "two"};
struct entry { const char *key; int value; } entries[] = {{"x", 10}, {"y", 20}};
char grid[2][4] = {"abc", "de"};
int main(void) {
    printf("%d %d %s %s=%d %s %s\n", *middle, middle[1], msgs[2], entries[1].key,
           entries[1].value, grid[0], grid[1]);
    return 0;
}

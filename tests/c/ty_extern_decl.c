#include <stdio.h>

/* prototypes before use, definitions after main */
int helper(int);
static void report(const char *what, int v);
extern int later_defined;
extern int later_array[4];
extern const char later_name[14];

int tentative;            /* tentative definition ... */
int tentative;            /* ... repeated: still one object, zero */
int with_value;
int with_value = 12;      /* tentative followed by the real definition */

int main(void) {
    report("later_defined", later_defined);
    report("later_array[2]", later_array[2]);
    report("tentative", tentative);
    report("with_value", with_value);
    report("helper(5)", helper(5));
    later_defined = helper(later_defined);
    report("later_defined", later_defined);
    printf("name=%s\n", later_name);
    {
        extern int helper(int);   /* block-scope function declaration */
        report("block helper", helper(-1));
    }
    return 0;
}

int later_defined = 7;
int later_array[4] = { 10, 20, 30, 40 };
const char later_name[] = "defined-later";

int helper(int x) { return x * 3 + tentative + with_value; }

static void report(const char *what, int v) { printf("%s = %d\n", what, v); }

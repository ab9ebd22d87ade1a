/* C99 6.7.8p14: a char array may be initialized by a string literal in braces,
   exactly as without them. */
#include <stdio.h>

struct S { char s[6]; int x; };
char g[] = {"glob"};
char g2[3][4] = {{"ab"}, "cd", {"e"}};
struct S gs = {{"hi"}, 7};

int main(void) {
    char a[] = {"hello"};
    char b[8] = {"xy"};
    const char c[] = {"tc",};
    unsigned char u[] = {"\xff"};
    static char st[] = {"st"};
    struct S s = {{"abc"}, 5};
    struct S t[2] = {{"p", 1}, {{"q"}, 2}};
    char *p = (char[]){"hey"};
    printf("%u %s\n", (unsigned)sizeof a, a);
    printf("%u %s %d\n", (unsigned)sizeof b, b, b[7]);
    printf("%u %s %u %d\n", (unsigned)sizeof c, c, (unsigned)sizeof u, u[0]);
    printf("%u %s\n", (unsigned)sizeof st, st);
    printf("%u %s\n", (unsigned)sizeof g, g);
    printf("%s %s %s %u\n", g2[0], g2[1], g2[2], (unsigned)sizeof g2);
    printf("%s %d %s %d\n", s.s, s.x, gs.s, gs.x);
    printf("%s %d %s %d\n", t[0].s, t[0].x, t[1].s, t[1].x);
    printf("%s %u %s\n", p, (unsigned)sizeof((char[]){"hey"}), (char[]){"hey"});
    return (int)sizeof((char[]){"four"});
}

/* switch on char values and on enum constants */
#include <stdio.h>

enum token { T_NUM, T_PLUS, T_MINUS, T_STAR, T_SPACE, T_OTHER = 40 };
enum color { RED = 1, GREEN = 2, BLUE = 4 };

static enum token lex(char c) {
    switch (c) {
    case '+': return T_PLUS;
    case '-': return T_MINUS;
    case '*': return T_STAR;
    case ' ': case '\t': return T_SPACE;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return T_NUM;
    default:
        return T_OTHER;
    }
}

static const char *name(enum token t) {
    switch (t) {
    case T_NUM: return "NUM";
    case T_PLUS: return "PLUS";
    case T_MINUS: return "MINUS";
    case T_STAR: return "STAR";
    case T_SPACE: return "SPACE";
    case T_OTHER: return "OTHER";
    }
    return "?";
}

static int mix(enum color a, enum color b) {
    switch (a | b) {
    case RED | GREEN: return 'Y';
    case RED | BLUE: return 'M';
    case GREEN | BLUE: return 'C';
    case RED: case GREEN: case BLUE: return 'S';
    default: return 'W';
    }
}

int main(void) {
    const char *src = "12+ 3*x-\t9";
    const char *p;
    int nums = 0;
    for (p = src; *p; p++) {
        enum token t = lex(*p);
        printf("'%c' -> %s (%d)\n", *p == '\t' ? 'T' : *p, name(t), (int)t);
        if (t == T_NUM)
            nums++;
    }
    printf("nums=%d\n", nums);

    /* negative char value in a switch (char is signed on both targets here via explicit cast) */
    {
        signed char c = (signed char)-3;
        switch (c) {
        case -3: printf("minus three\n"); break;
        case 253: printf("wrong: 253\n"); break;
        default: printf("default\n");
        }
    }
    printf("%c%c%c%c%c\n", mix(RED, GREEN), mix(RED, BLUE), mix(GREEN, BLUE),
           mix(BLUE, BLUE), mix(RED, GREEN | BLUE));
    return 0;
}

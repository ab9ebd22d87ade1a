#include <stdio.h>

typedef enum { OP_ADD, OP_SUB, OP_MUL, OP_NEG = -1, OP_HALT = 99 } opcode;

const char *name(opcode op) {
    switch (op) {
    case OP_ADD: return "add";
    case OP_SUB: return "sub";
    case OP_MUL: return "mul";
    case OP_NEG: return "neg";
    case OP_HALT: return "halt";
    default: return "?";
    }
}

int run(const int *prog, int n) {
    int acc = 1, i;
    for (i = 0; i < n; i += 2) {
        opcode op = (opcode)prog[i];
        int arg = prog[i + 1];
        printf("%s %d -> ", name(op), arg);
        switch (op) {
        case OP_ADD: acc += arg; break;
        case OP_SUB: acc -= arg; break;
        case OP_MUL: acc *= arg; break;
        case OP_NEG: acc = -acc; break;
        case OP_HALT:
            printf("stop\n");
            return acc;
        default:
            printf("bad\n");
            continue;
        }
        printf("%d\n", acc);
    }
    return acc;
}

int main(void) {
    int prog[] = { OP_ADD, 4, OP_MUL, 3, 7, 0, OP_NEG, 0, OP_SUB, 5, OP_HALT, 0, OP_ADD, 1000 };
    int result = run(prog, (int)(sizeof prog / sizeof prog[0]));
    printf("result=%d\n", result);
    printf("name(42)=%s\n", name((opcode)42));
    return 0;
}

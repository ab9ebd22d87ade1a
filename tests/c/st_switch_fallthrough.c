/* switch: fall-through between cases, several labels on one statement, break */
#include <stdio.h>

static int days_before(int month) {
    /* sum of days of the months before `month` (non-leap), via fall-through */
    int d = 0;
    switch (month) {
    case 12: d += 30;
    case 11: d += 31;
    case 10: d += 30;
    case 9:  d += 31;
    case 8:  d += 31;
    case 7:  d += 30;
    case 6:  d += 31;
    case 5:  d += 30;
    case 4:  d += 31;
    case 3:  d += 28;
    case 2:  d += 31;
    case 1:  break;
    default: d = -1;
    }
    return d;
}

static const char *kind(int n) {
    switch (n) {
    case 2: case 3: case 5: case 7:
        return "prime";
    case 1: case 9:
        return "odd square";
    case 4:
    case 8:
        return "power of two";
    case 6:
        return "perfect";
    }
    return "other";
}

int main(void) {
    int m, i;
    for (m = 0; m <= 13; m += 1)
        printf("%d:%d ", m, days_before(m));
    printf("\n");
    for (i = 1; i <= 10; i++)
        printf("%d %s\n", i, kind(i));

    /* trace which statements run when entering at different cases */
    for (i = 0; i < 4; i++) {
        printf("enter %d:", i);
        switch (i) {
        case 0:
            printf(" a");
        case 1:
            printf(" b");
            break;
        case 2:
            printf(" c");
        case 3:
            printf(" d");
        }
        printf("\n");
    }

    /* negative and large case values */
    {
        int vals[4] = { -1, 1000, -32768, 5 };
        for (i = 0; i < 4; i++) {
            switch (vals[i]) {
            case -32768: printf("min16 "); break;
            case -1: printf("minus one "); break;
            case 1000: printf("thousand "); break;
            default: printf("default(%d) ", vals[i]);
            }
        }
        printf("\n");
    }
    return 0;
}

/* A switch whose body is a single statement rather than a block (C99 6.8.4). */
#include <stdio.h>

static int pick(int x) {
    switch (x) case 1: return 10;
    switch (x) case 2: case 3: return 23;
    switch (x) default: return -1;
}

int main(void) {
    int i, n = 0;
    for (i = 0; i < 5; i++) {
        switch (i) case 1: printf("one\n");
        switch (i) case 2: case 4: printf("two or four: %d\n", i);
        switch (i) default: n += i;
        switch (i) case 3: continue;
        switch (i) case 0: break;
        switch (i) switch (i + 1) case 2: printf("never\n");
        switch (i) printf("never either\n");
        switch (i);
        printf("end of %d\n", i);
    }
    printf("%d %d %d %d %d\n", pick(1), pick(2), pick(3), pick(4), n);
    switch (n) case 10: { int k = n * 2; printf("k=%d\n", k); }
    return pick(3);
}

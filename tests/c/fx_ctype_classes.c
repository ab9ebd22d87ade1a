/* iscntrl, isgraph and isblank over the ASCII range and EOF. */
#include <stdio.h>
#include <ctype.h>

int main(void) {
    int c, cntrl = 0, graph = 0, blank = 0;
    for (c = -1; c < 128; c++) {
        cntrl += iscntrl(c) != 0;
        graph += isgraph(c) != 0;
        blank += isblank(c) != 0;
    }
    printf("%d %d %d\n", cntrl, graph, blank);
    printf("%d %d %d %d\n", iscntrl('\n') != 0, iscntrl(127) != 0, isgraph(' ') != 0, isgraph('~') != 0);
    return 0;
}

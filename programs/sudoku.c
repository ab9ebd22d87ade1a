/*
 * sudoku.c -- a Sudoku solver: constraint propagation plus backtracking.
 *
 * Usage:  sudoku [puzzle]
 *
 *   puzzle  81 characters, row by row: digits 1-9 are givens, 0 or . blanks.
 *           Default: Arto Inkala's puzzle, billed in 2012 as the "world's
 *           hardest sudoku".
 *
 * For every cell the solver knows which digits are blocked (held by one of
 * its 20 peers: the cells sharing its row, column or box) and how many
 * candidates are left; for every unit (row, column or box) and digit, how
 * many empty cells could still take that digit.  Placing a digit updates
 * these counts, and two rules are applied until nothing changes:
 *   - naked single:  a cell with one candidate left gets it;
 *   - hidden single: a digit with one possible cell left in a unit goes there.
 * A cell without candidates, or a digit with no place left in a unit, is a
 * contradiction.  When the rules stall, the solver guesses -- where a digit
 * has only two places left in a unit, else at the empty cell with the
 * fewest candidates -- and backtracks on contradiction.  Placements are
 * undone in reverse order from a log, so no state is ever copied.
 *
 * The row, column, box and peers of every cell are precomputed into tables
 * using additions only: the solver never multiplies, divides or uses bit
 * operations, which are slow library routines on the tinyexec machine.
 *
 * Prints the puzzle, the search (one line per guess or contradiction) and
 * the solution.  Exit code: 0 solved, 1 bad puzzle string, 2 no solution.
 */
#include <stdio.h>

char *inkala =
    "800000000003600000070090200050007000000045700000100030001000068008500010090000400";

/*
 * Units are numbered 0-8 (rows), 9-17 (columns) and 18-26 (boxes).
 * band[r] is the first box of row r's band; stack[c] the box offset of column c.
 */
char band[9]  = { 0, 0, 0, 3, 3, 3, 6, 6, 6 };
char stack[9] = { 0, 0, 0, 1, 1, 1, 2, 2, 2 };

char urow[81];          /* the row unit of each cell:    row            */
char ucol[81];          /* the column unit of each cell: 9 + column     */
char ubox[81];          /* the box unit of each cell:    18 + box       */
char unitcell[27][9];   /* the nine cells of each unit */
char peer[81][20];      /* the twenty peers of each cell */

/* The state of the board. */
char grid[81];          /* 0 for an empty cell */
char blocked[10][81];   /* blocked[d][c]: a peer of cell c holds digit d */
char ncand[81];         /* candidates of c: digits d with blocked[d][c] == 0 */
char place[10][27];     /* place[d][u]: empty cells of u where d is possible */
char done[10][27];      /* done[d][u]: 1 when d is already placed in u */
int broken;             /* set as soon as a contradiction shows up */

/*
 * The undo log: trail[] lists the filled cells in order; the peers that the
 * placement trail[t] newly blocked are logged in blocklog[], starting at
 * blocklog_start[t].
 */
char trail[81];
int ntrail;
int blocklog_start[81];
char blocklog[1620];
int nblocklog;

/* Work queues of the propagation: cells and (unit, digit) pairs to check. */
char cellq[81];
char incellq[81];
int ncellq;
char unitq[270];
char digitq[270];
char inunitq[10][27];
int nunitq;

int forced;             /* cells filled by propagation */
int guesses;
int contradictions;

/* ---- setup ------------------------------------------------------------- */

void build_tables(void)
{
    int r, c, b, k, cell, other, n;
    int size[27];
    char *p;

    cell = 0;
    for (r = 0; r < 9; r++)
        for (c = 0; c < 9; c++) {
            urow[cell] = r;
            ucol[cell] = 9 + c;
            ubox[cell] = 18 + band[r] + stack[c];
            cell++;
        }

    for (k = 0; k < 27; k++)
        size[k] = 0;
    for (cell = 0; cell < 81; cell++) {
        k = urow[cell];
        unitcell[k][size[k]] = cell;
        size[k]++;
        k = ucol[cell];
        unitcell[k][size[k]] = cell;
        size[k]++;
        k = ubox[cell];
        unitcell[k][size[k]] = cell;
        size[k]++;
    }

    /* Peers: the rest of the row and column, and the four box cells left. */
    for (cell = 0; cell < 81; cell++) {
        p = peer[cell];
        n = 0;
        r = urow[cell];
        c = ucol[cell];
        b = ubox[cell];
        for (k = 0; k < 9; k++) {
            other = unitcell[r][k];
            if (other != cell) {
                p[n] = other;
                n++;
            }
            other = unitcell[c][k];
            if (other != cell) {
                p[n] = other;
                n++;
            }
            other = unitcell[b][k];
            if (urow[other] != r && ucol[other] != c) {
                p[n] = other;
                n++;
            }
        }
    }
}

/* The empty board: every digit is possible everywhere (the rest is zero). */
void init_board(void)
{
    int c, d, u;
    for (c = 0; c < 81; c++)
        ncand[c] = 9;
    for (d = 1; d <= 9; d++)
        for (u = 0; u < 27; u++)
            place[d][u] = 9;
}

/* ---- placing and removing digits --------------------------------------- */

/* Empty cell c has at most one candidate left: a contradiction or a single. */
void cell_low(int c)
{
    if (ncand[c] == 0)
        broken = 1;
    else if (!incellq[c]) {
        incellq[c] = 1;
        cellq[ncellq] = c;
        ncellq++;
    }
}

/* Digit d, not yet placed in unit u, has at most one place left there. */
void unit_low(int u, int d)
{
    if (place[d][u] == 0)
        broken = 1;
    else if (!inunitq[d][u]) {
        inunitq[d][u] = 1;
        unitq[nunitq] = u;
        digitq[nunitq] = d;
        nunitq++;
    }
}

/* Empty cell c can no longer take digit d: its units have one place less. */
void lose(int c, int d)
{
    char *pd = place[d];
    char *dd = done[d];
    int u;

    u = urow[c];
    pd[u]--;
    if (pd[u] <= 1 && !dd[u])
        unit_low(u, d);
    u = ucol[c];
    pd[u]--;
    if (pd[u] <= 1 && !dd[u])
        unit_low(u, d);
    u = ubox[c];
    pd[u]--;
    if (pd[u] <= 1 && !dd[u])
        unit_low(u, d);
}

/* The reverse of lose(). */
void regain(int c, int d)
{
    char *pd = place[d];
    int u;

    u = urow[c];
    pd[u]++;
    u = ucol[c];
    pd[u]++;
    u = ubox[c];
    pd[u]++;
}

/* Record whether digit d is placed in the three units of cell c. */
void set_done(int c, int d, int value)
{
    char *dd = done[d];
    int u;

    u = urow[c];
    dd[u] = value;
    u = ucol[c];
    dd[u] = value;
    u = ubox[c];
    dd[u] = value;
}

/*
 * Put digit d (a candidate) into empty cell c.  Cells and units that are
 * left with at most one choice are queued for propagate(); if one is left
 * with none, broken is set.
 */
void assign(int c, int d)
{
    char *bd = blocked[d];
    char *pc = peer[c];
    char *bc;
    int e, k, q, left;

    grid[c] = d;
    trail[ntrail] = c;
    blocklog_start[ntrail] = nblocklog;
    ntrail++;
    set_done(c, d, 1);

    /* c is no longer an empty cell where its candidates could go */
    bc = blocked[1] + c;        /* walks down blocked[e][c] */
    left = ncand[c];
    for (e = 1; left > 0; e++) {
        if (*bc == 0) {
            lose(c, e);
            left--;
        }
        bc = bc + 81;
    }

    /* and its peers can no longer take d */
    for (k = 0; k < 20; k++) {
        q = pc[k];
        if (bd[q] == 0) {
            bd[q] = 1;
            blocklog[nblocklog] = q;
            nblocklog++;
            ncand[q]--;
            if (grid[q] == 0) {
                if (ncand[q] <= 1)
                    cell_low(q);
                lose(q, d);
            }
        }
    }
}

/* Empty the last filled cell again, exactly reversing assign(). */
void unassign(void)
{
    int c, d, e, q, left;
    char *bd;
    char *bc;

    ntrail--;
    c = trail[ntrail];
    d = grid[c];
    bd = blocked[d];
    while (nblocklog > blocklog_start[ntrail]) {
        nblocklog--;
        q = blocklog[nblocklog];
        bd[q] = 0;
        ncand[q]++;
        if (grid[q] == 0)
            regain(q, d);
    }
    set_done(c, d, 0);
    bc = blocked[1] + c;
    left = ncand[c];
    for (e = 1; left > 0; e++) {
        if (*bc == 0) {
            regain(c, e);
            left--;
        }
        bc = bc + 81;
    }
    grid[c] = 0;
}

/* Take back every placement made after the trail had length mark. */
void undo(int mark)
{
    while (ntrail > mark)
        unassign();
}

/* ---- propagation and search -------------------------------------------- */

/*
 * Apply hidden and naked singles until none is left.  Returns 0 on a
 * contradiction, after dropping the pending work.
 */
int propagate(void)
{
    int c, d, u, k;
    char *cells;
    char *bd;

    while (!broken && (nunitq > 0 || ncellq > 0)) {
        if (nunitq > 0) {
            /* a digit with one place left in a unit: put it there */
            nunitq--;
            u = unitq[nunitq];
            d = digitq[nunitq];
            inunitq[d][u] = 0;
            if (!done[d][u]) {
                cells = unitcell[u];
                bd = blocked[d];
                k = 0;
                c = cells[0];
                while (bd[c] != 0 || grid[c] != 0) {
                    k++;
                    c = cells[k];
                }
                assign(c, d);
                forced++;
            }
        } else {
            /* a cell with one candidate left: fill it in */
            ncellq--;
            c = cellq[ncellq];
            incellq[c] = 0;
            if (grid[c] == 0) {
                d = 1;
                while (blocked[d][c] != 0)
                    d++;
                assign(c, d);
                forced++;
            }
        }
    }
    if (!broken)
        return 1;
    while (ncellq > 0) {
        ncellq--;
        c = cellq[ncellq];
        incellq[c] = 0;
    }
    while (nunitq > 0) {
        nunitq--;
        u = unitq[nunitq];
        d = digitq[nunitq];
        inunitq[d][u] = 0;
    }
    broken = 0;
    return 0;
}

void indent(int depth)
{
    while (depth > 1) {
        printf("  ");
        depth--;
    }
}

/*
 * The alternatives to branch on: a digit with only two places left in some
 * unit if there is one (the first digit, then the first unit), else the empty
 * cell with the fewest candidates.  Fills cells[] and digits[] and returns
 * their number; 0 when the board is full.  (Once d is placed in unit u,
 * place[d][u] is 0, so placed digits are never picked.)
 */
int alternatives(char *cells, char *digits)
{
    int c, d, u, k, n, best, fewest;
    char *pd;
    char *bd;
    char *uc;

    for (d = 1; d <= 9; d++) {
        pd = place[d];
        for (u = 0; u < 27; u++) {
            if (pd[u] == 2) {
                bd = blocked[d];
                uc = unitcell[u];
                n = 0;
                for (k = 0; k < 9; k++) {
                    c = uc[k];
                    if (grid[c] == 0 && bd[c] == 0) {
                        cells[n] = c;
                        digits[n] = d;
                        n++;
                    }
                }
                return n;
            }
        }
    }

    best = -1;
    fewest = 10;
    for (c = 0; c < 81; c++) {
        if (grid[c] == 0 && ncand[c] < fewest) {
            best = c;
            fewest = ncand[c];
        }
    }
    n = 0;
    if (best >= 0) {
        for (d = 1; d <= 9; d++) {
            if (blocked[d][best] == 0) {
                cells[n] = best;
                digits[n] = d;
                n++;
            }
        }
    }
    return n;
}

/* Fill the board by guessing; returns 1 once it is solved. */
int search(int depth)
{
    char cells[9];
    char digits[9];
    int c, d, k, n, mark;

    n = alternatives(cells, digits);
    if (n == 0)
        return 1;
    for (k = 0; k < n; k++) {
        c = cells[k];
        d = digits[k];
        guesses++;
        indent(depth);
        printf("guess r%dc%d = %d (depth %d)\n",
               urow[c] + 1, ucol[c] - 8, d, depth);      /* ucol is 9 + column */
        mark = ntrail;
        assign(c, d);
        if (propagate()) {
            if (search(depth + 1))
                return 1;
        } else {
            contradictions++;
            indent(depth);
            printf("contradiction at depth %d, backtrack\n", depth);
        }
        undo(mark);
    }
    return 0;
}

/* ---- input and output -------------------------------------------------- */

/* Place the givens of puzzle s; 0 if s is malformed or the givens clash. */
int load(char *s)
{
    int c, d;
    for (c = 0; c < 81; c++) {
        if (s[c] == 0)
            return 0;
        if (s[c] >= '1' && s[c] <= '9') {
            d = s[c] - '0';
            if (blocked[d][c] != 0 || grid[c] != 0)
                return 0;
            assign(c, d);
        } else if (s[c] != '0' && s[c] != '.') {
            return 0;
        }
    }
    return s[81] == 0;
}

void print_grid(void)
{
    int r, c, cell;
    cell = 0;
    for (r = 0; r < 9; r++) {
        if (r == 3 || r == 6)
            printf("------+-------+------\n");
        for (c = 0; c < 9; c++) {
            if (c == 3 || c == 6)
                printf(" |");
            if (c > 0)
                putchar(' ');
            if (grid[cell] == 0)
                putchar('.');
            else
                putchar('0' + grid[cell]);
            cell++;
        }
        putchar('\n');
    }
}

int main(int argc, char **argv)
{
    char *puzzle = inkala;
    int c, givens;

    if (argc > 1)
        puzzle = argv[1];
    build_tables();
    init_board();
    if (argc > 2 || !load(puzzle)) {
        printf("usage: sudoku [puzzle]\n");
        printf("  puzzle: 81 characters row by row, 1-9 for givens, 0 or . for blanks,\n");
        printf("  with no digit repeated in a row, column or box\n");
        return 1;
    }
    givens = ntrail;

    printf("puzzle (%d givens):\n", givens);
    print_grid();
    if (!propagate()) {
        printf("no solution: propagation alone runs into a contradiction\n");
        return 2;
    }
    printf("propagation fills %d cells\n", forced);
    if (!search(1)) {
        printf("no solution\n");
        return 2;
    }

    printf("solution:\n");
    print_grid();
    for (c = 0; c < 81; c++)
        putchar('0' + grid[c]);
    putchar('\n');
    printf("%d guesses, %d contradictions, %d cells forced by propagation\n",
           guesses, contradictions, forced);
    return 0;
}

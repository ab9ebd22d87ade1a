/* A program in the transformer-VM convention: no includes, no main; the input
 * is the whole argument string.  Reads numbers with parse_int and prints with
 * printf, print_str and print_int. */

__attribute__((noinline)) static int gcd(int a, int b)
{
    while (b != 0) {
        int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static inline const char *skip_number(const char *p)
{
    if (*p == '-')
        p = p + 1;
    while (*p >= '0' && *p <= '9')
        p = p + 1;
    while (*p == ' ')
        p = p + 1;
    return p;
}

void compute(const char *input)
{
    const char *p = input;
    int values[16], n = 0, i;
    while (*p && n < 16) {
        values[n] = parse_int(p);
        n = n + 1;
        p = skip_number(p);
    }
    printf("input: \"%s\", %d numbers\n", input, n);
    int sum = 0, g = 0;
    for (i = 0; i < n; i++) {
        sum = sum + values[i];
        g = gcd(g, values[i] < 0 ? -values[i] : values[i]);
    }
    print_str("sum ");
    print_int(sum);
    print_str(", gcd ");
    print_int(g);
    print_str("\n");
}

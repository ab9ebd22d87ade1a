/* The random numbers of the property tests: xorshift64*, from the seed each
 * program defines as RANDOM_SEED.  Only long long, never long (32 bits on
 * tinyexec, 64 on the x86-64 host), so that gcc's build draws the same. */
typedef unsigned long long u64;

static u64 state = RANDOM_SEED;

static u64 next(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ULL;
}

union word64 { u64 bits; double value; };

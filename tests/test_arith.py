"""Native MUL, DIVU, REMU, DIVS, REMS, AND, OR, XOR, SHL, SHRU, SHRS (and ADD,
SUB), in their register and immediate forms: C's 32-bit results for random and
edge-case operands on the reference interpreter, the transformer token-identical
to it on a subset; compiled C for / % and shifts; division by zero faults."""
import random

import numpy as np
import pytest

from tinyexec import machine as m
from tinyexec.asm import assemble
from tinyexec.compiler import compile_source
from tinyexec.engine import Session
from tinyexec.reference import run_reference

MASK = 0xFFFFFFFF
EDGE = [0, 1, 2, 3, 7, 255, 256, 65535, 65536, 0xFFFFFF, 0x7FFFFFFF, 0x80000000, 0x80000001,
        0xFFFFFFFE, MASK, 1000000007]


def _signed(v):
    return v - (1 << 32) if v >= 1 << 31 else v


def _div_s(a, b):
    """C's truncating signed division (INT_MIN / -1 wraps to INT_MIN)."""
    a, b = _signed(a), _signed(b)
    q = abs(a) // abs(b)
    return (q if (a < 0) == (b < 0) else -q) & MASK


C_SEMANTICS = {"ADD": lambda a, b: a + b & MASK, "SUB": lambda a, b: a - b & MASK,
               "MUL": lambda a, b: a * b & MASK, "DIVU": lambda a, b: a // b,
               "REMU": lambda a, b: a % b, "AND": lambda a, b: a & b,
               "OR": lambda a, b: a | b, "XOR": lambda a, b: a ^ b,
               "DIVS": _div_s, "REMS": lambda a, b: (a - _div_s(a, b) * b) & MASK,
               # the count is taken mod 32, as WebAssembly does (C leaves >= 32 undefined)
               "SHL": lambda a, b: a << (b & 31) & MASK, "SHRU": lambda a, b: a >> (b & 31),
               "SHRS": lambda a, b: _signed(a) >> (b & 31) & MASK}
DIVISIONS = ("DIVU", "REMU", "DIVS", "REMS")
SHIFTS = ("SHL", "SHRU", "SHRS")
OPS = list(C_SEMANTICS)


def operand_pairs(n, seed, counts=False):
    """Edge cases crossed, then random operands of every size (small divisors are
    the hard ones); ``counts``: b is a shift count, 0..40 or any 32-bit value."""
    rng = random.Random(seed)
    edge_b = list(range(33)) + [63, 255, 256 + 3, MASK] if counts else EDGE
    pairs = [(a, b) for a in EDGE for b in edge_b]
    while len(pairs) < n:
        b = rng.randrange(41) if counts and rng.random() < 0.8 else \
            rng.getrandbits(rng.choice((1, 4, 8, 16, 24, 32)))
        pairs.append((rng.getrandbits(rng.choice((8, 16, 24, 32))), b))
    return pairs


def program(op, pairs):
    """Each pair: a and b into slots, then the op on the slots and on the immediate b."""
    lines = []
    for a, b in pairs:
        lines += [f"MOVI r1, {a}", f"MOVI r2, {b}", f"{op} r3, r1, r2", f"{op}I r4, r1, {b}"]
    return m.prompt(assemble("\n".join(lines + ["HALTI 0"])), [b"x"])


def results(trace):
    """The value each op step wrote: the last 4 B tokens before its commit (the steps
    are MOVI, MOVI, then the op twice, per pair)."""
    steps, body = [], []
    for t in trace:
        if t < m.P0:
            body.append(int(t) - m.B0)
        else:
            steps.append(body)
            body = []
    return [sum(v << (8 * k) for k, v in enumerate(s[-4:])) for i, s in enumerate(steps)
            if i % 4 >= 2]


@pytest.mark.parametrize("op", OPS)
def test_reference_matches_c_on_10000_pairs(op):
    pairs = [(a, b) for a, b in operand_pairs(10_000, 1, op in SHIFTS) if b or op not in DIVISIONS]
    trace = run_reference(program(op, pairs))
    assert m.exit_code(trace) == 0
    assert results(trace)[:2 * len(pairs)] == [C_SEMANTICS[op](a, b) for a, b in pairs
                                               for _ in range(2)]


@pytest.mark.parametrize("op", OPS)
def test_transformer_token_identical_on_400_pairs(weights, op):
    pairs = [(a, b) for a, b in operand_pairs(400, 2, op in SHIFTS) if b or op not in DIVISIONS]
    prompt = program(op, pairs)
    trace = run_reference(prompt)
    assert np.array_equal(Session(weights, prompt).advance(len(trace) + 10), trace)


@pytest.mark.parametrize("op", ["DIVU", "REMS"])
def test_division_by_zero_faults_on_the_transformer(weights, op):
    prompt = program(op, [(12, 4), (-7 & MASK, 0), (1, 1)])
    trace = run_reference(prompt)
    assert m.fault(trace) == m.FAULT_DIV_ZERO
    assert [m.token_name(t) for t in trace[-2:]] == [f"B{m.FAULT_DIV_ZERO}", "FAULT"]
    assert np.array_equal(Session(weights, prompt).advance(len(trace) + 10), trace)


def c_program(pairs):
    lit = lambda v: "(-2147483647 - 1)" if v == -2 ** 31 else str(v)   # as C spells INT_MIN
    table = ",\n".join(f"{{{lit(a)}, {lit(b)}}}" for a, b in pairs)
    return f"""#include <stdio.h>
int pairs[][2] = {{ {table} }};
int main(void) {{
    for (int i = 0; i < {len(pairs)}; i++) {{
        int a = pairs[i][0], b = pairs[i][1];
        printf("%d %d\\n", a / b, a % b);
    }}
    return 0;
}}
"""


def test_signed_division_truncates_toward_zero():
    signed = _signed
    pairs = [(signed(a), signed(b)) for a, b in operand_pairs(10_000, 3)
             if b and not (a == 0x80000000 and b == MASK)]      # INT_MIN / -1 overflows
    trace = run_reference(m.prompt(compile_source(c_program(pairs), "pairs.c")))
    expect = []
    for a, b in pairs:
        q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
        expect.append(f"{q} {a - q * b}\n")
    assert m.output_bytes(trace).decode() == "".join(expect)


def test_division_by_zero_in_c_faults_after_the_output_before_it():
    src = "#include <stdio.h>\nint main(int c, char **v) { int z = c - 1; printf(\"x\\n\");" \
          " return 5 / z; }\n"
    trace = run_reference(m.prompt(compile_source(src, "z.c")))
    assert m.output_bytes(trace) == b"x\n"
    assert m.fault(trace) == m.FAULT_DIV_ZERO


def test_shifts_match_c():
    """<< and >> by a variable count (SHL, SHRU, SHRS) and by constants (MUL, DIVU,
    SHRS) in compiled C; counts 0..31 (C leaves larger ones undefined)."""
    signed = _signed
    rng = random.Random(4)
    pairs = [(a, n) for a in EDGE for n in (0, 1, 7, 8, 15, 16, 24, 31)]
    pairs += [(rng.getrandbits(32), rng.randrange(32)) for _ in range(10_000 - len(pairs))]
    table = ",\n".join(f"{{{a}u, {n}}}" for a, n in pairs)
    src = f"""#include <stdio.h>
unsigned pairs[][2] = {{ {table} }};
int main(void) {{
    for (int i = 0; i < {len(pairs)}; i++) {{
        unsigned a = pairs[i][0];
        int n = pairs[i][1];
        printf("%u %u %d\\n", a << n, a >> n, (int)a >> n);
        if (i < 2000)
            printf("%u %u %d\\n", a << 3, a >> 7, (int)a >> 5);
    }}
    return 0;
}}
"""
    trace = run_reference(m.prompt(compile_source(src, "shifts.c")))
    expect = "".join(f"{a << n & MASK} {a >> n} {signed(a) >> n}\n"
                     + (f"{a << 3 & MASK} {a >> 7} {signed(a) >> 5}\n" if i < 2000 else "")
                     for i, (a, n) in enumerate(pairs))
    assert m.output_bytes(trace).decode() == expect

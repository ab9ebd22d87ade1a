"""Random, UB-free C programs on float and double, for differential testing of
tinyexec's floating point against gcc -O2 on x86-64 (SSE2, -ffp-contract=off).

    python tests/randfloat.py --seed 7                 print one program
    python tests/randfloat.py --seed 7 --size 3        a bigger one
    python tests/randfloat.py --ub-check 200           seeds 0..199 under gcc's sanitizers
    python tests/randfloat.py --campaign 1500 --seed 0 --jobs 2 --out /tmp/mism
                                                       run seeds on gcc and tinyexec, keep
                                                       the programs that differ
    python tests/randfloat.py --record-expected tests/random/float_corpus
                                                       gcc's output for the .c files there

Every program is deterministic in its seed (``random.Random(seed)``).  It
declares scalars, arrays and struct members of float, double and every integer
type (no ``long``: 64 bits on the host, 32 on tinyexec), and computes with
them: expression trees of ``+ - * /``, unary minus, casts, comparisons (NaN
too), ``?:`` between mixed types, the usual arithmetic conversions both ways,
compound assignment and ``++``/``--`` on floating and integer lvalues, calls
of functions with float and double parameters and results (struct ones, a
variadic one, one through a pointer), loops that accumulate (Kahan sums,
series, Horner, Newton, a float-stepped loop), and <math.h>'s exact functions
(sqrt, fabs, floor, ceil, trunc, round, fmod and their f forms).  It prints
each result with ``%.17g``/``%.9g`` and its bit pattern (``%016llx``/``%08x``
via a union), some with ``%f %e %g`` and random flags, width and precision,
and returns a checksum of all of them (0..255).  exp/log/sin/cos/pow, which
tinyexec computes within 1 ulp of glibc, are only printed, with ``%.10g``.

Undefined behaviour is kept out by construction:

* floating arithmetic has none (IEEE 754: inf and NaN are values);
* a floating value is converted to an integer type only under a guard that
  checks the range of that type, ``(x > -2147483649.0 && x < 2147483648.0 ?
  (int)(x) : 7)``, inline (the operand is then free of side effects) or in a
  helper function; an integer ``lv op= x`` with a floating ``x`` is done under
  ``if (guard(lv op x))``;
* integer arithmetic is done in unsigned types (modulo), a signed division is
  guarded against 0 and -1, and no signed integer is incremented unguarded;
* array indices are constants or loop counters whose range is known;
* two operands that are not sequenced against each other never write an object
  the other reads or writes, and functions that write globals or print are
  called only as whole statements.

Each feature can be switched off (``without``), so that a known bug is kept
out of the way of new ones.
"""
from __future__ import annotations

import math
import random
import struct as pystruct
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import randcommon  # noqa: E402

FEATURES = (
    "float", "double", "long_long", "narrow_ints", "bool",
    "arrays", "structs", "struct_arrays", "pointers", "globals",
    "compound_assign", "int_compound_float", "incdec", "assign_expr", "conditional",
    "comparisons", "logical", "classify", "casts", "conversions", "int_arith", "ll_division",
    "functions", "struct_functions", "variadic", "pointer_functions",
    "math_exact", "math_inexact", "printf_formats", "bits",
    "loops", "idioms", "switch", "specials", "hex_literals",
    "const_folding", "static_init_folding", "tie_int_literals", "nan_signs",
    "strtod", "math_ptr",
    # what the fixed bugs of tests/random/float_regressions/README.md needed
    "static_nan", "static_div_zero", "strtof", "sscanf_long_fields",
)
OFF_BY_DEFAULT = frozenset()

# -fno-tree-vectorize: gcc 12.2's SLP vectorizer can store a float variable into
# a double array without rounding it to float first (wrong code; see
# random/float_regressions/gcc_slp_float_store.c).
GCC_FLAGS = ["-std=c99", "-O2", "-w", "-ffp-contract=off", "-fno-builtin", "-fno-tree-vectorize"]


# ---------------------------------------------------------------- types

@dataclass(frozen=True)
class Ty:
    name: str
    kind: str          # "int" or "float"
    size: int          # bytes
    signed: bool
    rank: int

    @property
    def floating(self) -> bool:
        return self.kind == "float"

    @property
    def lo(self) -> int:
        return -(1 << (8 * self.size - 1)) if self.signed else 0

    @property
    def hi(self) -> int:
        if self is BOOL:
            return 1
        return (1 << (8 * self.size - 1)) - 1 if self.signed else (1 << 8 * self.size) - 1

    def wrap(self, v: int) -> int:
        """C's conversion of the integer v to this type (modulo for signed ones:
        implementation-defined, and gcc and tinyexec both wrap)."""
        if self is BOOL:
            return int(v != 0)
        v &= (1 << 8 * self.size) - 1
        return v - (1 << 8 * self.size) if self.signed and v > self.hi else v


BOOL = Ty("_Bool", "int", 1, False, 0)
CHAR = Ty("char", "int", 1, True, 1)
SCHAR = Ty("signed char", "int", 1, True, 1)
UCHAR = Ty("unsigned char", "int", 1, False, 1)
SHORT = Ty("short", "int", 2, True, 2)
USHORT = Ty("unsigned short", "int", 2, False, 2)
INT = Ty("int", "int", 4, True, 3)
UINT = Ty("unsigned", "int", 4, False, 3)
LL = Ty("long long", "int", 8, True, 4)
ULL = Ty("unsigned long long", "int", 8, False, 4)
FLOAT = Ty("float", "float", 4, True, 5)
DOUBLE = Ty("double", "float", 8, True, 6)
INTS = (BOOL, CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LL, ULL)
NARROW = (BOOL, CHAR, SCHAR, UCHAR, SHORT, USHORT)


def promote(t: Ty) -> Ty:
    return INT if t.kind == "int" and t.rank < 3 else t


def usual(a: Ty, b: Ty) -> Ty:
    """The usual arithmetic conversions (C99 6.3.1.8), for an ILP32 and an LP64
    target alike (no ``long``)."""
    if DOUBLE in (a, b):
        return DOUBLE
    if FLOAT in (a, b):
        return FLOAT
    a, b = promote(a), promote(b)
    if a == b:
        return a
    if ULL in (a, b):
        return ULL
    if LL in (a, b):
        return LL
    return UINT


# The open interval of values whose conversion to the type is defined (C99
# 6.3.1.4: the integral part must be representable), as C double constants.
RANGE = {
    CHAR: ("-129.0", "128.0"), SCHAR: ("-129.0", "128.0"), UCHAR: ("-1.0", "256.0"),
    SHORT: ("-32769.0", "32768.0"), USHORT: ("-1.0", "65536.0"),
    INT: ("-2147483649.0", "2147483648.0"), UINT: ("-1.0", "4294967296.0"),
    LL: (None, "9223372036854775808.0"), ULL: ("-1.0", "18446744073709551616.0"),
}
# a smaller bound for fabs(x) < K guards (unsigned: 0 <= x < K)
SAFE = {CHAR: 100, SCHAR: 120, UCHAR: 250, SHORT: 30000, USHORT: 60000, INT: 2e9,
        UINT: 4e9, LL: 9e18, ULL: 1.8e19}


def fits(x: float, t: Ty) -> bool:
    """Is the conversion of the value x to the integer type t defined?"""
    if t is BOOL:
        return True
    if not math.isfinite(x):
        return False
    return t.lo - 1 < x < t.hi + 1


def fmt_int(v: int, t: Ty) -> str:
    """A C integer constant of value v and type t (t is int, unsigned, long long
    or unsigned long long)."""
    if t is INT:
        return "(-2147483647 - 1)" if v == -2 ** 31 else (f"({v})" if v < 0 else str(v))
    if t is UINT:
        return f"{v}u"
    if t is LL:
        if v == -2 ** 63:
            return "(-9223372036854775807LL - 1)"
        return f"({v}LL)" if v < 0 else f"{v}LL"
    return f"{v}ULL"


def f32(x: float) -> float:
    """x rounded to binary32 (with overflow to infinity)."""
    if not math.isfinite(x):
        return x
    try:
        return pystruct.unpack("<f", pystruct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


CMP = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
       ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b}
ARITH = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}


def float_op(op: str, x: float, y: float) -> float:
    """IEEE 754 binary64 x op y (Python raises on a division by zero)."""
    if op == "/" and y == 0:
        if math.isnan(x) or x == 0:
            return math.nan
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return {"+": lambda: x + y, "-": lambda: x - y, "*": lambda: x * y, "/": lambda: x / y}[op]()


def cconvert(v, t: Ty):
    """The (approximate, for floating t) value of v converted to t."""
    if t.floating:
        v = float(v)
        return f32(v) if t is FLOAT else v
    if t is BOOL:
        return int(v != 0)
    return t.wrap(int(v))


# ---------------------------------------------------------------- expressions

@dataclass
class E:
    """An expression: its text (fully parenthesized unless a leaf), type, the
    objects it reads and writes, its estimated cost in VM instructions, and for
    a constant expression an approximation of its value."""
    text: str
    ty: Ty
    reads: frozenset = frozenset()
    writes: frozenset = frozenset()
    cost: int = 1
    const: bool = False
    value: object = None       # for constants: float or int (None: not known)

    @property
    def pure(self) -> bool:
        return not self.writes


def conflicts(a: E, b: E) -> bool:
    return bool(a.writes & (b.reads | b.writes) or b.writes & a.reads)


@dataclass(frozen=True)
class Ctx:
    """What a subexpression may do: read or write no object in ``avoid``, write
    none in ``nowrite``, and have side effects only if ``effects``."""
    avoid: frozenset = frozenset()
    nowrite: frozenset = frozenset()
    effects: bool = False

    def after(self, e: E) -> "Ctx":
        """The context of an operand unsequenced with ``e``."""
        return Ctx(self.avoid | e.writes, self.nowrite | e.reads, self.effects and e.pure)

    def pure(self) -> "Ctx":
        return Ctx(self.avoid, self.nowrite, False)


OP_COST = {(DOUBLE, "+"): 110, (DOUBLE, "-"): 110, (DOUBLE, "*"): 160, (DOUBLE, "/"): 240,
           (FLOAT, "+"): 85, (FLOAT, "-"): 85, (FLOAT, "*"): 90, (FLOAT, "/"): 110}
EXACT_MATH = {  # name: (arity, cost)
    "sqrt": (1, 280), "fabs": (1, 25), "floor": (1, 70), "ceil": (1, 70), "trunc": (1, 60),
    "round": (1, 60), "fmod": (2, 400),
}
INEXACT_MATH = {"exp": (1, 2600), "log": (1, 3300), "sin": (1, 5600), "cos": (1, 5600),
                "pow": (2, 9000), "atan": (1, 3000), "log10": (1, 3500), "tanh": (1, 4000),
                "cbrt": (1, 2500), "hypot": (2, 1500), "atan2": (2, 4000), "exp2": (1, 2500)}


# ---------------------------------------------------------------- program objects

@dataclass
class Field:
    name: str
    ty: Ty
    length: int = 0            # > 0: an array member


@dataclass
class Var:
    name: str
    ty: Ty | None              # scalar or element type; None for a struct
    token: str
    length: int = 0            # > 0: an array
    struct: bool = False
    readonly: bool = False     # a loop counter
    lo: int = 0                # a counter's range
    hi: int = 0


@dataclass
class Function:
    name: str
    ret: Ty | str              # a Ty, "void" or "struct"
    params: list               # [(name, Ty | "struct")]
    cost: int
    pure: bool


# Special values, as C source and approximate value.
SPECIAL_DOUBLES = [
    "0.0", "1.0", "0.5", "0.1", "0.2", "0.3", "2.5", "3.5", "1e16", "1e22", "1e23",
    "1e-300", "1e-310", "4.9406564584124654e-324", "2.2250738585072014e-308",
    "2.2250738585072009e-308", "1.7976931348623157e308", "9007199254740993.0",
    "9007199254740992.0", "4503599627370496.5", "4503599627370497.5", "16777217.0",
    "0.30000000000000004", "123456789.125", "6.02214076e23", "3.4028234663852886e38",
    "3.4028235677973366e38", "1.1754943508222875e-38", "1.401298464324817e-45",
    "7.006492321624085e-46", "0.49999999999999994", "1.0000000000000002", "0.9999999999999999",
    "2147483647.5", "2147483648.0", "-2147483648.5", "4294967295.5", "9.2233720368547758e18",
    "1.8446744073709552e19", "1e-5", "65504.0", "1e308", "0.7", "100.0", "1e15",
]
SPECIAL_FLOATS = [
    "0.0f", "1.0f", "0.5f", "0.1f", "2.5f", "1e-40f", "1e-45f", "3.4028235e38f", "1.17549435e-38f",
    "16777216.0f", "16777218.0f", "0.33333334f", "1e10f", "8388607.5f", "1.0000001f", "65504.0f",
]
HEX_LITERALS = [
    "0x1p-1074", "0x1.fffffffffffffp+1023", "0x1.8p1", "0x1.0000000000001p0", "0x1p-1022",
    "0x0.0000000000001p-1022", "0x1.000001p0", "0x1.fffffep127f", "0x1p-149f", "0x1.8p-1f",
    "0x3p-2", "0xAp0", "0x1.921fb54442d18p1", "0x1p63", "0x1p64", "0x1p31", "0x1p32", "0x1.5p+10f",
]


def decimal_digits(q, digits: int) -> str:
    """The positive Fraction q in scientific notation, truncated to ``digits``
    significant digits."""
    from fractions import Fraction
    if q == 0:
        return "0"
    e = len(str(q.numerator // q.denominator)) - 1 if q >= 1 else \
        -len(str(q.denominator // q.numerator)) + (0 if q.denominator % q.numerator else 1)
    while q >= Fraction(10) ** (e + 1):
        e += 1
    while q < Fraction(10) ** e:
        e -= 1
    n = int(q * Fraction(10) ** (digits - 1 - e))
    s = str(n)
    return f"{s[0]}.{s[1:]}e{e}"


def literal_value(text: str) -> float:
    t = text.rstrip("fF")
    return float.fromhex(t) if t.lower().startswith("0x") else float(t)


def tie_int(rng: random.Random, bits: int, mant: int) -> int:
    """An integer of ``bits`` bits whose rounding to ``mant`` significant bits is
    a near tie: 1 at the top, a half unit (maybe), a few low bits."""
    top = bits - 1
    v = 1 << top
    for _ in range(rng.randint(0, 3)):
        v |= 1 << rng.randint(max(0, top - mant + 1), top)
    half = top - mant
    if half >= 0 and rng.random() < 0.7:
        v |= 1 << half
    if half > 0 and rng.random() < 0.6:
        v |= rng.choice([1, 1 << rng.randint(0, half - 1), (1 << half) - 1])
    return v


# ---------------------------------------------------------------- the generator

class Generator(randcommon.Choices):
    def __init__(self, seed: int, size: float = 1.0, without=(), with_=()):
        self.rng = random.Random(seed)
        self.seed = seed
        self.size = size
        self.without = frozenset(without) | (OFF_BY_DEFAULT - frozenset(with_))
        unknown = self.without - set(FEATURES)
        assert not unknown, unknown
        self.names = 0
        self.prints = 0
        self.globals: list[Var] = []
        self.scopes: list[list[Var]] = []
        self.in_pure = False          # in a pure function: no globals, no prints
        self.functions: list[Function] = []
        self.helpers: dict[str, str] = {}      # name -> C text of helper functions
        self.helper_order: list[str] = []
        self.fields: list[Field] = []
        self.mult = 1                 # how often the statement runs per program run
        self.spent = 0
        self.budget = int(220_000 * size)
        self.loop_depth = 0
        self.counters: list[Var] = []
        self.float_types = [t for t, f in ((FLOAT, "float"), (DOUBLE, "double"))
                            if self.has(f)] or [DOUBLE]
        ints = [INT, UINT]
        if self.has("narrow_ints"):
            ints += [CHAR, SCHAR, UCHAR, SHORT, USHORT]
        if self.has("long_long"):
            ints += [LL, ULL, LL]
        if self.has("bool"):
            ints.append(BOOL)
        self.int_types = ints
        self.small = size < 0.3      # fewer globals and functions (for the transformer)

    # ------------------------------------------------------------ small helpers

    def has(self, feature: str) -> bool:
        assert feature in FEATURES, feature
        return feature not in self.without

    def fresh(self, prefix: str) -> str:
        self.names += 1
        return f"{prefix}{self.ns}{self.names}"

    ns = ""             # a namespace for the names, when programs are batched

    def ftype(self) -> Ty:
        return self.choice(self.float_types)

    def itype(self) -> Ty:
        return self.choice(self.int_types)

    def afford(self, cost: int) -> bool:
        return self.spent + cost * self.mult <= self.budget

    def spend(self, cost: int):
        self.spent += cost * self.mult

    # ------------------------------------------------------------ scopes

    def visible(self) -> list[Var]:
        out = [] if self.in_pure else list(self.globals)
        for scope in self.scopes:
            out += scope
        return out

    def declare(self, var: Var, is_global=False):
        (self.globals if is_global else self.scopes[-1]).append(var)

    def new_var(self, prefix: str, ty: Ty | None, **kw) -> Var:
        name = self.fresh(prefix)
        return Var(name, ty, token=name, **kw)

    # ------------------------------------------------------------ literals

    def float_literal(self, ty: Ty) -> E:
        r = self.rng.random()
        if r < 0.04 and self.has("specials"):
            text = self.choice(["NAN", "INFINITY", "(-INFINITY)", "(-NAN)", "(-0.0)", "(-0.0f)"])
            value = {"NAN": math.nan, "INFINITY": math.inf, "(-INFINITY)": -math.inf,
                     "(-NAN)": math.nan}.get(text, -0.0)
            return E(text, FLOAT if "N" in text or "f" in text else DOUBLE, const=True,
                     value=value)
        if r < 0.16 and self.has("specials"):
            text = self.choice(SPECIAL_FLOATS if ty is FLOAT else SPECIAL_DOUBLES)
        elif r < 0.22 and self.has("hex_literals"):
            text = self.choice(HEX_LITERALS)
        else:
            digits = self.rng.choice([1, 1, 2, 2, 3, 4, 6, 9, 12, 17, 20])
            mant = str(self.rng.randint(1, 10 ** digits - 1))
            q = self.rng.random()
            exp = (self.rng.randint(-4, 4) if q < 0.75 else self.rng.randint(-40, 40) if q < 0.95
                   else self.rng.randint(-330, 310))
            point = self.rng.randint(0, len(mant))
            body = (mant[:point] or "0") + "." + mant[point:]
            shift = exp - (len(mant) - point) + len(mant) - point   # keep the magnitude ~ mant*10^exp
            text = body + (f"e{shift}" if shift else "")
            if self.chance(0.2) and not shift:
                text = body.rstrip("0") if body.endswith(".") is False else body
                if text.endswith("."):
                    text += "0"
            if ty is FLOAT:
                text += "f"
            elif self.chance(0.05):
                text = text  # a double literal in a float context: converted
        fty = FLOAT if text.endswith(("f", "F")) else DOUBLE
        v = literal_value(text)
        if text.startswith("-"):
            text = f"({text})"
        return E(text, fty, const=True, value=f32(v) if fty is FLOAT else v)

    def int_literal(self, ty: Ty | None = None) -> E:
        """An integer constant: of type int, unsigned, long long or unsigned long long."""
        if ty is None or ty.rank < 3:
            ty = self.choice([INT, INT, INT, UINT] + ([LL, ULL] if self.has("long_long") else []))
        r = self.rng.random()
        bits = 8 * ty.size
        if r < 0.35:
            v = self.rng.randint(-20, 100)
        elif r < 0.55:
            v = self.choice([0, 1, 2, 3, 7, 10, 255, 256, 1000, 65535, 65536, 16777215, 16777216,
                             16777217, 16777219, 33554435, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 32 - 1,
                             2 ** 53 - 1, 2 ** 53 + 1, 2 ** 53 + 3, 2 ** 63 - 1, -2 ** 63,
                             2 ** 63 + 1, 2 ** 64 - 1, -1, -16777217])
        elif r < 0.8 and self.has("tie_int_literals"):
            v = tie_int(self.rng, self.rng.randint(max(20, bits - 12), bits), self.choice([24, 53]))
        else:
            v = self.rng.getrandbits(self.rng.randint(1, bits))
        v = ty.wrap(v)
        return E(fmt_int(v, ty), ty, const=True, value=v)

    # ------------------------------------------------------------ lvalues

    def index(self, n: int) -> str:
        """An index into an array of n elements: a constant or a loop counter known in range."""
        ok = [c for c in self.counters if 0 <= c.lo and c.hi < n]
        if ok and self.chance(0.7):
            c = self.choice(ok)
            if c.hi + 1 < n and self.chance(0.2):
                return f"{c.name} + 1"
            if self.chance(0.15):
                return f"{n - 1} - {c.name}" if c.lo >= 0 and c.hi <= n - 1 else c.name
            return c.name
        return str(self.rng.randrange(n))

    def lvalues(self, want, ctx: Ctx, writable=True) -> list:
        """Candidate (text, type, token) lvalues whose type satisfies ``want``
        ("f": floating, "i": integer, "n": any); writable ones only if ``writable``."""
        out = []
        banned = ctx.avoid | (ctx.nowrite if writable else frozenset())

        def ok(t: Ty):
            return want == "n" or (want == "f") == t.floating

        for v in self.visible():
            if v.token in banned or (writable and v.readonly):
                continue
            if v.struct:
                for f in self.fields:
                    if ok(f.ty):
                        out.append((v, f))
            elif ok(v.ty):
                out.append((v, None))
        return out

    def lvalue_text(self, v: Var, f: Field | None) -> tuple[str, Ty]:
        base = v.name
        if v.length:
            base = f"{v.name}[{self.index(v.length)}]"
        if f is None:
            return base, v.ty
        text = f"{base}.{f.name}"
        if f.length:
            text += f"[{self.index(f.length)}]"
        return text, f.ty

    def lvalue(self, want, ctx: Ctx, writable=True):
        cands = self.lvalues(want, ctx, writable)
        if not cands:
            return None
        weights = [3 if (f.ty if f else v.ty).floating else 1 for v, f in cands]
        v, f = self.rng.choices(cands, weights)[0]
        text, ty = self.lvalue_text(v, f)
        return text, ty, v.token

    # ------------------------------------------------------------ expressions

    def leaf(self, want, ctx: Ctx) -> E:
        if self.chance(0.7):
            lv = self.lvalue(want, ctx, writable=False)
            if lv is not None:
                text, ty, token = lv
                return E(text, ty, frozenset([token]), cost=3)
        if self.visible_counters() and want != "f" and self.chance(0.3):
            c = self.choice(self.visible_counters())
            return E(c.name, INT, cost=1)
        if want == "i" or (want == "n" and self.chance(0.3)):
            return self.int_literal()
        return self.float_literal(self.ftype())

    def visible_counters(self):
        return self.counters

    def expr(self, want: str, depth: int, ctx: Ctx) -> E:
        """An expression: want is "f" (floating), "i" (integer) or "n" (either)."""
        if want == "n":
            want = "f" if self.chance(0.75) else "i"
        if want == "i":
            return self.iexpr(depth, ctx)
        if depth <= 0:
            return self.leaf("f", ctx)
        kind = self.pick({
            "leaf": 3, "binary": 9, "neg": 1, "cast": 2 if self.has("casts") else 0,
            "cond": 1.5 if self.has("conditional") else 0,
            "math": 1.5 if self.has("math_exact") else 0,
            "call": 1.5 if self.pure_functions() else 0,
            "assign": 1 if ctx.effects and self.has("assign_expr") else 0,
            "incdec": 0.6 if ctx.effects and self.has("incdec") else 0,
            "comma": 0.3 if ctx.effects else 0,
            "const": 0.8 if self.has("const_folding") else 0,
        })
        return getattr(self, "f_" + kind)(depth, ctx)

    def f_leaf(self, depth, ctx):
        return self.leaf("f", ctx)

    def f_const(self, depth, ctx):
        return self.cexpr(self.rng.randint(1, 3), "f")

    def binary(self, op: str, a: E, b: E) -> E:
        t = usual(a.ty, b.ty)
        cost = a.cost + b.cost + OP_COST.get((t, op), 5)
        if t.floating:
            cost += (0 if a.ty == t else 40) + (0 if b.ty == t else 40)
        return E(f"({a.text} {op} {b.text})", t, a.reads | b.reads, a.writes | b.writes, cost)

    def f_binary(self, depth, ctx):
        op = self.choice("+-*/")
        a = self.expr("f", depth - 1, ctx)
        b = self.expr("n" if self.chance(0.7) else "f", depth - 1, ctx.after(a))
        if self.chance(0.5):
            a, b = b, a
        return self.binary(op, a, b)

    def f_neg(self, depth, ctx):
        a = self.expr("f", depth - 1, ctx)
        return E(f"(-{a.text})", a.ty, a.reads, a.writes, a.cost + 3)

    def f_cast(self, depth, ctx):
        a = self.expr("n", depth - 1, ctx)
        t = self.ftype()
        return E(f"(({t.name}){a.text})", t, a.reads, a.writes, a.cost + 40)

    def f_cond(self, depth, ctx):
        c = self.cond(depth - 1, ctx)
        inner = ctx.after(c) if not c.pure else ctx
        a = self.expr("f", depth - 1, inner)
        b = self.expr("n", depth - 1, inner)
        if self.chance(0.5):
            a, b = b, a
        t = usual(a.ty, b.ty)
        return E(f"({c.text} ? {a.text} : {b.text})", t, c.reads | a.reads | b.reads,
                 c.writes | a.writes | b.writes, c.cost + max(a.cost, b.cost) + 40)

    def f_math(self, depth, ctx):
        name = self.choice(list(EXACT_MATH))
        arity, cost = EXACT_MATH[name]
        t = self.ftype()
        args = []
        c = ctx
        for _ in range(arity):
            a = self.expr("f" if self.chance(0.85) else "n", depth - 1, c)
            c = c.after(a)
            args.append(a)
        fname = name + ("f" if t is FLOAT else "")
        return E(f"{fname}({', '.join(a.text for a in args)})", t,
                 frozenset().union(*[a.reads for a in args]),
                 frozenset().union(*[a.writes for a in args]), cost + sum(a.cost for a in args))

    def f_call(self, depth, ctx):
        fns = [f for f in self.pure_functions() if f.ret.floating]
        if not fns:
            return self.leaf("f", ctx)
        fn = self.choice(fns)
        return self.call(fn, depth, ctx)

    def f_assign(self, depth, ctx):
        lv = self.lvalue("f", ctx)
        if lv is None:
            return self.leaf("f", ctx)
        text, ty, token = lv
        rhs = self.expr("n", depth - 1, Ctx(ctx.avoid, ctx.nowrite | {token}, ctx.effects))
        op = self.choice(["="] * 3 + (["+=", "-=", "*=", "/="] if self.has("compound_assign") else []))
        cost = rhs.cost + (OP_COST.get((usual(ty, rhs.ty), op[0]), 0) if op != "=" else 0) + 40
        return E(f"({text} {op} {rhs.text})", ty, rhs.reads | {token}, rhs.writes | {token}, cost)

    def f_incdec(self, depth, ctx):
        lv = self.lvalue("f", ctx)
        if lv is None:
            return self.leaf("f", ctx)
        text, ty, token = lv
        op = self.choice(["++", "--"])
        form = f"({op}{text})" if self.chance(0.5) else f"({text}{op})"
        return E(form, ty, frozenset([token]), frozenset([token]), 110)

    def f_comma(self, depth, ctx):
        a = self.expr("n", depth - 1, ctx)
        b = self.expr("f", depth - 1, ctx)       # sequenced after a
        return E(f"({a.text}, {b.text})", b.ty, a.reads | b.reads, a.writes | b.writes,
                 a.cost + b.cost)

    # -- integer expressions

    def iexpr(self, depth: int, ctx: Ctx) -> E:
        if depth <= 0:
            return self.leaf("i", ctx)
        kind = self.pick({
            "leaf": 2, "compare": 3 if self.has("comparisons") else 0,
            "logical": 1 if self.has("logical") else 0,
            "classify": 0.7 if self.has("classify") else 0,
            "convert": 4 if self.has("conversions") else 0,
            "arith": 2 if self.has("int_arith") else 0,
            "icast": 1, "const": 0.5 if self.has("const_folding") else 0,
        })
        return getattr(self, "i_" + kind)(depth, ctx)

    def i_leaf(self, depth, ctx):
        return self.leaf("i", ctx)

    def i_const(self, depth, ctx):
        return self.cexpr(self.rng.randint(1, 3), "i")

    def i_compare(self, depth, ctx):
        a = self.expr("f", depth - 1, ctx)
        b = self.expr("n", depth - 1, ctx.after(a))
        if self.chance(0.5):
            a, b = b, a
        op = self.choice(["<", "<=", ">", ">=", "==", "!="])
        t = usual(a.ty, b.ty)
        return E(f"({a.text} {op} {b.text})", INT, a.reads | b.reads, a.writes | b.writes,
                 a.cost + b.cost + (25 if t.floating else 3))

    def i_logical(self, depth, ctx):
        a = self.expr("f", depth - 1, ctx)
        r = self.rng.random()
        if r < 0.4:
            return E(f"(!{a.text})", INT, a.reads, a.writes, a.cost + 5)
        b = self.expr("n", depth - 1, ctx.after(a) if not a.pure else ctx)
        op = "&&" if r < 0.7 else "||"
        return E(f"({a.text} {op} {b.text})", INT, a.reads | b.reads, a.writes | b.writes,
                 a.cost + b.cost + 10)

    def i_classify(self, depth, ctx):
        a = self.expr("f", depth - 1, ctx.pure())    # a macro may evaluate it more than once
        name = self.choice(["isnan", "isinf", "isfinite", "signbit", "isnormal", "fpclassify"])
        text = f"{name}({a.text})"
        if name == "signbit":         # not of a NaN (see cn); glibc gives the bit itself
            text = f"({a.text} == {a.text} && {text} != 0)"
        return E(text, INT, a.reads, a.writes, a.cost + 40)

    def i_convert(self, depth, ctx):
        t = self.choice([x for x in self.int_types])
        a = self.expr("f", depth - 1, ctx.pure())
        return self.guarded_convert(a, t)

    def guarded_convert(self, a: E, t: Ty) -> E:
        """``a`` (floating, pure) converted to the integer type t without UB."""
        if t is BOOL:
            return E(f"((_Bool){a.text})", BOOL, a.reads, a.writes, a.cost + 10)
        if a.const and fits(a.value * 1.01, t) and fits(a.value * 0.99, t) and self.chance(0.7):
            return E(f"(({t.name}){a.text})", t, a.reads, a.writes, a.cost + 30, True,
                     int(a.value))
        k = self.int_literal(promote(t) if t.rank >= 3 else INT)
        if (a.cost > 150 or self.chance(0.3)) and not self.in_static:
            name = self.cvt_helper(a.ty, t)
            return E(f"{name}({a.text})", t, a.reads, a.writes, a.cost + 80)
        guard = self.guard(a.text, t)
        rt = usual(t, k.ty)
        return E(f"({guard} ? ({t.name})({a.text}) : {k.text})", rt, a.reads, a.writes,
                 3 * a.cost + 80)

    def guard(self, x: str, t: Ty) -> str:
        if self.chance(0.35):
            k = SAFE[t] * self.choice([1, 0.5, 0.01])
            ks = repr(float(k))
            if t.signed:
                return f"(fabs({x}) < {ks})" if not self.in_static else f"({x} > -{ks} && {x} < {ks})"
            return f"({x} >= 0 && {x} < {ks})"
        lo, hi = RANGE[t]
        if lo is None:
            return f"({x} >= -{hi} && {x} < {hi})"
        return f"({x} > {lo} && {x} < {hi})"

    def cvt_helper(self, src: Ty, t: Ty) -> str:
        name = f"to_{t.name.replace(' ', '_')}_{src.name}{self.ns}"
        if name not in self.helpers:
            k = self.int_literal(promote(t) if t.rank >= 3 else INT)
            k = E(fmt_int(t.wrap(k.value), t if t.rank >= 3 else INT), t)   # in t's range
            self.in_static, saved = True, self.in_static
            g = self.guard("x", t)
            self.in_static = saved
            form = self.rng.random()
            if form < 0.3:
                body = f"    return {g} ? ({t.name})x : {k.text};"
            elif form < 0.6:
                body = f"    if {g}\n        return x;\n    return {k.text};"  # converted at return
            else:
                body = f"    {t.name} r = {k.text};\n    if ({g})\n        r = x;\n    return r;"
            self.helpers[name] = f"static {t.name} {name}({src.name} x)\n{{\n{body}\n}}\n"
            self.helper_order.append(name)
        return name

    in_static = False

    def i_arith(self, depth, ctx):
        a = self.iexpr(depth - 1, ctx)
        b = self.iexpr(depth - 1, ctx.after(a))
        r = self.rng.random()
        reads, writes = a.reads | b.reads, a.writes | b.writes
        if r < 0.15 and self.has("ll_division") and self.has("long_long") and a.pure and b.pure:
            t = self.choice([LL, INT, ULL, UINT])
            op = self.choice("/%")
            zero = "0" if not t.signed else "-1"
            x, y = f"(({t.name}){a.text})", f"(({t.name}){b.text})"
            guard = f"({y} == 0 || {y} == {zero})" if t.signed else f"({y} == 0)"
            return E(f"({guard} ? {x} : {x} {op} {y})", t, reads, writes,
                     2 * (a.cost + b.cost) + (1400 if t.size == 8 else 60))
        if r < 0.25:
            t = self.choice([UINT, ULL]) if self.has("long_long") else UINT
            n = self.rng.randrange(8 * t.size)
            op = self.choice(["<<", ">>"])
            return E(f"((({t.name}){a.text}) {op} {n})", t, a.reads, a.writes, a.cost + 10)
        t = self.choice([UINT, ULL]) if self.has("long_long") else UINT
        op = self.choice("+-*^&|")
        cost = a.cost + b.cost + (140 if op == "*" and t.size == 8 else 6)
        return E(f"(({t.name}){a.text} {op} ({t.name}){b.text})", t, reads, writes, cost)

    def i_icast(self, depth, ctx):
        a = self.iexpr(depth - 1, ctx)
        t = self.itype()
        return E(f"(({t.name}){a.text})", t, a.reads, a.writes, a.cost + 4)

    def cond(self, depth, ctx) -> E:
        """A condition: a comparison of floating values, their truth, classification..."""
        r = self.rng.random()
        if r < 0.6 or not self.has("logical"):
            return self.i_compare(max(depth, 1), ctx)
        if r < 0.8:
            return self.i_logical(max(depth, 1), ctx)
        if r < 0.9 and self.has("classify"):
            return self.i_classify(max(depth, 1), ctx)
        return self.expr("f", depth, ctx)             # a floating value as a condition

    # -- constant expressions (literals only: folded by both compilers)

    def cexpr(self, depth: int, want: str) -> E:
        """A constant expression and its value (approximate for floating ones:
        int to float conversions are rounded twice here).  No out-of-range
        conversion to an integer type; in a static initializer (``in_static``)
        no division by zero and no invalid operation (inf - inf, 0 * inf): gcc
        folds a NaN there as +nan, and at run time x86 makes -nan (see
        float_regressions/README.md)."""
        if want == "n":
            want = "f" if self.chance(0.7) else "i"
        if depth <= 0 or self.chance(0.3):
            return self.float_literal(self.ftype()) if want == "f" else self.int_literal()
        r = self.rng.random()
        if want == "i":
            if r < 0.35:
                a = self.cexpr(depth - 1, "f")
                t = self.itype()
                if fits(a.value * 1.01, t) and fits(a.value * 0.99, t):
                    return E(f"(({t.name}){a.text})", t, const=True, value=cconvert(a.value, t))
            if r < 0.6:
                a = self.cexpr(depth - 1, "f")
                b = self.cexpr(depth - 1, "n")
                op = self.choice(["<", "<=", ">", ">=", "==", "!="])
                v = int(CMP[op](float(a.value), float(b.value)))
                return E(f"({a.text} {op} {b.text})", INT, const=True, value=v)
            a, b = self.cexpr(depth - 1, "i"), self.cexpr(depth - 1, "i")
            t = self.choice([UINT, ULL]) if self.has("long_long") else UINT
            op = self.choice("+-*")
            v = t.wrap(ARITH[op](t.wrap(a.value), t.wrap(b.value)))
            return E(f"(({t.name}){a.text} {op} ({t.name}){b.text})", t, const=True, value=v)
        if r < 0.6:
            a, b = self.cexpr(depth - 1, "f"), self.cexpr(depth - 1, "n")
            if self.chance(0.5):
                a, b = b, a
            t = usual(a.ty, b.ty)
            x, y = cconvert(a.value, t), cconvert(b.value, t)
            ops = list("+-*/")
            self.rng.shuffle(ops)
            for op in ops:
                v = cconvert(float_op(op, x, y), t)
                if not self.in_static:
                    break
                if op == "/" and y == 0 and not self.has("static_div_zero"):
                    continue
                if math.isnan(v) and not (math.isnan(x) or math.isnan(y)) \
                        and not self.has("static_nan"):
                    continue
                break
            else:
                return a
            return E(f"({a.text} {op} {b.text})", t, const=True, value=v)
        if r < 0.75:
            a = self.cexpr(depth - 1, "n")
            t = self.ftype()
            return E(f"(({t.name}){a.text})", t, const=True, value=cconvert(a.value, t))
        if r < 0.85:
            a = self.cexpr(depth - 1, "f")
            return E(f"(-{a.text})", a.ty, const=True, value=-a.value)
        c = self.cexpr(depth - 1, "n")
        a, b = self.cexpr(depth - 1, "f"), self.cexpr(depth - 1, "n")
        t = usual(a.ty, b.ty)
        v = cconvert(a.value if c.value else b.value, t)
        return E(f"({c.text} ? {a.text} : {b.text})", t, const=True, value=v)

    # ------------------------------------------------------------ functions

    def pure_functions(self):
        return [f for f in self.functions if f.pure and isinstance(f.ret, Ty)
                and not (self.in_pure and f.name == self.current_fn)]

    current_fn = None

    def call(self, fn: Function, depth: int, ctx: Ctx) -> E:
        args, c = [], ctx
        variadic = fn.params and fn.params[-1][1] == "..."
        for pname, pty in ([] if variadic else fn.params):
            if pty == "struct":
                lv = self.struct_value(c)
                a = lv
            elif pty == "...":
                continue
            else:
                a = self.expr("f" if pty.floating else "i", max(0, depth - 1), c)
            c = c.after(a)
            args.append(a)
        if variadic:
            # the variadic one: n doubles (floats promote to double; ints are cast)
            n = self.rng.randint(1, 4)
            args.append(E(str(n), INT))
            for _ in range(n):
                a = self.expr("n", max(0, depth - 1), c)
                c = c.after(a)
                if not a.ty.floating:
                    a = E(f"((double){a.text})", DOUBLE, a.reads, a.writes, a.cost + 40)
                args.append(a)
        ret = fn.ret if isinstance(fn.ret, Ty) else DOUBLE
        return E(f"{fn.name}({', '.join(a.text for a in args)})", ret,
                 frozenset().union(*[a.reads for a in args]) if args else frozenset(),
                 frozenset().union(*[a.writes for a in args]) if args else frozenset(),
                 fn.cost + sum(a.cost for a in args) + 30)

    def struct_value(self, ctx: Ctx) -> E:
        cands = [v for v in self.visible() if v.struct and v.token not in ctx.avoid]
        if not cands:
            return E(f"gs0", DOUBLE)   # never: gs0 always exists when structs do
        v = self.choice(cands)
        text = f"{v.name}[{self.index(v.length)}]" if v.length else v.name
        return E(text, DOUBLE, frozenset([v.token]), cost=30)

    def function(self, kind: str) -> Function:
        """Generate a function of ``kind`` (pure, impure, struct, pointer, variadic)
        and return it (its text is appended to self.out_functions)."""
        name = self.fresh("fn")
        self.current_fn = name
        saved = (self.scopes, self.mult, self.spent, self.budget, self.counters, self.in_pure,
                 self.loop_depth)
        self.scopes, self.mult, self.spent, self.counters = [[]], 1, 0, []
        self.loop_depth = 0
        self.budget = int(4000 * self.size) + 2000
        self.in_pure = kind in ("pure", "struct")
        params = []
        lines = []
        if kind == "variadic":
            text = ("static double {n}(int n, ...)\n{{\n    va_list ap;\n    double s = {init};\n"
                    "    va_start(ap, n);\n    for (int i = 0; i < n; i++) {{\n"
                    "        double x = va_arg(ap, double);\n        s = s {op} x;\n    }}\n"
                    "    va_end(ap);\n    return s;\n}}\n").format(
                        n=name, init=self.choice(["0.0", "1.0", "-0.0", "0.5f"]),
                        op=self.choice(["+", "*", "-", "/"]))
            self.out_functions.append(text)
            fn = Function(name, DOUBLE, [("n", INT), ("", "...")], 400, True)
        elif kind == "pointer":
            t = self.ftype()
            kt = self.ftype()
            body = self.choice([
                "p[i] = p[i] * k + i;", "p[i] *= k;", "p[i] = p[i] / k - p[i];",
                "p[i] += k * (float)i;", "if (p[i] < k) p[i] = k; else p[i] -= k;",
                "k = k * 0.5f + p[i]; p[i] = k;"])
            text = (f"static void {name}({t.name} *p, int n, {kt.name} k)\n{{\n"
                    f"    for (int i = 0; i < n; i++) {{\n        {body}\n    }}\n}}\n")
            self.out_functions.append(text)
            fn = Function(name, "void", [("p", ("ptr", t)), ("n", INT), ("k", kt)], 400, False)
        else:
            ret = {"pure": self.choice(self.float_types * 3 + [self.itype()]),
                   "impure": "void", "struct": "struct"}[kind]
            for _ in range(self.rng.randint(1, 4)):
                pt = self.choice(self.float_types * 2 + [self.itype()])
                p = self.new_var("p", pt)
                params.append((p.name, pt))
                self.scopes[0].append(p)
            if kind == "struct":
                p = self.new_var("s", None, struct=True)
                params.insert(self.rng.randint(0, len(params)), (p.name, "struct"))
                self.scopes[0].append(p)
            for _ in range(self.rng.randint(1, 4)):
                lines += self.statement(2)
            if kind == "pure":
                e = self.expr("f" if ret.floating else "n", 3, Ctx())
                if not ret.floating and e.ty.floating:
                    e = self.guarded_convert(e, ret) if e.pure else e
                    if not e.pure:
                        e = self.expr("i", 2, Ctx())
                lines.append(f"return {e.text};")
                self.spend(e.cost)
            elif kind == "struct":
                lines.append(f"return {p.name};")
            decl_params = ", ".join(
                f"struct S{self.ns} {n}" if t == "struct" else f"{t.name} {n}" for n, t in params)
            rname = ret.name if isinstance(ret, Ty) else (f"struct S{self.ns}" if ret == "struct"
                                                          else ret)
            text = f"static {rname} {name}({decl_params or 'void'})\n{{\n" + \
                "\n".join("    " + l for l in self.flatten(lines)) + "\n}\n"
            self.out_functions.append(text)
            fn = Function(name, ret, params, self.spent, kind != "impure")
        (self.scopes, self.mult, self.spent, self.budget, self.counters, self.in_pure,
         self.loop_depth) = saved
        self.current_fn = None
        self.functions.append(fn)
        return fn

    def flatten(self, lines):
        out = []
        for l in lines:
            if isinstance(l, list):
                out += ["    " + x for x in self.flatten(l)]
            else:
                out.append(l)
        return out

    # ------------------------------------------------------------ statements

    def block(self, n: int, depth: int) -> list:
        self.scopes.append([])
        lines = []
        for _ in range(n):
            lines += self.statement(depth)
        self.scopes.pop()
        return lines

    def statement(self, depth: int) -> list:
        """Statements (a list of lines; a nested list is an indented block)."""
        loops_ok = depth > 0 and self.mult < 40 and self.has("loops")
        kind = self.pick({
            "assign_f": 6, "compound_f": 4 if self.has("compound_assign") else 0,
            "incdec": 1 if self.has("incdec") else 0,
            "assign_i": 2, "int_compound": 1.5 if self.has("int_compound_float") else 0,
            "decl": 3, "if": 2 if depth > 0 else 0, "for": 2 if loops_ok else 0,
            "while": 0.7 if loops_ok else 0,
            "idiom": 1.5 if loops_ok and self.has("idioms") else 0,
            "print": 0 if self.in_pure else 4,
            "printfmt": 0 if self.in_pure or not self.has("printf_formats") else 2,
            "printmath": 0 if self.in_pure or not self.has("math_inexact") else 0.6,
            "call": 0 if self.in_pure else 1.5,
            "struct": 0.8 if self.has("structs") and self.fields else 0,
            "switch": 0.5 if depth > 0 and self.has("switch") else 0,
            "nansign": 0.4 if not self.in_pure and self.has("nan_signs") else 0,
            "strtod": 0.6 if not self.in_pure and self.has("strtod") else 0,
            "mathptr": 0.6 if not self.in_pure and self.has("math_ptr") else 0,
        })
        lines = getattr(self, "s_" + kind)(depth)
        return lines

    def s_assign_f(self, depth):
        lv = self.lvalue("f", Ctx())
        if lv is None:
            return self.s_decl(depth)
        text, ty, token = lv
        e = self.expr("n", self.rng.randint(1, 4), Ctx(nowrite=frozenset([token]),
                                                     effects=self.chance(0.3)))
        self.spend(e.cost + 10)
        return [f"{text} = {e.text};"]

    def s_compound_f(self, depth):
        lv = self.lvalue("f", Ctx())
        if lv is None:
            return self.s_decl(depth)
        text, ty, token = lv
        e = self.expr("n", self.rng.randint(0, 3), Ctx(nowrite=frozenset([token]),
                                                     effects=self.chance(0.2)))
        op = self.choice("+-*/")
        self.spend(e.cost + OP_COST.get((usual(ty, e.ty), op), 50) + 50)
        return [f"{text} {op}= {e.text};"]

    def s_incdec(self, depth):
        lv = self.lvalue("f", Ctx())
        if lv is None:
            return []
        text, ty, token = lv
        self.spend(110)
        return [self.choice([f"{text}++;", f"{text}--;", f"++{text};", f"--{text};"])]

    def s_assign_i(self, depth):
        lv = self.lvalue("i", Ctx())
        if lv is None:
            return self.s_decl(depth)
        text, ty, token = lv
        if self.chance(0.4) and self.has("conversions"):
            # an implicit conversion from floating, guarded
            e = self.expr("f", self.rng.randint(0, 3), Ctx(nowrite=frozenset([token])))
            self.spend(3 * e.cost + 60)
            if ty is BOOL:
                return [f"{text} = {e.text};"]
            return [f"if {self.guard(e.text, ty)}", [f"{text} = {e.text};"]]
        e = self.iexpr(self.rng.randint(1, 3), Ctx(nowrite=frozenset([token])))
        self.spend(e.cost + 5)
        return [f"{text} = {e.text};"]

    def s_int_compound(self, depth):
        lv = self.lvalue("i", Ctx())
        if lv is None or lv[1] is BOOL:
            return self.s_assign_f(depth)
        text, ty, token = lv
        e = self.expr("f", self.rng.randint(0, 2), Ctx(nowrite=frozenset([token])))
        op = self.choice("+-*/")
        self.spend(3 * e.cost + 300)
        guard = self.guard(f"({text} {op} {e.text})", ty)
        return [f"if {guard}", [f"{text} {op}= {e.text};"]]

    def s_decl(self, depth):
        t = self.choice(self.float_types * 3 + [self.itype()])
        if self.has("arrays") and self.chance(0.15):
            n = self.rng.randint(2, 6)
            v = self.new_var("la", t, length=n)
            inits = []
            for _ in range(n if self.chance(0.7) else self.rng.randint(1, n)):
                inits.append(self.init_value(t, local=True))
            self.declare(v)
            return [f"{t.name} {v.name}[{n}] = {{{', '.join(inits)}}};"]
        v = self.new_var("v", t)
        init = self.init_value(t, local=True)
        self.declare(v)
        return [f"{t.name} {v.name} = {init};"]

    def init_value(self, t: Ty, local: bool) -> str:
        """An initializer of type t: at run time (local) or constant (static)."""
        if not local or self.chance(0.3):
            if t.floating:
                e = self.cexpr(self.rng.randint(0, 2) if self.has("static_init_folding") or local
                               else 0, "n")
            else:
                e = self.cexpr(self.rng.randint(0, 2), "i")
                if e.ty.floating:
                    e = self.int_literal(t if t.rank >= 3 else INT)
            return e.text
        if t.floating:
            e = self.expr("n", self.rng.randint(0, 3), Ctx())
            self.spend(e.cost)
            return e.text
        if t is BOOL:
            return self.expr("n", 1, Ctx()).text
        e = self.iexpr(self.rng.randint(0, 2), Ctx())
        self.spend(e.cost)
        return e.text

    def s_if(self, depth):
        c = self.cond(self.rng.randint(1, 2), Ctx(effects=self.chance(0.2)))
        self.spend(c.cost)
        then = self.block(self.rng.randint(1, 3), depth - 1)
        lines = [f"if ({c.text}) {{", then, "}"]
        if self.chance(0.5):
            lines[-1] = "} else {"
            lines += [self.block(self.rng.randint(1, 2), depth - 1), "}"]
        return lines

    def loop_bound(self):
        n = self.rng.randint(2, 8)
        arrays = [v.length for v in self.visible() if v.length and not v.struct] + \
            [f.length for f in self.fields if f.length]
        if arrays and self.chance(0.6):
            n = self.choice(arrays)
        return n

    def with_counter(self, name, lo, hi, n_iter, body_fn):
        c = Var(name, INT, token=name, readonly=True, lo=lo, hi=hi)
        self.counters.append(c)
        self.mult *= n_iter
        self.loop_depth += 1
        try:
            return body_fn()
        finally:
            self.loop_depth -= 1
            self.mult //= n_iter
            self.counters.pop()

    def s_for(self, depth):
        n = self.loop_bound()
        if not self.afford(300 * n):
            return self.s_assign_f(depth)
        k = self.fresh("k")
        body = self.with_counter(k, 0, n - 1, n,
                                 lambda: self.block(self.rng.randint(1, 3), depth - 1))
        return [f"for (int {k} = 0; {k} < {n}; {k}++) {{", body, "}"]

    def s_while(self, depth):
        n = self.loop_bound()
        if not self.afford(500 * n):
            return self.s_assign_f(depth)
        k = self.fresh("w")
        c = self.cond(1, Ctx())
        self.spend(c.cost * n)
        body = self.with_counter(k, 0, n - 1, n,
                                 lambda: self.block(self.rng.randint(1, 3), depth - 1))
        return [f"{{ int {k} = 0;", [f"while ({k} < {n} && {c.text}) {{", body + [f"{k}++;"], "}"],
                "}"]

    def s_switch(self, depth):
        e = self.expr("f", self.rng.randint(0, 2), Ctx())
        conv = self.guarded_convert(e, self.choice([INT, SHORT, CHAR, LL]))
        self.spend(conv.cost + 30)
        m = self.rng.randint(2, 5)
        lines = [f"switch ((int)({conv.text} % {m})) {{"]
        for case in sorted(self.rng.sample(range(-m + 1, m), min(3, 2 * m - 1))):
            lines.append(f"case {case}:")
            lines.append(self.block(1, depth - 1) + (["break;"] if self.chance(0.8) else []))
        lines += ["default:", self.block(1, depth - 1), "}"]
        return lines

    # -- strtod, atof, strtof, sscanf: decimal strings, near-halfway ones too

    def decimal_string(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            # near the midpoint between two neighbouring doubles (or floats)
            from fractions import Fraction
            single = self.chance(0.3)
            x = abs(literal_value(self.float_literal(FLOAT if single else DOUBLE).text.strip("()")))
            if not math.isfinite(x):
                x = 1.0
            if single:
                x = f32(x) if math.isfinite(f32(x)) else 1.0
                bits = pystruct.unpack("<I", pystruct.pack("<f", x))[0]
                nxt = pystruct.unpack("<f", pystruct.pack("<I", bits + 1))[0]
            else:
                nxt = math.nextafter(x, math.inf)
            if not math.isfinite(nxt):
                nxt = x
            mid = (Fraction(x) + Fraction(nxt)) / 2
            digits = self.rng.randint(17, 60)
            text = decimal_digits(mid, digits)
            if self.chance(0.4):
                text = text.replace("e", "1e") if "e" in text else text + "1"
            return ("-" if self.chance(0.2) else "") + text
        if r < 0.5:
            return self.choice(["inf", "-INF", "nan", "-nan", "infinity", "0x1.8p3", "0X.1P-2",
                                "  12.5abc", "1e", "-0", "+.5e+1x", "1e-400", "1e400",
                                "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
                                "1.7976931348623158e308", "1.7976931348623159e308", ".",
                                "0x1p-1075", "0x1.00000000000008p0", "123456789012345678901234567890",
                                "nan(123)", "-nan(0x7b)", "NAN(abc_9)", "nan()", "nan(",
                                "0x", "0x.p1", "infinit", "1e+", "00000000000000000000001e-5"])
        mant = "".join(self.choice("0123456789") for _ in range(self.rng.randint(1, 30)))
        point = self.rng.randint(0, len(mant))
        text = mant[:point] + "." + mant[point:] if self.chance(0.7) else mant
        if self.chance(0.6):
            text += f"e{self.rng.randint(-340, 320)}"
        return ("-" if self.chance(0.3) else "") + text

    def s_strtod(self, depth):
        s = self.decimal_string()
        p = self.fresh("s")
        i = self.tag()
        kind = self.choice(["strtod", "strtod", "strtof", "atof", "sscanf", "roundtrip"])
        if kind == "strtof" and not self.has("strtof"):      # rounds twice: see
            kind = "strtod"                                  # float_regressions/README.md
        if kind == "sscanf" and len(s) > 63 and not self.has("sscanf_long_fields"):
            kind = "atof"                                    # cut at 63 characters: ditto
        self.spend(15000)
        if kind == "sscanf":
            if self.has("strtof") and self.chance(0.3):
                return ["{", [f"float {p} = -1.0f;", f'int {p}n = sscanf("{s}", "%f", &{p});',
                              f"pq({i}, {p}n);", f"pf({self.tag()}, {p});"], "}"]
            return ["{", [f"double {p} = -1.0;", f'int {p}n = sscanf("{s}", "%lf", &{p});',
                          f"pq({i}, {p}n);", f"pd({self.tag()}, {p});"], "}"]
        if kind == "roundtrip":
            e = self.expr("f", self.rng.randint(0, 2), Ctx())
            fmt = "%.17g" if e.ty is DOUBLE else "%.9g"
            t = e.ty.name
            conv = "strtod" if e.ty is DOUBLE else "strtof"
            cn = "cn" if e.ty is DOUBLE else "cnf"
            return ["{", [f"char {p}b[64];", f"{t} {p}x = {cn}({e.text}), {p}y;",
                          f'sprintf({p}b, "{fmt}", {p}x);',
                          f"{p}y = {conv}({p}b, 0);",
                          f'printf("r{i} %s %d\\n", {p}b, {p}x == {p}y || {p}x != {p}x);'], "}"]
        if kind == "atof":
            return [f'pd({i}, atof("{s}"));']
        t = "float" if kind == "strtof" else "double"
        pr = "pf" if kind == "strtof" else "pd"
        return ["{", [f'const char *{p} = "{s}";', "char *end;",
                      f"{t} {p}v = {kind}({p}, &end);",
                      f"{pr}({i}, {p}v);", f"pq({self.tag()}, (int)(end - {p}));"], "}"]

    # -- frexp, ldexp, modf

    def s_mathptr(self, depth):
        t = self.ftype()
        sfx = "f" if t is FLOAT else ""
        e = self.expr("f", self.rng.randint(0, 2), Ctx())
        p = self.fresh("x")
        self.spend(e.cost + 8000)
        kind = self.choice(["frexp", "ldexp", "modf"])
        pr = self.print_value
        if kind == "frexp":
            return ["{", [f"int {p}e = 0;", f"{t.name} {p}m = frexp{sfx}({e.text}, &{p}e);",
                          *pr(E(f"{p}m", t)), f"if (isfinite({p}m))", [*pr(E(f"{p}e", INT))]], "}"]
        if kind == "ldexp":
            n = self.choice([self.rng.randint(-5, 5), self.rng.randint(-1100, 1100),
                             self.rng.randint(-160, 160)])
            return pr(E(f"ldexp{sfx}({e.text}, {n})", t))
        return ["{", [f"{t.name} {p}i;", f"{t.name} {p}f = modf{sfx}({e.text}, &{p}i);",
                      *pr(E(f"{p}f", t)), *pr(E(f"{p}i", t))], "}"]

    # -- the sign of NaNs: one operation at a time, on volatiles, so gcc cannot
    #    rewrite them (it keeps no NaN's sign: see cn)

    NAN_SOURCES_D = ["z / z", "i - i", "z * i", "i / i", "i * z", "sqrt(m)", "fmod(i, o)",
                     "fmod(o, z)", "NAN", "-NAN", "(-i) + i", "i * m + i", "m * i * z"]
    NAN_SOURCES_F = ["zf / zf", "sqrtf(mf)", "fmodf(if_, of)", "if_ - if_", "zf * if_", "NAN"]
    NAN_OPS_D = ["-{t}", "fabs({t})", "{t} + o", "o + {t}", "{t} - o", "o - {t}", "{t} * m",
                 "m * {t}", "{t} / o", "o / {t}", "{t} + z", "sqrt({t})", "floor({t})",
                 "ceil({t})", "trunc({t})", "round({t})", "fmod({t}, o)", "fmod(o, {t})",
                 "(float){t}", "{t} - i", "i + {t}", "{t} * z", "z / {t}"]
    NAN_OPS_F = ["-{t}", "fabsf({t})", "{t} + of", "of - {t}", "{t} * mf", "{t} / of",
                 "floorf({t})", "truncf({t})", "sqrtf({t})", "fmodf({t}, of)", "roundf({t})",
                 "ceilf({t})"]

    def s_nansign(self, depth):
        p = self.fresh("n")
        lines = ["volatile double z = 0.0, o = 1.5, m = -2.0, i = INFINITY;",
                 "volatile float zf = 0.0f, of = 1.5f, mf = -2.0f, if_ = INFINITY;"]
        ty = self.choice(self.float_types)
        src = self.choice(self.NAN_SOURCES_F if ty is FLOAT else self.NAN_SOURCES_D)
        lines.append(f"volatile {ty.name} {p}0 = {src};")
        cur = f"{p}0"
        for j in range(1, self.rng.randint(1, 4)):
            if self.chance(0.15):
                ty = DOUBLE if ty is FLOAT else FLOAT
                op = "{t}"                    # a conversion, by the assignment
            else:
                op = self.choice(self.NAN_OPS_F if ty is FLOAT else self.NAN_OPS_D)
            nxt = f"{p}{j}"
            if op == "(float){t}":
                lines.append(f"volatile float {nxt} = {op.format(t=cur)};")
                ty = FLOAT
            else:
                lines.append(f"volatile {ty.name} {nxt} = {op.format(t=cur)};")
            cur = nxt
        lines.append(f"pn({self.tag()}, {cur});")
        if self.chance(0.5):
            flags = "".join(f for f in "-+ #0" if self.chance(0.3))
            width = str(self.rng.randint(1, 12)) if self.chance(0.5) else ""
            prec = f".{self.rng.randint(0, 5)}" if self.chance(0.5) else ""
            conv = self.choice("feEgGF")
            lines.append(f'printf("N{self.tag()} [%{flags}{width}{prec}{conv}]\\n", {cur});')
        self.spend(8000)
        return ["{", lines, "}"]

    # -- idioms: loops that accumulate

    def float_array(self):
        cands = [v for v in self.visible() if v.length and not v.struct and v.ty.floating]
        return self.choice(cands) if cands else None

    def s_idiom(self, depth):
        kind = self.choice(["kahan", "series", "horner", "newton", "minmax", "fstep", "ptrwalk",
                            "mixed_sum", "hash"])
        arr = self.float_array()
        if arr is None and kind in ("kahan", "horner", "minmax", "ptrwalk", "hash"):
            kind = self.choice(["series", "newton", "fstep", "mixed_sum"])
        t, t2 = self.ftype(), self.ftype()
        p = self.fresh("r")
        x = self.expr("n", self.rng.randint(0, 2), Ctx())
        n = arr.length if arr is not None else self.rng.randint(3, 12)
        if not self.afford(x.cost + n * 800 + 6000):
            return self.s_assign_f(depth)
        self.spend(x.cost + n * 800)
        k = self.fresh("k")
        pr = self.print_value
        if kind == "kahan":
            body = [f"{t.name} y = {arr.name}[{k}] * {p}x - {p}c;", f"{t.name} t = {p}s + y;",
                    f"{p}c = (t - {p}s) - y;", f"{p}s = t;"]
            return ["{", [f"{t.name} {p}s = 0, {p}c = 0, {p}x = {x.text};",
                          f"for (int {k} = 0; {k} < {n}; {k}++) {{", body, "}",
                          *pr(E(f"{p}s", t)), *pr(E(f"{p}c", t))], "}"]
        if kind == "series":
            return ["{", [f"{t.name} {p}t = 1, {p}s = 1, {p}x = {x.text};",
                          f"for (int {k} = 1; {k} < {n}; {k}++) {{",
                          [f"{p}t *= {p}x / {k};" if self.chance(0.6) else
                           f"{p}t = {p}t * {p}x / ({t2.name}){k};", f"{p}s += {p}t;"], "}",
                          *pr(E(f"{p}s", t))], "}"]
        if kind == "horner":
            return ["{", [f"{t.name} {p}p = 0, {p}x = {x.text};",
                          f"for (int {k} = 0; {k} < {n}; {k}++)",
                          [f"{p}p = {p}p * {p}x + {arr.name}[{k}];"],
                          *pr(E(f"{p}p", t))], "}"]
        if kind == "newton":
            return ["{", [f"{t.name} {p}a = {x.text}, {p}r;",
                          f"{p}a = {p}a < 0 ? -{p}a : {p}a;",
                          f"{p}r = {p}a > 1 ? {p}a : 1;",
                          f"for (int {k} = 0; {k} < {min(n, 8)}; {k}++)",
                          [f"{p}r = 0.5{'f' if t is FLOAT else ''} * ({p}r + {p}a / {p}r);"],
                          *pr(E(f"{p}r", t))], "}"]
        if kind == "minmax":
            cmp = self.choice(["<", ">", "<=", ">="])
            form = self.choice([f"if ({arr.name}[{k}] {cmp} {p}m) {p}m = {arr.name}[{k}];",
                                f"{p}m = {arr.name}[{k}] {cmp} {p}m ? {arr.name}[{k}] : {p}m;",
                                f"{p}m = !({p}m {cmp} {arr.name}[{k}]) ? {arr.name}[{k}] : {p}m;"])
            return ["{", [f"{arr.ty.name} {p}m = {arr.name}[0];",
                          f"for (int {k} = 1; {k} < {n}; {k}++)", [form],
                          *pr(E(f"{p}m", arr.ty))], "}"]
        if kind == "fstep":
            a = self.float_literal(t)
            s = self.choice(["0.1", "0.25", "0.3", "1e-3", "0.7", "1.0", "0.01"]) + \
                ("f" if t is FLOAT else "")
            lim = self.choice(["1.0", "2.5", "0.5", "10.0"])
            cnt = self.fresh("c")
            return ["{", [f"int {cnt} = 0;", f"{t2.name} {p}s = 0;",
                          f"for ({t.name} {p}x = {a.text}; {cnt} < {n} && {p}x < {lim}; {p}x += {s}) {{",
                          [f"{p}s += {p}x;", f"{cnt}++;"], "}",
                          *pr(E(f"{p}s", t2)), *pr(E(cnt, INT))], "}"]
        if kind == "ptrwalk":
            return ["{", [f"{t.name} {p}s = {x.text};",
                          f"for ({arr.ty.name} *q = {arr.name}; q < {arr.name} + {n}; q++)",
                          [f"{p}s = {p}s * 0.5{'f' if t is FLOAT else ''} + *q;"],
                          *pr(E(f"{p}s", t))], "}"]
        if kind == "hash":
            return ["{", [f"unsigned {p}h = 0;",
                          f"for (int {k} = 0; {k} < {n}; {k}++)",
                          [f"{p}h = {p}h * 31u + ({arr.name}[{k}] >= 0 && {arr.name}[{k}] < 4e9 ? "
                           f"(unsigned){arr.name}[{k}] : 7u);"],
                          *pr(E(f"{p}h", UINT))], "}"]
        # mixed_sum: the same sum in float and in double
        step = self.float_literal(FLOAT)
        return ["{", [f"float {p}f = 0; double {p}d = 0; {t.name} {p}x = {x.text};",
                      f"for (int {k} = 0; {k} < {n}; {k}++) {{",
                      [f"{p}f += {step.text} + {p}x;", f"{p}d += {step.text} + {p}x;"], "}",
                      *pr(E(f"{p}f", FLOAT)), *pr(E(f"{p}d", DOUBLE)),
                      *pr(E(f"({p}d - {p}f)", DOUBLE))], "}"]

    # -- output

    def tag(self) -> int:
        self.prints += 1
        return self.prints

    def print_value(self, e: E) -> list:
        """Print a value (pure expression) with its exact formats; mix it into ck."""
        i = self.tag()
        self.spend(e.cost)
        if e.ty is DOUBLE or (e.ty is FLOAT and self.chance(0.3)):
            self.spend(3000)
            return [f"pd({i}, {e.text});"]
        if e.ty is FLOAT:
            self.spend(1200)
            return [f"pf({i}, {e.text});"]
        self.spend(900)
        if e.ty.signed:
            return [f"pq({i}, {e.text});"]
        return [f"pu({i}, {e.text});"]

    def s_print(self, depth):
        e = self.expr("n", self.rng.randint(0, 4), Ctx())
        return self.print_value(e)

    def s_printfmt(self, depth):
        n = 1 if self.chance(0.8) else 2
        specs, args = [], []
        c = Ctx()
        cost = 0
        for _ in range(n):
            e = self.expr("f", self.rng.randint(0, 3), c)
            c = c.after(e)
            flags = "".join(f for f in "-+ #0" if self.chance(0.2))
            width = "" if self.chance(0.5) else str(self.rng.randint(1, 30))
            star = self.chance(0.1)
            r = self.rng.random()
            prec = "" if r < 0.3 else "." if r < 0.35 else \
                f".{self.rng.randint(0, 20)}" if r < 0.95 else f".{self.rng.randint(21, 60)}"
            conv = self.choice("feEgGF")
            if star:
                w = self.rng.randint(-20, 25)
                p = self.rng.randint(-2, 20)
                specs.append(f"%{flags}*.*{conv}")
                args += [str(w), str(p)]
            else:
                specs.append(f"%{flags}{width}{prec}{conv}")
            args.append(f"{'cnf' if e.ty is FLOAT else 'cn'}({e.text})")
            cost += e.cost + 2500 + 60 * int(prec[1:] or 6 if prec.startswith(".") else 6)
        self.spend(cost)
        return [f'printf("f{self.tag()} [{"|".join(specs)}]\\n", {", ".join(args)});']

    def s_printmath(self, depth):
        name = self.choice(list(INEXACT_MATH))
        arity, cost = INEXACT_MATH[name]
        t = self.ftype()
        args, c = [], Ctx()
        for _ in range(arity):
            a = self.expr("f", self.rng.randint(0, 2), c)
            c = c.after(a)
            args.append(a.text)
            cost += a.cost
        self.spend(cost + 1500)
        fname = name + ("f" if t is FLOAT else "")
        fmt = "%.10g" if t is DOUBLE else "%.6g"
        return [f'printf("m{self.tag()} {fmt}\\n", cn({fname}({", ".join(args)})));']

    def s_call(self, depth):
        cands = [f for f in self.functions if f.ret == "void" and f.name != self.current_fn]
        if cands and self.chance(0.7):
            fn = self.choice(cands)
            if fn.params and fn.params[0][1] != INT and isinstance(fn.params[0][1], tuple):
                et = fn.params[0][1][1]
                arrs = [v for v in self.visible() if v.length and not v.struct and v.ty is et]
                if not arrs:
                    return self.s_print(depth)
                a = self.choice(arrs)
                off = self.rng.randrange(a.length)
                k = self.expr("f", 1, Ctx(avoid=frozenset([a.token])))
                self.spend(fn.cost * (a.length - off) // 2 + k.cost)
                return [f"{fn.name}({a.name} + {off}, {a.length - off}, {k.text});"]
            e = self.call(fn, 2, Ctx())
            if not self.afford(e.cost):
                return self.s_print(depth)
            self.spend(e.cost)
            return [f"{e.text};"]
        fns = self.pure_functions()
        if not fns:
            return self.s_print(depth)
        e = self.call(self.choice(fns), 2, Ctx())
        return self.print_value(e)

    def s_struct(self, depth):
        structs = [v for v in self.visible() if v.struct]
        if not structs:
            return self.s_assign_f(depth)
        dst = self.choice(structs)
        dtext = f"{dst.name}[{self.index(dst.length)}]" if dst.length else dst.name
        sfns = [f for f in self.functions if f.ret == "struct"]
        if sfns and self.chance(0.6):
            e = self.call(self.choice(sfns), 2, Ctx())
            self.spend(e.cost + 100)
            lines = [f"{dtext} = {e.text};"]
        else:
            src = self.struct_value(Ctx())
            self.spend(100)
            lines = [f"{dtext} = {src.text};"]
        f = self.choice(self.fields)
        ftext = f"{dtext}.{f.name}" + (f"[{self.rng.randrange(f.length)}]" if f.length else "")
        if not self.in_pure:
            lines += self.print_value(E(ftext, f.ty))
        return lines

    # ------------------------------------------------------------ the program

    def global_decls(self) -> list:
        out = []
        if self.has("structs"):
            types = self.float_types * 2 + [self.itype(), self.itype()]
            for i in range(self.rng.randint(2, 4) if not self.small else self.rng.randint(1, 2)):
                t = self.choice(types)
                n = self.rng.randint(2, 4) if self.has("arrays") and self.chance(0.25) else 0
                self.fields.append(Field(f"m{i}", t, n))
            out.append(f"struct S{self.ns} {{")
            for f in self.fields:
                out.append(f"    {f.ty.name} {f.name}{f'[{f.length}]' if f.length else ''};")
            out.append("};")
        if not self.has("globals"):
            return out
        self.in_static = True
        for _ in range(self.rng.randint(2, 2 + round(2 * self.size)) if not self.small
                       else self.rng.randint(1, 2)):
            t = self.choice(self.float_types * 3 + [self.itype()])
            v = self.new_var("g", t)
            out.append(f"static {t.name} {v.name} = {self.init_value(t, local=False)};")
            self.declare(v, True)
        if self.has("arrays"):
            for _ in range(self.rng.randint(1, 1 + round(self.size)) if not self.small
                           else self.rng.randint(0, 1)):
                t = self.choice(self.float_types * 2 + [self.itype()])
                n = self.rng.randint(3, 8) if not self.small else 3
                v = self.new_var("ga", t, length=n)
                inits = [self.init_value(t, local=False) for _ in range(self.rng.randint(1, n))]
                out.append(f"static {t.name} {v.name}[{n}] = {{{', '.join(inits)}}};")
                self.declare(v, True)
        if self.has("structs"):
            for _ in range(1 if not self.small else self.rng.randint(0, 1)):
                arr = self.has("struct_arrays") and self.chance(0.5) and not self.small
                n = self.rng.randint(2, 3) if arr else 0
                v = self.new_var("gs", None, struct=True, length=n)
                inits = []
                for _ in range(n or 1):
                    vals = []
                    for f in self.fields:
                        if f.length:
                            vals.append("{" + ", ".join(self.init_value(f.ty, local=False)
                                                        for _ in range(f.length)) + "}")
                        else:
                            vals.append(self.init_value(f.ty, local=False))
                    inits.append("{" + ", ".join(vals) + "}")
                init = ", ".join(inits)
                out.append(f"static struct S{self.ns} {v.name}{f'[{n}]' if n else ''} = "
                           f"{'{' + init + '}' if n else init};")
                self.declare(v, True)
        self.in_static = False
        return out

    PRELUDE = r"""#include <stdio.h>
#include <stdlib.h>
#include <math.h>
%(stdarg)s
union dbits { double d; unsigned long long u; };
union fbits { float f; unsigned u; };
static unsigned ck = 2166136261u;

static unsigned long long bits_d(double x)
{
    union dbits b;
    b.d = x;
    return b.u;
}

static unsigned bits_f(float x)
{
    union fbits b;
    b.f = x;
    return b.u;
}

static void mix(unsigned long long v)
{
    ck = (ck ^ (unsigned)v) * 16777619u;
    ck = (ck ^ (unsigned)(v >> 32)) * 16777619u;
}

/* The sign of a NaN is not kept by gcc's optimizations (-(a / b) may become
   a / -b): a NaN is printed and mixed as +nan, except by the NaN-sign idiom's
   pn, whose operations gcc cannot rewrite (one at a time, on volatiles). */
static double cn(double x)
{
    return x != x ? fabs(x) : x;
}

static float cnf(float x)
{
    return x != x ? fabsf(x) : x;
}

static void pn(int tag, double x)
{
    printf("n%%d %%f %%016llx\n", tag, x, bits_d(x));
    mix(bits_d(x));
}

static void pd(int tag, double x)
{
    x = cn(x);
    printf("d%%d %%.17g %%016llx\n", tag, x, bits_d(x));
    mix(bits_d(x));
}

static void pf(int tag, float x)
{
    x = cnf(x);
    printf("f%%d %%.9g %%08x\n", tag, x, bits_f(x));
    mix(bits_f(x));
}

static void pq(int tag, long long x)
{
    printf("i%%d %%lld\n", tag, x);
    mix((unsigned long long)x);
}

static void pu(int tag, unsigned long long x)
{
    printf("u%%d %%llu\n", tag, x);
    mix(x);
}
"""

    def program(self, ns: str = "") -> str:
        """The program's text; with a namespace ``ns``, without the prelude and
        with ``static int main{ns}(void)`` instead of main (see batch)."""
        self.ns = ns
        self.out_functions: list[str] = []
        globals_ = self.global_decls()
        # functions: each may call the ones before it
        kinds = []
        if self.has("functions"):
            kinds += ["pure"] * self.rng.randint(1, 3) + ["impure"] * self.rng.randint(0, 2)
        if self.small:
            kinds = kinds[:1]
        if self.has("struct_functions") and self.has("structs"):
            kinds += ["struct"] * self.rng.randint(0, 1)
        if self.has("variadic"):
            kinds += ["variadic"] * self.rng.randint(0, 1)
        if self.has("pointer_functions") and self.has("arrays"):
            kinds += ["pointer"] * self.rng.randint(0, 1)
        self.rng.shuffle(kinds)
        kinds = kinds[:1 if self.small else max(1, round(3 * self.size))]
        for kind in kinds:
            self.function(kind)
        # main
        self.scopes, self.mult, self.spent = [[]], 1, 0
        for fn in self.functions:
            self.spent += 0
        self.budget = int(100_000 * self.size)
        body = []
        while self.spent < self.budget * 0.9 and len(body) < 40 * self.size + 8:
            before = self.spent
            body += self.statement(3)
            if self.spent == before and self.chance(0.2):
                body += self.s_print(0)
        # print every global at the end
        for v in self.globals:
            if v.struct:
                for i in range(v.length or 1):
                    for f in self.fields:
                        base = f"{v.name}[{i}]" if v.length else v.name
                        for j in range(f.length or 1):
                            text = f"{base}.{f.name}" + (f"[{j}]" if f.length else "")
                            body += self.print_value(E(text, f.ty))
            elif v.length:
                for i in range(v.length):
                    body += self.print_value(E(f"{v.name}[{i}]", v.ty))
            else:
                body += self.print_value(E(v.name, v.ty))
        body += ['printf("ck %08x\\n", ck);', "return (int)(ck % 256u);"]
        self.estimate = self.spent
        out = [] if ns else [self.PRELUDE % {"stdarg": "#include <stdarg.h>"
                                             if "variadic" in kinds else ""}]
        out += globals_ + [""]
        out += [self.helpers[n] for n in self.helper_order]
        out += self.out_functions
        head = [f"static int main{ns}(void)", "{", "    ck = 2166136261u;"] if ns else \
            ["int main(void)", "{"]
        out += head + ["    " + l for l in self.flatten(body)] + ["}", ""]
        return "\n".join(out)


def generate(seed: int, size: float = 1.0, without=(), with_=()) -> str:
    """The C source of random floating-point program number ``seed``."""
    return Generator(seed, size, without, with_).program()


def generate_batch(seeds, size: float = 1.0, without=(), with_=()) -> str:
    """The programs of several seeds in one (their names suffixed ``_seed_``, each
    main a function of its own, called in turn): compiling the floating runtime
    once for all of them saves most of the compile time.  It prints each one's
    exit code, and returns their xor."""
    parts = [Generator(seed, size, without, with_).program(f"_{seed}_") for seed in seeds]
    calls = [f'    r = main_{seed}_();\n    printf("== seed {seed}: %d\\n", r);\n    x ^= r;'
             for seed in seeds]
    return "\n".join([Generator.PRELUDE % {"stdarg": "#include <stdarg.h>"}, *parts,
                      "int main(void)", "{", "    int r, x = 0;", *calls, "    return x;", "}", ""])


# ---------------------------------------------------------------- running them

MAX_TOKENS = randcommon.MAX_TOKENS
KIND = randcommon.Kind(
    name="randfloat.py", generate=generate, features=FEATURES, gcc_flags=tuple(GCC_FLAGS),
    sanitize=("-fsanitize=undefined,float-cast-overflow,address", "-fno-sanitize-recover=all"),
    ub_flags=tuple(GCC_FLAGS), libs=("-lm",), off_by_default=OFF_BY_DEFAULT,
    generate_batch=generate_batch)


def main(argv=None) -> int:
    return randcommon.main(KIND, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())

"""Random, UB-free C programs for differential testing of tinyexec against gcc.

    python tests/randprog.py --seed 7                 print one program
    python tests/randprog.py --seed 7 --size 3        a bigger one
    python tests/randprog.py --seed 7 --without goto,structs
    python tests/randprog.py --ub-check 500           seeds 0..499 under gcc's sanitizers
    python tests/randprog.py --campaign 300 --seed 5000 --jobs 2 --out /tmp/mism
                                                      run seeds on gcc and tinyexec, keep
                                                      the programs that differ
    python tests/randprog.py --record-expected tests/random/corpus
                                                      gcc's output for the .c files there

Every program is deterministic in its seed (``random.Random(seed)``), prints a
trace of its computation with printf, and returns 0..255 from main.  It must be
free of undefined behaviour, because gcc is the oracle: a program whose meaning
is not fixed by C proves nothing.  The generator guarantees that by
construction:

* every expression carries an interval of the values it can take, and an
  operator whose operands could make it overflow (signed + - * << and unary -),
  divide by zero, compute INT_MIN / -1 (LLONG_MIN / -1) or shift by a count
  outside 0..31 (0..63 for a 64-bit left operand) is either narrowed first
  (``(short)x``, ``x & 255``, ``x % 1000``, ``n & 31``), done in unsigned
  arithmetic and converted back (modulo, as gcc and tinyexec both do), or
  guarded (``b == 0 ? a : a / b``, or a helper function);
* indices are constants, loop counters whose range is known, or reduced
  modulo the array length, and pointers only move inside the array they were
  set to, over offsets the generator records;
* expressions read and write "tokens" (one per object: a scalar, an array, a
  struct).  Two operands that are not sequenced against each other never
  write a token the other reads or writes (no ``i++ + i``).  Functions that
  write globals or print are called only as whole statements, so the order
  in which gcc evaluates operands never shows;
* every loop has a counter and a bound (a `for (;;)` leaves by a `break` on
  it, a loop made of a backward goto tests it before the jump), recursion has
  a depth parameter, and a cost model keeps a program well under ~200k VM
  instructions;
* a bit-field's value is converted modulo 2^width when stored, as gcc and
  tinyexec define it for a signed one; bytes of an object are read and
  written through a character pointer only for scalars and arrays of them
  (a struct's padding is unspecified; a _Bool is only ever given 0 or 1);
* <string.h>'s functions work on a char buffer of their own whose last byte
  stays 0: every write ends before it (a strcat is guarded by strlen), and
  every read stays inside it.

Portability between gcc on x86-64 and tinyexec's 32-bit target: no ``long``
(64 bits on the one, 32 on the other), no pointer sizes, a pointer difference
is cast to int, and ``sizeof`` is only taken of scalars, arrays and structs
without a 64-bit member (gcc aligns a long long in a struct to 8, tinyexec to
4), nor of a struct with bit-fields (its size is printed instead: the layout
of bit-fields of the types used is the same on i386 and x86-64).  ``long
long`` and ``unsigned long long`` (feature "longlong") are 64 bits on both; an
unsuffixed constant above INT_MAX is a long for gcc and a long long
for tinyexec, alike in everything but the name, so printf's argument is cast
when one is in it (%lld wants a long long).  Implementation-defined behaviour
that both define alike is used on purpose: conversion of out-of-range values to
signed types wraps modulo 2^32 (2^64), ``>>`` of a negative value is
arithmetic, and plain char is signed.  64-bit values go into the checksum
whole (``fold64``).

Each feature can be switched off (``Options.without``), so a known compiler
bug can be kept out of the way of new ones and the set can grow later.
"""
from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import randcommon  # noqa: E402
from randcommon import WARNINGS_AS_ERRORS  # noqa: E402,F401  (tests/random/reduce.py's)

INT_MIN, INT_MAX, UINT_MAX = -2 ** 31, 2 ** 31 - 1, 2 ** 32 - 1
LLONG_MIN, LLONG_MAX, ULLONG_MAX = -2 ** 63, 2 ** 63 - 1, 2 ** 64 - 1

FEATURES = (
    # expressions
    "arith", "divmod", "shifts", "deep_exprs", "bitwise", "compare", "logical", "conditional",
    "comma", "unary", "casts", "assign_expr", "compound_assign", "shift_assign_unsigned_count",
    "incdec",
    "char_literals", "sizeof", "bool", "type_spellings", "int_first_spellings", "typedefs",
    "printf_formats", "longlong",
    # data
    "globals", "arrays", "arrays2d", "pointers", "structs", "struct_arrays",
    "const_tables", "designated_init", "const_init_exprs", "strings", "global_pointers",
    "static_row_decay",
    # statements
    "if", "for", "while", "do", "switch", "break", "continue", "goto", "goto_in_switch",
    "jump_out_of_switch", "blocks", "shadowing",
    # functions
    "functions", "pure_calls", "recursion", "static_locals", "pointer_params",
    "struct_params", "struct_return", "function_pointers",
    # preprocessor, enums, unions
    "macros", "conditional_compilation", "enums", "unions",
    # struct layout
    "bitfields", "byte_views", "struct_pointers", "row_pointers",
    # control flow
    "goto_loops", "forever_loops", "case_in_block",
    # functions and storage
    "many_params", "static_aggregates", "volatile",
    # the C library
    "printf_flags", "string_functions",
)


@dataclass(frozen=True)
class Options:
    size: float = 1.0                  # scales statements, functions and the cost budget
    without: frozenset = frozenset()   # features switched off

    def has(self, feature: str) -> bool:
        assert feature in FEATURES, feature
        return feature not in self.without


# ---------------------------------------------------------------- types

@dataclass(frozen=True)
class CType:
    """An integer type: its spelling, value range and size in bytes; for a
    bit-field, ``width`` is its number of bits (and ``name`` its declared type)."""
    name: str
    lo: int
    hi: int
    size: int
    width: int = 0

    @property
    def signed(self) -> bool:
        return self.lo < 0

    @property
    def wide(self) -> bool:
        return self.size == 8

    @property
    def bits(self) -> int:
        return self.width or 8 * self.size

    @property
    def is_bool(self) -> bool:
        return self.name == "_Bool"

    def promoted(self) -> "CType":
        """The integer promotions: to int if an int holds every value (a
        bit-field `unsigned f : 31` too), else the type itself (unsigned for
        an `unsigned : 32` bit-field)."""
        if self.size >= 4 and not (self.width and self.hi <= INT_MAX):
            return UINT if self.width else self
        return INT

    def convert(self, v: int) -> int:
        """C's conversion of the value v to this type (modulo for signed types
        and signed bit-fields, as gcc and tinyexec define it)."""
        if self.is_bool:
            return int(v != 0)
        v &= (1 << self.bits) - 1
        return v - (1 << self.bits) if v > self.hi else v

    @property
    def increment_may_overflow(self) -> bool:
        """Could ++ or -- overflow (signed, and as wide as its promoted type)?"""
        return self.signed and (self.lo, self.hi) == (self.promoted().lo, self.promoted().hi)


def bit_field(t: "CType", width: int) -> CType:
    """The type of a bit-field of ``width`` bits declared with type t."""
    if t.is_bool:
        return replace(t, width=1)
    lo, hi = (-(1 << width - 1), (1 << width - 1) - 1) if t.signed else (0, (1 << width) - 1)
    return CType(t.name, lo, hi, t.size, width)


BOOL = CType("_Bool", 0, 1, 1)
CHAR = CType("char", -128, 127, 1)
SCHAR = CType("signed char", -128, 127, 1)
UCHAR = CType("unsigned char", 0, 255, 1)
SHORT = CType("short", -32768, 32767, 2)
USHORT = CType("unsigned short", 0, 65535, 2)
INT = CType("int", INT_MIN, INT_MAX, 4)
UINT = CType("unsigned", 0, UINT_MAX, 4)
LLONG = CType("long long", LLONG_MIN, LLONG_MAX, 8)
ULLONG = CType("unsigned long long", 0, ULLONG_MAX, 8)
SCALARS = (CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, BOOL)
WIDE = (LLONG, ULLONG)          # the feature "longlong": added to the scalar types
# The unsigned type of a promoted type's width (for arithmetic done modulo 2^n).
UNSIGNED_OF = {INT: UINT, UINT: UINT, LLONG: ULLONG, ULLONG: ULLONG}
BASE_TYPES = {t.name: t for t in SCALARS}      # a bit-field's declared type, by name

# Other spellings of the same types, to exercise the declaration parser.
SPELLINGS = {
    SCHAR: ["signed char", "char signed"],
    UCHAR: ["unsigned char", "char unsigned"],
    SHORT: ["short", "short int", "signed short", "short signed int"],
    USHORT: ["unsigned short", "unsigned short int", "short unsigned", "short int unsigned"],
    INT: ["int", "signed", "signed int", "int signed"],
    UINT: ["unsigned", "unsigned int", "int unsigned"],
    LLONG: ["long long", "long long int", "signed long long", "signed long long int",
            "long long signed", "long int long", "int long long signed"],
    ULLONG: ["unsigned long long", "unsigned long long int", "long long unsigned",
             "long long unsigned int", "long unsigned long", "int unsigned long long"],
}
# `int` before `short`: a feature of its own (tinyexec rejected these once).
INT_FIRST_SPELLINGS = {
    SHORT: ["int short", "signed int short", "int signed short"],
    USHORT: ["int short unsigned", "unsigned int short", "int unsigned short"],
}


def usual(a: CType, b: CType) -> CType:
    """The usual arithmetic conversions: the wider promoted type, unsigned if
    the wider (or either, of equal widths) is.  A long long holds every
    unsigned int, so `long long op unsigned` is long long."""
    a, b = a.promoted(), b.promoted()
    if a.wide or b.wide:
        return ULLONG if ULLONG in (a, b) else LLONG
    return UINT if UINT in (a, b) else INT


def convert_range(lo: int, hi: int, t: CType) -> tuple[int, int]:
    """The values of [lo, hi] converted to t, as one interval (widened if needed)."""
    if t.lo <= lo and hi <= t.hi:
        return lo, hi
    if t.is_bool:
        return (0 if lo <= 0 <= hi else 1), (0 if lo == hi == 0 else 1)
    if hi - lo < 1 << t.bits:
        a, b = t.convert(lo), t.convert(hi)
        if a <= b:                       # no wrap point inside: still one interval
            return a, b
    return t.lo, t.hi


def cdiv(a: int, b: int) -> int:
    """C's truncating division."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


@dataclass(eq=False)
class ArrayT:
    elem: object            # CType, ArrayT or Struct
    n: int


@dataclass(eq=False)
class Struct:
    """A struct, or a union.  A union is only written through the members that
    cover all of it (and its first member is one), so whichever member is read
    reads bytes that were stored: no unspecified values."""
    name: str
    fields: list            # [(name, shape)]
    typedef: str | None = None
    union: bool = False
    padding_fields: int = 0  # unnamed bit-fields (`int : 0;`), declared but not in fields

    @property
    def keyword(self) -> str:
        return "union" if self.union else "struct"

    def writable_fields(self) -> list:
        if not self.union:
            return self.fields
        return [(n, f) for n, f in self.fields if sizeof(f) == sizeof(self)]


def sizeof(shape) -> int:
    if isinstance(shape, CType):
        return shape.size
    if isinstance(shape, ArrayT):
        return shape.n * sizeof(shape.elem)
    if shape.union:
        size = max(sizeof(f) for _, f in shape.fields)
        return -(-size // alignof(shape)) * alignof(shape)
    offset = 0
    for _, f in shape.fields:
        offset = -(-offset // alignof(f)) * alignof(f) + sizeof(f)
    return -(-offset // alignof(shape)) * alignof(shape)


def alignof(shape) -> int:
    if isinstance(shape, CType):
        return shape.size
    if isinstance(shape, ArrayT):
        return alignof(shape.elem)
    return max(alignof(f) for _, f in shape.fields)


def size_unknown(shape) -> bool:
    """Is the shape's size not the one sizeof() computes, or not the same on
    both compilers?  A struct or union with a 64-bit member: gcc on x86-64
    aligns a long long to 8, tinyexec (as i386) to 4.  A struct with
    bit-fields: sizeof() does not lay them out (the program prints their
    sizes instead: see bit_field_sizes)."""
    if isinstance(shape, CType):
        return False
    if isinstance(shape, ArrayT):
        return size_unknown(shape.elem)
    return (shape.padding_fields > 0 or any(t.wide or t.width for t in scalar_leaves(shape))
            or any(size_unknown(f) for _, f in shape.fields))      # a nested struct's padding


def bytes_viewable(shape, writing: bool) -> bool:
    """May a byte of an object of this shape be read (written) through a
    character pointer?  A scalar or an array of scalars: a struct may hold
    padding, whose bytes are unspecified, and a _Bool's bytes other than 0
    and 1 are no _Bool values."""
    while isinstance(shape, ArrayT):
        shape = shape.elem
    return isinstance(shape, CType) and not (writing and shape.is_bool)


def scalar_leaves(shape) -> list:
    """The scalar types inside a shape (to know what a path into it can reach)."""
    if isinstance(shape, CType):
        return [shape]
    if isinstance(shape, ArrayT):
        return scalar_leaves(shape.elem)
    return [t for _, f in shape.fields for t in scalar_leaves(f)]


# ---------------------------------------------------------------- expressions

# C's precedence levels, loosest first.
(COMMA, ASSIGN, COND, LOR, LAND, BOR, BXOR, BAND, EQ, REL, SHIFT, ADD, MUL, UNARY,
 POSTFIX, PRIMARY) = range(1, 17)
BINARY_PREC = {"*": MUL, "/": MUL, "%": MUL, "+": ADD, "-": ADD, "<<": SHIFT, ">>": SHIFT,
               "<": REL, "<=": REL, ">": REL, ">=": REL, "==": EQ, "!=": EQ,
               "&": BAND, "^": BXOR, "|": BOR, "&&": LAND, "||": LOR}


@dataclass(frozen=True)
class Expr:
    """Generated C text with what the generator knows about it: its type, the
    interval [lo, hi] of its values, how tightly its outermost operator binds,
    the tokens (objects) it reads and writes, and an estimate of its cost."""
    text: str
    type: CType
    lo: int
    hi: int
    prec: int = PRIMARY
    reads: frozenset = frozenset()
    writes: frozenset = frozenset()
    cost: int = 1
    nonzero: bool = False       # known not to be 0 although [lo, hi] contains 0
    token: str = ""             # for an lvalue: the object it designates

    def at(self, prec: int) -> str:
        """The text, parenthesized unless it binds at least as tightly as prec."""
        return self.text if self.prec >= prec else f"({self.text})"


def wide_cost(op: str, t: CType, a: Expr, b: Expr) -> int:
    """The extra cost of ``a op b`` computed in the 64-bit type t: * / % and
    shifts by a variable count call routines of tinyexec's runtime (libc.c).
    A division takes ~40-70 VM instructions when the divisor fits in 16 bits
    or both operands in 32, else ~1,300 (a bit at a time)."""
    if op in ("/", "%"):
        ma = max(abs(x) for x in convert_range(a.lo, a.hi, t))
        mb = max(abs(x) for x in convert_range(b.lo, b.hi, t))
        return 20 if mb <= 0xFFFF or max(ma, mb) <= UINT_MAX else DIVISION_COST
    if op == "*":
        return 10
    if op in ("<<", ">>"):
        return 3 if b.lo != b.hi else 1
    return 1


def conflicts(a: Expr, b: Expr) -> bool:
    """Would evaluating a and b unsequenced be undefined (or unspecified)?"""
    return bool(a.writes & (b.reads | b.writes) or b.writes & a.reads)


def joined(*parts: Expr) -> dict:
    """The reads, writes and cost of an expression made of parts."""
    return dict(reads=frozenset().union(*(p.reads for p in parts)),
                writes=frozenset().union(*(p.writes for p in parts)),
                cost=1 + sum(p.cost for p in parts))


def op_range(op: str, t: CType, a: tuple, b: tuple, b_nonzero=False):
    """The result interval of `a op b` computed in type t (for shifts: t is the
    promoted left type and b the count), or None when the operation could be
    undefined for some operands in the intervals a and b."""
    (alo, ahi), (blo, bhi) = a, b
    if op in "+-*":
        if op == "+":
            lo, hi = alo + blo, ahi + bhi
        elif op == "-":
            lo, hi = alo - bhi, ahi - blo
        else:
            corners = [x * y for x in (alo, ahi) for y in (blo, bhi)]
            lo, hi = min(corners), max(corners)
        if not t.signed:
            return convert_range(lo, hi, t)
        return (lo, hi) if t.lo <= lo and hi <= t.hi else None
    if op in ("/", "%"):
        if (blo <= 0 <= bhi and not b_nonzero) or (t.signed and alo == t.lo and blo <= -1 <= bhi):
            return None
        if op == "/":
            if blo <= 0 <= bhi:          # nonzero but of either sign: |a / b| <= |a|
                m = max(abs(alo), abs(ahi))
                return max(-m, t.lo), min(m, t.hi)
            qs = [cdiv(x, y) for x in (alo, ahi) for y in (blo, bhi)] + ([0] if alo <= 0 <= ahi else [])
            return min(qs), max(qs)
        m = max(abs(blo), abs(bhi)) - 1
        return (max(alo, -m) if alo < 0 else 0), (min(ahi, m) if ahi > 0 else 0)
    if op in ("<<", ">>"):
        if blo < 0 or bhi >= t.bits:
            return None
        if op == ">>":
            ends = [x >> y for x in (alo, ahi) for y in (blo, bhi)]
            return min(ends), max(ends)
        if t.signed and (alo < 0 or ahi << bhi > t.hi):
            return None
        return convert_range(alo << blo, ahi << bhi, t) if alo >= 0 else (t.lo, t.hi)
    if op in "&|^":
        if alo >= 0 and blo >= 0:
            if op == "&":
                return 0, min(ahi, bhi)
            top = (1 << max(ahi, bhi).bit_length()) - 1
            return (max(alo, blo) if op == "|" else 0), top
        if op == "&" and (alo >= 0 or blo >= 0):
            return 0, (ahi if alo >= 0 else bhi)
        return t.lo, t.hi
    raise ValueError(op)


# ---------------------------------------------------------------- variables and functions

@dataclass(eq=False)
class Var:
    name: str
    shape: object                  # CType, ArrayT, Struct
    token: str                     # the object, for sequencing checks
    is_global: bool = False
    readonly: bool = False         # loop counters and const tables
    volatile: bool = False         # never reached through a plain pointer (that is undefined)
    lo: int | None = None          # a readonly counter's current range
    hi: int | None = None
    # pointers: `shape` is what they point to (a CType or a Struct)
    pointer: bool = False
    target: "Var | None" = None    # the array (or struct) they point into
    length: int = 1                # elements in the row they point into
    offsets: tuple = (0, 0)        # the element offsets they may hold
    row: str = ""                  # how to name that row (`a`, `m[1]`); "" for parameters
    # function pointers: `callees` are the (pure) functions it may point to,
    # all of one signature; `count` > 0 for an array of them
    callees: list = field(default_factory=list)
    count: int = 0

    @property
    def scalar(self) -> bool:
        return isinstance(self.shape, CType) and not self.pointer


@dataclass(eq=False)
class Function:
    name: str
    ret: object                    # CType, Struct or None (void)
    params: list                   # [Var]
    pure: bool                     # reads only its parameters and locals, prints nothing
    recursive: bool = False
    cost: int = 0                  # estimated cost of one call (one level if recursive)


@dataclass
class Ctx:
    """Where a statement is generated."""
    depth: int = 0
    in_loop: bool = False
    in_switch: bool = False        # directly: `break` leaves the switch
    under_switch: bool = False     # at any depth inside a switch
    no_decl: bool = False          # a goto jumps over this statement list


HELPERS = {
    "div_i": "static int div_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a / b; }",
    "mod_i": "static int mod_i(int a, int b) { return b == 0 || (a == -2147483647 - 1 && b == -1) ? a : a % b; }",
    "div_u": "static unsigned div_u(unsigned a, unsigned b) { return b == 0 ? a : a / b; }",
    "mod_u": "static unsigned mod_u(unsigned a, unsigned b) { return b == 0 ? a : a % b; }",
    "div_ll": "static long long div_ll(long long a, long long b) "
              "{ return b == 0 || (a == -9223372036854775807LL - 1 && b == -1) ? a : a / b; }",
    "mod_ll": "static long long int mod_ll(long long int a, long long int b) "
              "{ return b == 0 || (a == -0x7fffffffffffffffLL - 1 && b == -1) ? a : a % b; }",
    "div_ull": "static unsigned long long div_ull(unsigned long long a, unsigned long long b) "
               "{ return b == 0 ? a : a / b; }",
    "mod_ull": "static long long unsigned mod_ull(long long unsigned a, long long unsigned b) "
               "{ return b == 0 ? a : a % b; }",
    # a 64-bit value folded into the checksum: both halves count
    "fold64": "static unsigned fold64(unsigned long long v) "
              "{ return (unsigned)v * 2654435761u ^ (unsigned)(v >> 32); }",
}
HELPER_SUFFIX = {INT: "i", UINT: "u", LLONG: "ll", ULLONG: "ull"}

INTERESTING = [0, 1, 2, 3, 5, 7, 8, 15, 16, 31, 32, 100, 127, 128, 255, 256, 1000, 4096,
               32767, 32768, 65535, 65536, 0x7fffffff, -1, -2, -7, -128, -129, -255,
               -32768, -32769, -65536, INT_MIN, 0x80000000, 0xffffffff, 0xdeadbeef]
# ... and for 64-bit types: around the word boundary, the limits, the sign bit.
INTERESTING64 = [2 ** 32, 2 ** 32 + 1, 2 ** 32 - 1, 2 ** 31, -2 ** 31 - 1, -2 ** 32,
                 -2 ** 32 - 1, 2 ** 33 + 7, 10 ** 10, 10 ** 12 + 3, 10 ** 18, -10 ** 15,
                 0xffff0000ffff, 0x123456789abcdef0, 0xfedcba9876543210, 0xdeadbeefcafebabe,
                 0x00000001ffffffff, 0x7fffffffffffffff, LLONG_MIN, LLONG_MIN + 1, 2 ** 63,
                 ULLONG_MAX, ULLONG_MAX - 1, 0xffffffff00000000, 1 << 48, -(1 << 40) + 5]
PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&()*+,-./:;<=>?@[]^_{|}~"
CHAR_ESCAPES = {"\\n": 10, "\\t": 9, "\\0": 0, "\\\\": 92, "\\'": 39, '\\"': 34, "\\a": 7, "\\r": 13}


OP_MACROS = {"+": "OP_add", "-": "OP_sub", "*": "OP_mul", "&": "OP_and", "|": "OP_or", "^": "OP_xor",
             "<<": "OP_shl", ">>": "OP_shr", "<": "OP_lt", "==": "OP_eq"}

# The cost model counts roughly three VM instructions a unit; printing a number
# takes tinyexec's printf several hundred instructions (up to ~1,400 for %x).
PRINT_COST = 150
PRINT_COST_WIDE = 400          # %lld and the like: the C library's printf, ~800 instructions
DIVISION_COST = 450            # a 64-bit division by a large divisor


def print_cost(t: CType) -> int:
    return PRINT_COST_WIDE if t.wide else PRINT_COST


# An integer constant's digits and suffix; a long one (see long_constant).
INT_CONSTANT = re.compile(r"\b(0[xX][0-9a-fA-F]+|\d+)([uUlL]*)\b")


def long_constant(m: re.Match) -> bool:
    """Is the constant (a match of INT_CONSTANT) a long for gcc on x86-64?
    An unsuffixed or u-suffixed one is, if no int (unsigned) holds it."""
    digits, suffix = m.groups()
    if "l" in suffix.lower():
        return False
    value = int(digits, 16) if digits[:2].lower() == "0x" else int(digits, 8) if digits[0] == "0" \
        else int(digits)
    decimal = digits[0] != "0"
    return value > (INT_MAX if decimal and not suffix else UINT_MAX)


def indent(lines: list) -> list:
    return ["    " + line for line in lines]


# ---------------------------------------------------------------- the generator

class Generator(randcommon.Choices):
    def __init__(self, seed: int, options: Options = Options()):
        self.rng = random.Random(seed)
        self.seed = seed
        self.opt = options
        self.size = options.size
        self.types = [t for t in SCALARS if t is not BOOL or options.has("bool")]
        self.wide = options.has("longlong")
        if self.wide:
            self.types += WIDE
        self.structs: list[Struct] = []
        self.typedefs: dict = {}           # CType -> typedef name
        self.functions: list[Function] = []
        self.helpers: set = set()
        self.scopes: list[dict] = [{}]     # scopes[0]: the globals
        self.fn: Function | None = None
        self.names = 0
        self.labels = 0
        self.mult = 1                      # how often the current statement runs per call
        self.spent = 0                     # estimated cost of the current function so far
        self.budget = 0
        self.max_mult = 1                  # the most times a loop body may run per call
        self.constant_only = False         # generating a static initializer: no calls
        self.macros: dict = {}             # object-like macros: name -> (text, value)
        self.op_macros: set = set()        # function-like macros for binary operators
        self.enums: list = []              # (name, value) of enumeration constants

    # ------------------------------------------------------------ small helpers

    def fresh(self, prefix: str) -> str:
        self.names += 1
        return f"{prefix}{self.names}"

    def spell(self, shape) -> str:
        """The C spelling of a scalar or struct type."""
        if isinstance(shape, Struct):
            return shape.typedef if shape.typedef and self.chance(0.5) else f"{shape.keyword} {shape.name}"
        if shape in self.typedefs and self.chance(0.4):
            return self.typedefs[shape]
        if shape in SPELLINGS and self.opt.has("type_spellings") and self.chance(0.3):
            if shape in INT_FIRST_SPELLINGS and self.opt.has("int_first_spellings") and self.chance(0.3):
                return self.choice(INT_FIRST_SPELLINGS[shape])
            return self.choice(SPELLINGS[shape])
        return shape.name

    def declarator(self, name: str, shape) -> str:
        """`T name[a][b]` for a variable of the given shape (`T name : w` for a
        bit-field)."""
        if isinstance(shape, CType) and shape.width:
            return f"{self.spell(BASE_TYPES[shape.name])} {name} : {shape.width}"
        dims = ""
        while isinstance(shape, ArrayT):
            dims += f"[{shape.n}]"
            shape = shape.elem
        return f"{self.spell(shape)} {name}{dims}"

    # ------------------------------------------------------------ scopes

    def declare(self, var: Var):
        self.scopes[-1][var.name] = var

    def visible(self, functions: bool = False) -> list[Var]:
        """The variables in scope, innermost first; pure functions see no
        globals.  Function pointers only if ``functions``, and then only them."""
        seen, out = set(), []
        for i, scope in enumerate(reversed(self.scopes)):
            if self.fn and self.fn.pure and i == len(self.scopes) - 1:
                break
            for name, var in scope.items():
                if name not in seen:
                    seen.add(name)
                    out.append(var)
        return [v for v in out if bool(v.callees) == functions]

    def is_visible(self, var: Var) -> bool:
        return any(v is var for v in self.visible())

    def new_var(self, prefix: str, shape, init: str = "", **kw) -> Var:
        """A new variable; sometimes it reuses (shadows) the name of an outer one.
        Never one its initializer ``init`` mentions: in `int x = x + 1;` the
        new x is already in scope (and uninitialized)."""
        name = self.fresh(prefix)
        outer = [v for v in self.visible() if v.name not in self.scopes[-1]
                 and not re.search(rf"\b{v.name}\b", init)]
        # Not at a function's top level (len == 2): there a parameter may not be redeclared.
        if outer and self.opt.has("shadowing") and len(self.scopes) > 2 and self.chance(0.15):
            name = self.choice(outer).name
        return Var(name, shape, token=f"{name}#{self.fresh('')}", **kw)

    # ------------------------------------------------------------ constants

    def const(self, t: CType | None = None, value: int | None = None) -> Expr:
        """A constant, written in one of C's notations; of type int unless it is
        above INT_MAX or chosen unsigned."""
        if value is None:
            r = self.rng.random()
            if self.wide and (t.wide if t is not None else self.chance(0.06)):
                value = (self.rng.randint(0, 20) if r < 0.3 else
                         self.choice(INTERESTING64 + INTERESTING) if r < 0.75 else
                         self.rng.randint(LLONG_MIN, ULLONG_MAX))
            elif r < 0.5:
                value = self.rng.randint(0, 20)
            elif r < 0.85:
                value = self.choice(INTERESTING)
            else:
                value = self.rng.randint(INT_MIN, UINT_MAX)
            if t is not None:
                value = t.convert(value)
        if self.wide and (value < INT_MIN or value > UINT_MAX or self.chance(0.05)
                          or t is not None and t.wide and self.chance(0.4)):
            return self.const64(value)
        if value < INT_MIN or value > UINT_MAX:
            value = UINT.convert(value)
        named = [n for n, v in self.enums if v == value]
        if named and self.chance(0.5):
            return Expr(self.choice(named), INT, value, value)
        if self.opt.has("macros") and self.macros is not None and self.chance(0.04):
            return self.constant_macro(value)
        unsigned = value > INT_MAX or (value >= 0 and self.chance(0.15))
        if value < 0:
            if self.opt.has("char_literals") and value >= -128 and self.chance(0.1):
                return Expr(f"'\\x{value & 255:02x}'", INT, value, value)
            if value == INT_MIN:
                return Expr("(-2147483647 - 1)", INT, value, value)
            return Expr(f"-{-value}", INT, value, value, UNARY)
        if unsigned:
            form = self.rng.random()
            text = (f"{value:#x}" if form < 0.3 else f"{value:#x}u" if form < 0.5
                    else f"{value}U" if form < 0.6 else f"{value}u")
            if value <= INT_MAX and not text.lower().endswith("u"):
                text += "u"
            return Expr(text, UINT, value, value)
        if self.opt.has("char_literals") and value < 128 and self.chance(0.12):
            return Expr(self.char_literal(value), INT, value, value)
        form = self.rng.random()
        text = f"{value:#x}" if form < 0.15 else f"0{value:o}" if form < 0.2 and value else str(value)
        return Expr(text, INT, value, value)

    def const64(self, value: int) -> Expr:
        """A constant of a 64-bit type: with an LL or ULL suffix (in any of
        their spellings), or without one above INT_MAX (a decimal constant is
        then a long long; gcc's is a long, as wide), or above LLONG_MAX in hex
        (unsigned long long).  ``value`` is in LLONG_MIN..ULLONG_MAX."""
        if value < 0:
            if value == LLONG_MIN:
                text = self.choice(["(-9223372036854775807LL - 1)", "(-0x7fffffffffffffffll - 1)",
                                    "(-9223372036854775807 - 1)"])
                return Expr(text, LLONG, value, value)
            m = -value
            form = self.rng.random()
            if m > INT_MAX and form < 0.3:
                text = f"-{m}"                  # a decimal constant: long long
            elif m > UINT_MAX and form < 0.45:
                text = f"-{m:#x}"               # a hex one: long long when it fits
            else:
                text = f"-{m}{self.choice(['LL', 'll'])}" if form < 0.85 else f"-{m:#x}LL"
            return Expr(text, LLONG, value, value, UNARY)
        unsigned = value > LLONG_MAX or self.chance(0.35)
        form = self.rng.random()
        if unsigned:
            suffix = self.choice(["ULL", "ull", "uLL", "Ull", "LLU", "llu", "LLu", "llU"])
            if value > LLONG_MAX and form < 0.25:
                text = f"{value:#x}"            # unsigned long long: too big for long long
            elif value > UINT_MAX and form < 0.4:
                text = f"{value}{self.choice('uU')}"   # the first unsigned type it fits
            elif form < 0.7:
                text = f"{value}{suffix}"
            elif form < 0.9:
                text = f"{value:#x}{suffix}"
            else:
                text = f"0{value:o}{suffix}" if value else f"0{suffix}"
            return Expr(text, ULLONG, value, value)
        if value > INT_MAX and form < 0.3:
            text = str(value)                   # a decimal constant above INT_MAX: long long
        elif value > UINT_MAX and form < 0.45:
            text = f"{value:#x}"
        elif form < 0.8:
            text = f"{value}{self.choice(['LL', 'll'])}"
        elif form < 0.95:
            text = f"{value:#x}{self.choice(['LL', 'll'])}"
        else:
            text = f"0{value:o}LL" if value else "0LL"
        return Expr(text, LLONG, value, value)

    def constant_macro(self, value: int) -> Expr:
        """A name for the constant: `#define K3 (-5)`, or built on an earlier
        one: `#define K4 (K3 + 2)`."""
        name = f"K{len(self.macros)}"
        # Only on a macro of type int: `(K3 - 9)` is no -2 if K3 is `(7u)` or `(7LL)`.
        small = [(n, v) for n, (_, v) in self.macros.items() if abs(v) < 1000 and abs(value - v) < 1000
                 and self.int_macro(n)]
        if small and -1000 < value < 1000 and self.chance(0.5):
            base, v = self.choice(small)
            text = f"({base} + {value - v})" if value >= v else f"({base} - {v - value})"
        else:
            saved, self.macros = self.macros, None        # not a macro inside itself
            try:
                e = self.const(value=value)
            finally:
                self.macros = saved
            text = f"({e.text})"
            self.macros[name] = (text, value)
            return replace(e, text=name, prec=PRIMARY)
        self.macros[name] = (text, value)
        return Expr(name, INT, value, value)

    def int_macro(self, name: str) -> bool:
        """Is the macro's expansion of type int (no suffixed constant in it)?"""
        text = self.macros[name][0]
        return not any(m.group(2) for m in INT_CONSTANT.finditer(text)) and \
            all(self.int_macro(w) for w in re.findall(r"\bK\d+\b", text) if w in self.macros)

    def char_literal(self, value: int) -> str:
        """'a', '\\n' or '\\177' for a value in 0..127 (an int constant in C)."""
        escapes = [k for k, v in CHAR_ESCAPES.items() if v == value]
        if escapes:
            return f"'{escapes[0]}'"
        if chr(value) in PRINTABLE:
            return f"'{chr(value)}'"
        return f"'\\{value:o}'"

    # ------------------------------------------------------------ expressions

    def expr(self, depth: int, effects: bool = True) -> Expr:
        """A random scalar expression; ``effects``: it may assign or increment."""
        if depth <= 0 or self.chance(0.2):
            return self.leaf(depth)
        o = self.opt.has
        kinds = {
            "arith": 6 * o("arith"), "divmod": 2 * o("divmod"), "shift": 2 * o("shifts"),
            "bitwise": 3 * o("bitwise"), "compare": 3 * o("compare"),
            "logical": 1.5 * o("logical"), "unary": 2 * o("unary"), "cast": 2 * o("casts"),
            "cond": 1.5 * o("conditional"), "comma": 0.5 * o("comma") * effects,
            "assign": 1 * o("assign_expr") * effects, "compound": 1 * o("compound_assign") * effects,
            "incdec": 1.5 * o("incdec") * effects, "call": 1.5 * o("pure_calls"),
            "sizeof": 0.3 * o("sizeof"), "pointer": 1 * o("pointers"),
        }
        kind = self.pick(kinds)
        e = getattr(self, "x_" + kind)(depth - 1, effects) if kind else None
        return e if e is not None else self.leaf(depth)

    def operand(self, depth: int, effects: bool, other: Expr) -> Expr:
        """An expression that may be evaluated unsequenced with ``other``."""
        for _ in range(3):
            e = self.expr(depth, effects)
            if not conflicts(e, other):
                return e
        return self.const()

    def leaf(self, depth: int = 0) -> Expr:
        readable = [v for v in self.visible() if v.token]
        if readable and self.chance(0.7):
            return self.read(self.choice(readable), depth)
        return self.const()

    def read(self, var: Var, depth: int) -> Expr:
        """The value of a scalar in (or pointed to by) var."""
        place = self.place(var, depth)
        known = var.scalar and var.lo is not None and place.type is var.shape   # not a byte of it
        lo, hi = (var.lo, var.hi) if known else (place.type.lo, place.type.hi)
        return replace(place, lo=lo, hi=hi, reads=place.reads | {place.token})

    def place(self, var: Var, depth: int, writing: bool = False) -> Expr:
        """An lvalue designating a scalar inside var; its reads/writes are those
        of the index expressions, and its ``token`` the object."""
        if var.pointer:
            return self.deref(var, depth, writing)
        if (self.opt.has("byte_views") and self.chance(0.06) and bytes_viewable(var.shape, writing)
                and not var.volatile):
            return self.byte_view(var, depth)
        base = Expr(var.name, INT, 0, 0, PRIMARY)
        return self.path(base, var.shape, var.token, depth, writing)

    def path(self, base: Expr, shape, token: str, depth: int, writing: bool = False) -> Expr:
        """Descend from base (an object of the given shape) to a scalar (for
        ``writing``: not through a union member that covers only part of it)."""
        while not isinstance(shape, CType):
            if isinstance(shape, ArrayT):
                index = self.index(shape.n, depth)
                if conflicts(base, index):       # a[i++][i]: the indices are not sequenced
                    index = self.const(value=self.rng.randrange(shape.n))
                base = Expr(f"{base.at(POSTFIX)}[{index.at(ASSIGN)}]", INT, 0, 0, POSTFIX,
                            **joined(base, index))
                shape = shape.elem
            else:
                name, shape = self.choice(shape.writable_fields() if writing else shape.fields)
                base = replace(base, text=f"{base.at(POSTFIX)}.{name}", prec=POSTFIX)
        return replace(base, type=shape, lo=shape.lo, hi=shape.hi, token=token)

    def byte_view(self, var: Var, depth: int) -> Expr:
        """A byte of a scalar, or of an array of scalars, through a pointer to a
        character type: `((unsigned char *)&x)[1]`, `*((char *)a + 5)`.  Both
        compilers store integers little-endian; the object is in memory then,
        not in a register."""
        t = self.choice([UCHAR, UCHAR, CHAR, SCHAR])
        start = var.name if isinstance(var.shape, ArrayT) else f"&{var.name}"
        pointer = f"({self.spell(t)} *){start}"
        i = self.index(sizeof(var.shape), depth)
        if var.token in i.writes:            # `((char *)&x)[x++ & 3]`: unsequenced
            i = self.const(value=self.rng.randrange(sizeof(var.shape)))
        form = self.rng.random()
        if form < 0.5:
            text, prec = f"({pointer})[{i.at(ASSIGN)}]", POSTFIX
        elif form < 0.8:
            text, prec = f"*({pointer} + {i.at(ADD + 1)})", UNARY
        else:
            i = self.const(value=0)
            text, prec = f"*{pointer}", UNARY
        d = joined(i)
        return Expr(text, t, t.lo, t.hi, prec, d["reads"], d["writes"], d["cost"], token=var.token)

    def deref(self, ptr: Var, depth: int, writing: bool = False) -> Expr:
        """A scalar through a pointer: *p, p[i], *(p + i), *(p - i), or a member
        of the struct it points to: p->f, p[i].f, (p + i)->f, (*p).f."""
        reads = frozenset({ptr.token})
        struct = isinstance(ptr.shape, Struct)
        if struct and not ptr.row:                # to one struct, not into an array of them
            text, prec, parts = f"(*{ptr.name})" if self.chance(0.1) else ptr.name, POSTFIX, []
        else:
            klo, khi = ptr.offsets
            lo, hi = -klo, ptr.length - 1 - khi        # the indices valid from every offset
            form = self.rng.random()
            parts = []
            if form < 0.3:
                text, prec = f"*{ptr.name}", UNARY
            elif form < 0.4 and lo < 0:
                text, prec = f"*({ptr.name} - {self.rng.randint(1, -lo)})", UNARY
            else:
                i = self.index_range(lo, hi, depth)
                parts = [i]
                if form < 0.7:
                    text, prec = f"{ptr.name}[{i.at(ASSIGN)}]", POSTFIX
                else:
                    text, prec = f"*({ptr.name} + {i.at(ADD + 1)})", UNARY
        d = joined(*parts)
        if isinstance(ptr.shape, ArrayT):                # a pointer to rows: (*p)[j], p[i][j]
            base = Expr(text, INT, 0, 0, prec, reads=d["reads"] | reads, writes=d["writes"],
                        cost=d["cost"])
            return self.path(base, ptr.shape, ptr.target.token, depth, writing)
        if struct:
            name, shape = self.choice(ptr.shape.writable_fields() if writing else ptr.shape.fields)
            if text.startswith("*"):                 # *(p + i) -> (p + i)->f, *p -> p->f
                text = f"{text[1:]}->{name}"
            elif text.startswith("("):               # (*p).f
                text = f"{text}.{name}"
            else:                                    # p->f, p[i].f
                text = f"{text}{'.' if '[' in text else '->'}{name}"
            base = Expr(text, INT, 0, 0, POSTFIX, reads=d["reads"] | reads, writes=d["writes"],
                        cost=d["cost"])
            return self.path(base, shape, ptr.target.token, depth, writing)
        return Expr(text, ptr.shape, ptr.shape.lo, ptr.shape.hi, prec,
                    reads=d["reads"] | reads, writes=d["writes"], cost=d["cost"],
                    token=ptr.target.token)

    def index(self, n: int, depth: int) -> Expr:
        return self.index_range(0, n - 1, depth)

    def index_range(self, lo: int, hi: int, depth: int) -> Expr:
        """An expression whose value is certainly in [lo, hi]."""
        counters = [v for v in self.visible() if v.scalar and v.readonly and v.lo is not None
                    and lo <= v.lo and v.hi <= hi]
        r = self.rng.random()
        if counters and r < 0.4:
            v = self.choice(counters)
            return Expr(v.name, v.shape, v.lo, v.hi, reads=frozenset({v.token}))
        if r < 0.7 or depth <= 0:
            return self.const(value=self.rng.randint(lo, hi))
        e = self.expr(min(depth, 2))
        if lo <= e.lo and e.hi <= hi:
            return e
        n = hi - lo + 1
        if n & (n - 1) == 0 and self.chance(0.6):
            reduced = self.mask(e, n - 1)
        else:
            reduced = Expr(f"(unsigned){e.at(UNARY)} % {n}u", UINT, 0, n - 1, MUL, **joined(e))
        if lo == 0:
            return reduced
        if not reduced.type.signed:          # an unsigned index minus k would wrap around
            reduced = Expr(f"(int)({reduced.text})", INT, 0, n - 1, UNARY, **joined(reduced))
        text = f"{reduced.at(ADD)} - {-lo}" if lo < 0 else f"{reduced.at(ADD)} + {lo}"
        return Expr(text, INT, lo, hi, ADD, **joined(reduced))

    def mask(self, e: Expr, m: int) -> Expr:
        """e & m, for a constant m >= 0: a value in [0, m] whatever e is."""
        t = usual(e.type, INT)
        lo, hi = op_range("&", t, convert_range(e.lo, e.hi, t), (m, m))
        return Expr(f"{e.at(BAND)} & {m}", t, lo, hi, BAND, **joined(e))

    def narrow(self, e: Expr) -> Expr:
        """e made to take fewer values (for an operator that would overflow)."""
        r = self.rng.random()
        if r < 0.3 and self.opt.has("casts"):
            t = self.choice([CHAR, SCHAR, UCHAR, SHORT, USHORT] + [INT, UINT] * e.type.wide)
            lo, hi = convert_range(e.lo, e.hi, t)
            return Expr(f"({self.spell(t)}){e.at(UNARY)}", t, lo, hi, UNARY, **joined(e))
        t = usual(e.type, INT)
        if r < 0.6:
            return self.mask(e, self.choice([1, 3, 7, 15, 255, 0xfff, 0x7fff, 0xffff]))
        if r < 0.85:
            m = self.choice([3, 10, 100, 1000, 30000])
            lo, hi = op_range("%", t, convert_range(e.lo, e.hi, t), (m, m))
            d = joined(e)
            d["cost"] += 20 if t.wide else 0
            return Expr(f"{e.at(MUL)} % {m}", t, lo, hi, MUL, **d)
        k = self.rng.randint(8, 60 if t.wide else 28)
        lo, hi = op_range(">>", t, convert_range(e.lo, e.hi, t), (k, k))
        return Expr(f"{e.at(SHIFT)} >> {k}", t, lo, hi, SHIFT, **joined(e))

    def binary(self, op: str, a: Expr, b: Expr, t: CType, lo: int, hi: int, **kw) -> Expr:
        if t.wide:                       # a call of the runtime's routine for it, maybe
            kw["cost"] = joined(a, b)["cost"] + wide_cost(op, t, a, b)
        p = BINARY_PREC[op]
        if op in OP_MACROS and self.opt.has("macros") and self.chance(0.06):
            # OP_add(a, b) expands to ((a) + (b)): the same expression.
            self.op_macros.add(op)
            return Expr(f"{OP_MACROS[op]}({a.at(ASSIGN)}, {b.at(ASSIGN)})", t, lo, hi, POSTFIX,
                        **{**joined(a, b), **kw})
        return Expr(f"{a.at(p)} {op} {b.at(p + 1)}", t, lo, hi, p, **{**joined(a, b), **kw})

    def x_arith(self, depth, effects):
        op = self.choice("+-*")
        a = self.expr(depth, effects)
        b = self.operand(depth, effects, a)
        return self.arith(op, a, b)

    def arith(self, op: str, a: Expr, b: Expr) -> Expr:
        """a op b for + - * & | ^, narrowed or done in unsigned when it could overflow."""
        for attempt in range(3):
            t = usual(a.type, b.type)
            r = op_range(op, t, convert_range(a.lo, a.hi, t), convert_range(b.lo, b.hi, t))
            if r is not None:
                return self.binary(op, a, b, t, *r)
            if attempt == 2 or self.chance(0.35):
                break
            if (a.hi - a.lo) >= (b.hi - b.lo):
                a = self.narrow(a)
            else:
                b = self.narrow(b)
        # Signed overflow is possible: compute modulo 2^32 (2^64) and convert back
        # (the conversion of an out-of-range value to int or long long wraps, on
        # gcc as on tinyexec).
        lo, hi = t.lo, t.hi
        if op == "+":
            lo, hi = convert_range(a.lo + b.lo, a.hi + b.hi, t)
        elif op == "-":
            lo, hi = convert_range(a.lo - b.hi, a.hi - b.lo, t)
        u = UNSIGNED_OF[t]
        signed, unsigned = ("int", "unsigned") if t is INT else (self.spell(t), self.spell(u))
        ua = Expr(f"({unsigned}){a.at(UNARY)}", u, *convert_range(a.lo, a.hi, u), UNARY, **joined(a))
        ub = b if self.chance(0.3) else Expr(f"({unsigned}){b.at(UNARY)}", u,
                                             *convert_range(b.lo, b.hi, u), UNARY, **joined(b))
        inner = self.binary(op, ua, ub, u, 0, u.hi)
        return Expr(f"({signed})({inner.text})", t, lo, hi, UNARY, **joined(inner))

    def x_bitwise(self, depth, effects):
        a = self.expr(depth, effects)
        return self.arith(self.choice("&|^"), a, self.operand(depth, effects, a))

    def x_divmod(self, depth, effects):
        op = self.choice("/%")
        a = self.expr(depth, effects)
        b = self.operand(depth, effects, a)
        t = usual(a.type, b.type)
        ar, br = convert_range(a.lo, a.hi, t), convert_range(b.lo, b.hi, t)
        r = op_range(op, t, ar, br, b.nonzero)
        if t.wide and not self.affordable(wide_cost(op, t, a, b) + joined(a, b)["cost"]):
            b = self.divisor(b, a_may_be_min=True)     # a small one: a cheap division
            t = usual(a.type, b.type)
            ar, br = convert_range(a.lo, a.hi, t), convert_range(b.lo, b.hi, t)
            r = op_range(op, t, ar, br, b.nonzero)
        if r is None and self.chance(0.5):
            b = self.divisor(b, a_may_be_min=(t.signed and ar[0] == t.lo))
            t = usual(a.type, b.type)
            ar, br = convert_range(a.lo, a.hi, t), convert_range(b.lo, b.hi, t)
            r = op_range(op, t, ar, br, b.nonzero)
        if r is not None:
            return self.binary(op, a, b, t, *r)
        # Guard the division; the result is then a's value or the quotient/remainder.
        m = max(abs(ar[0]), abs(ar[1]))
        lo, hi = max(-m, t.lo), min(m, t.hi)
        if self.constant_only or (not (a.writes or b.writes) and len(a.text) + len(b.text) < 60
                                  and self.chance(0.5)):
            bad = f"{b.at(EQ + 1)} == 0" + (f" || {b.at(EQ + 1)} == -1" if t.signed else "")
            text = f"{bad} ? {a.at(COND)} : {a.at(MUL)} {op} {b.at(MUL + 1)}"
            d = joined(a, b)
            return Expr(text, t, lo, hi, COND, d["reads"], d["writes"],
                        2 * d["cost"] + (wide_cost(op, t, a, b) if t.wide else 0))
        name = ("div_" if op == "/" else "mod_") + HELPER_SUFFIX[t]
        self.helpers.add(name)
        return Expr(f"{name}({a.at(ASSIGN)}, {b.at(ASSIGN)})", t, lo, hi, POSTFIX,
                    **{**joined(a, b), "cost": joined(a, b)["cost"] + 12
                       + (wide_cost(op, t, a, b) if t.wide else 0)})

    def divisor(self, b: Expr, a_may_be_min: bool) -> Expr:
        """b made nonzero (and, when a may be INT_MIN, not -1)."""
        if not a_may_be_min and self.chance(0.5):
            t = usual(b.type, INT)
            return Expr(f"{b.at(BOR)} | 1", t, *op_range("|", t, convert_range(b.lo, b.hi, t), (1, 1)),
                        BOR, **joined(b), nonzero=True)
        mask = self.choice([3, 7, 15, 255])
        t = usual(b.type, INT)
        return Expr(f"({b.at(BAND)} & {mask}) + 1", t, 1, mask + 1, ADD, **joined(b))

    def x_shift(self, depth, effects):
        op = self.choice(["<<", ">>"])
        a = self.expr(depth, effects)
        if a.type.wide and self.chance(0.5):
            # By a constant: tinyexec shifts the two words inline, differently
            # for counts below, at and above 32.
            k = self.choice([0, 1, 7, 31, 32, 33, 40, 63, self.rng.randint(0, 63)])
            return self.shift(op, a, self.const(value=k))
        b = self.operand(depth, effects, a)
        return self.shift(op, a, b)

    def shift(self, op: str, a: Expr, b: Expr) -> Expr:
        """a << b or a >> b; the count is made to lie in 0..31 (0..63 for a
        64-bit a)."""
        t = a.type.promoted()
        if b.lo < 0 or b.hi >= t.bits:
            b = self.mask(b, self.choice([63, 63, 47, 31, 15, 7] if t.wide else [31, 31, 15, 7, 3]))
        r = op_range(op, t, (a.lo, a.hi), (b.lo, b.hi))
        if r is None and self.chance(0.6):
            a = self.narrow(a) if self.chance(0.5) else self.mask(a, self.choice([1, 15, 255, 0xffff]))
            t = a.type.promoted()
            if b.hi >= t.bits:               # a is no longer 64 bits wide
                b = self.mask(b, 31)
            r = op_range(op, t, (a.lo, a.hi), (b.lo, b.hi))
        if r is not None:
            return self.binary(op, a, b, t, *r)
        # a << b could overflow int (long long): shift in unsigned and convert back.
        u = UNSIGNED_OF[t]
        signed, unsigned = ("int", "unsigned") if t is INT else (self.spell(t), self.spell(u))
        ua = Expr(f"({unsigned}){a.at(UNARY)}", u, *convert_range(a.lo, a.hi, u), UNARY, **joined(a))
        inner = self.binary(op, ua, b, u, 0, u.hi)
        return Expr(f"({signed})({inner.text})", t, t.lo, t.hi, UNARY, **joined(inner))

    def x_compare(self, depth, effects):
        op = self.choice(["<", "<=", ">", ">=", "==", "!="])
        a = self.expr(depth, effects)
        b = self.operand(depth, effects, a)
        return self.binary(op, a, b, INT, 0, 1)

    def x_logical(self, depth, effects):
        # The operands are sequenced, so they may touch the same objects.
        a, b = self.expr(depth, effects), self.expr(depth, effects)
        return self.binary(self.choice(["&&", "||"]), a, b, INT, 0, 1)

    def x_unary(self, depth, effects):
        a = self.expr(depth, effects)
        t = a.type.promoted()
        op = self.choice("-~!+-")
        text = a.at(UNARY)
        if text[0] in "+-" and op in "+-":
            text = f"({text})"                  # not `--x` or `- -x` run together
        if op == "!":
            return Expr(f"!{text}", INT, 0, 1, UNARY, **joined(a))
        if op == "+":
            return Expr(f"+{text}", t, a.lo, a.hi, UNARY, **joined(a))
        if op == "~":
            lo, hi = (~a.hi, ~a.lo) if t.signed else (t.hi - a.hi, t.hi - a.lo)
            return Expr(f"~{text}", t, lo, hi, UNARY, **joined(a))
        if not t.signed:
            lo, hi = (0, 0) if a.hi == 0 else (2 ** t.bits - a.hi, 2 ** t.bits - a.lo) if a.lo > 0 \
                else (0, t.hi)
            return Expr(f"-{text}", t, lo, hi, UNARY, **joined(a))
        if a.lo == t.lo:                        # -INT_MIN overflows: negate in unsigned
            if t is INT:
                return Expr(f"(int)-(unsigned){text}", INT, INT_MIN, INT_MAX, UNARY, **joined(a))
            return Expr(f"({self.spell(t)})-({self.spell(ULLONG)}){text}", t, t.lo, t.hi, UNARY,
                        **joined(a))
        return Expr(f"-{text}", t, -a.hi, -a.lo, UNARY, **joined(a))

    def x_cast(self, depth, effects):
        a = self.expr(depth, effects)
        t = self.choice(self.types)
        lo, hi = convert_range(a.lo, a.hi, t)
        return Expr(f"({self.spell(t)}){a.at(UNARY)}", t, lo, hi, UNARY, **joined(a))

    def x_cond(self, depth, effects):
        c = self.expr(depth, effects)
        a, b = self.expr(depth, effects), self.expr(depth, effects)
        t = usual(a.type, b.type)
        (alo, ahi), (blo, bhi) = convert_range(a.lo, a.hi, t), convert_range(b.lo, b.hi, t)
        return Expr(f"{c.at(LOR)} ? {a.at(COND)} : {b.at(COND)}", t, min(alo, blo), max(ahi, bhi),
                    COND, **joined(c, a, b))

    def x_comma(self, depth, effects):
        # The left operand is there for its side effect.  (Without one, gcc 12
        # even crashes on a cast of a constant comma expression to _Bool.)
        a = self.x_assign(depth, effects) or self.x_incdec(depth, effects)
        if a is None:
            return None
        b = self.expr(depth, effects)
        return Expr(f"{a.at(ASSIGN)}, {b.at(ASSIGN)}", b.type, b.lo, b.hi, COMMA, **joined(a, b))

    def writable(self) -> list[Var]:
        return [v for v in self.visible() if not v.readonly and (
            v.pointer or any(isinstance(t, CType) for t in scalar_leaves(v.shape)))]

    def x_assign(self, depth, effects):
        targets = self.writable()
        if not targets:
            return None
        lv = self.place(self.choice(targets), depth, writing=True)
        e = self.operand(depth, effects, lv)
        if lv.token in e.writes:
            return None
        lo, hi = convert_range(e.lo, e.hi, lv.type)
        d = joined(lv, e)
        return Expr(f"{lv.at(UNARY)} = {e.at(ASSIGN)}", lv.type, lo, hi, ASSIGN,
                    d["reads"], d["writes"] | {lv.token}, d["cost"])

    def x_compound(self, depth, effects):
        targets = self.writable()
        if not targets:
            return None
        lv = self.place(self.choice(targets), depth, writing=True)
        e = self.operand(depth, effects, lv)
        op = self.compound_op(lv, e)
        if op is None or lv.token in e.writes:
            return None
        op, e = op
        d = joined(lv, e)
        if lv.type.wide or (e.type.wide and op not in ("<<", ">>")):
            d["cost"] += wide_cost(op, usual(lv.type, e.type), lv, e)
        return Expr(f"{lv.at(UNARY)} {op}= {e.at(ASSIGN)}", lv.type, lv.type.lo, lv.type.hi, ASSIGN,
                    d["reads"] | {lv.token}, d["writes"] | {lv.token}, d["cost"])

    def compound_op(self, lv: Expr, e: Expr):
        """(op, e) such that `lv op= e` is defined for every value of lv and e
        (e narrowed if needed), or None."""
        ops = [o for o, f in [("+", "arith"), ("-", "arith"), ("*", "arith"), ("/", "divmod"),
                              ("%", "divmod"), ("<<", "shifts"), (">>", "shifts"),
                              ("&", "bitwise"), ("|", "bitwise"), ("^", "bitwise")]
               if self.opt.has(f)]
        if not ops:
            return None
        op = self.choice(ops)
        for _ in range(3):
            if op in ("<<", ">>"):
                if e.lo < 0 or e.hi >= lv.type.promoted().bits:
                    e = self.mask(e, self.choice([7, 31, 63] if lv.type.wide else [7, 31]))
                if not e.type.promoted().signed and not self.opt.has("shift_assign_unsigned_count"):
                    e = Expr(f"(int){e.at(UNARY)}", INT, e.lo, e.hi, UNARY, **joined(e))
                t = lv.type.promoted()
                r = op_range(op, t, (lv.type.lo, lv.type.hi), (e.lo, e.hi))
            else:
                t = usual(lv.type, e.type)
                if op in ("/", "%") and t.wide and not self.affordable(wide_cost(op, t, lv, e)):
                    e = self.divisor(e, a_may_be_min=True)    # a small one: a cheap division
                    t = usual(lv.type, e.type)
                r = op_range(op, t, convert_range(lv.type.lo, lv.type.hi, t),
                             convert_range(e.lo, e.hi, t), e.nonzero)
            if r is not None:
                return op, e
            if op in "/%":
                e = self.divisor(e, a_may_be_min=(t.signed and lv.type.lo == t.lo))
            else:
                e = self.narrow(e)
        return None

    def x_incdec(self, depth, effects):
        # ++/-- on an int (long long) could overflow; narrower types are
        # promoted, and unsigned wraps.
        targets = [v for v in self.writable()
                   if any(not t.increment_may_overflow for t in scalar_leaves(v.shape))]
        for _ in range(3):
            if not targets:
                return None
            lv = self.place(self.choice(targets), depth, writing=True)
            if not lv.type.increment_may_overflow:
                break
        else:
            return None
        op = self.choice(["++", "--"])
        d = joined(lv)
        if self.chance(0.5):
            text, prec = f"{lv.at(POSTFIX)}{op}", POSTFIX
        else:
            text, prec = f"{op}{lv.at(UNARY)}", UNARY
        return Expr(text, lv.type, lv.type.lo, lv.type.hi, prec,
                    d["reads"] | {lv.token}, d["writes"] | {lv.token}, d["cost"])

    def x_call(self, depth, effects):
        """A call of a pure function (or a member of a struct it returns)."""
        if self.constant_only:
            return None
        room = self.budget - self.spent
        callable_ = [f for f in self.functions if f.pure and f is not self.fn
                     and f.cost * self.mult * (5 if f.recursive else 1) < room]
        pointers = [v for v in self.visible(functions=True)
                    if max(f.cost for f in v.callees) * self.mult < room]
        if pointers and (not callable_ or self.chance(0.4)):
            return self.call_through_pointer(self.choice(pointers), depth, effects)
        if not callable_:
            return None
        f = self.choice(callable_)
        args, cost = self.arguments(f, depth, effects)
        if args is None:
            return None
        d = joined(*args)
        text = f"{f.name}({', '.join(a.at(ASSIGN) for a in args)})"
        d["cost"] += cost
        if isinstance(f.ret, Struct):
            base = Expr(text, INT, 0, 0, POSTFIX, **d)
            p = self.path_rvalue(base, f.ret)
            return p
        return Expr(text, f.ret, f.ret.lo, f.ret.hi, POSTFIX, **d)

    def call_through_pointer(self, fp: Var, depth: int, effects: bool) -> Expr | None:
        """fp(args), (*fp)(args) or fa[i](args)."""
        f = fp.callees[0]
        args, _ = self.arguments(f, depth, effects)
        if args is None:
            return None
        callee, parts = fp.name, []
        if fp.count:
            index = self.index(fp.count, 1)
            callee, parts = f"{fp.name}[{index.at(ASSIGN)}]", [index]
        if self.chance(0.3):
            callee = f"(*{callee})"
        if any(conflicts(p, a) for p in parts for a in args):
            return None
        d = joined(*args, *parts)
        d["reads"] |= {fp.token}
        d["cost"] += max(g.cost for g in fp.callees)
        text = f"{callee}({', '.join(a.at(ASSIGN) for a in args)})"
        return Expr(text, f.ret, f.ret.lo, f.ret.hi, POSTFIX, **d)

    def path_rvalue(self, base: Expr, st: Struct) -> Expr | None:
        """A scalar member of a struct rvalue (no array members: those would
        need the rvalue's lifetime rules)."""
        fields = [(n, s) for n, s in st.fields if not isinstance(s, ArrayT)]
        if not fields:
            return None
        name, shape = self.choice(fields)
        e = replace(base, text=f"{base.at(POSTFIX)}.{name}", prec=POSTFIX)
        if isinstance(shape, Struct):
            return self.path_rvalue(e, shape)
        return replace(e, type=shape, lo=shape.lo, hi=shape.hi)

    def arguments(self, f: Function, depth: int, effects: bool):
        """Arguments for a call of f, pairwise free of conflicts (they are not
        sequenced), and the estimated cost of the call."""
        args: list[Expr] = []
        cost = f.cost
        for p in f.params:
            if f.recursive and p is f.params[0]:
                if f is self.fn:                  # the self-call, one level down
                    a = Expr("depth - 1", INT, 0, 4, ADD)
                else:
                    d = self.rng.randint(0, 5)
                    a, cost = self.const(value=d), f.cost * (d + 1)
            elif p.pointer:
                a = self.pointer_argument(p)
            elif isinstance(p.shape, Struct):
                a = self.struct_value(p.shape, depth)
            else:
                a = self.expr(min(depth, 2), effects)
                if any(conflicts(a, b) for b in args):
                    a = self.const()
            if a is None or any(conflicts(a, b) for b in args):
                return None, 0
            args.append(a)
        return args, cost

    def pointer_argument(self, p: Var) -> Expr | None:
        """A pointer into a local array (or struct) of the caller, never a global
        one: the callee must not reach the same object by two names."""
        if isinstance(p.shape, Struct):
            vs = [v for v in self.visible() if not v.is_global and not v.pointer
                  and v.shape is p.shape and not v.readonly]
            if not vs:
                return None
            v = self.choice(vs)
            return Expr(f"&{v.name}", INT, 0, 0, UNARY, reads=frozenset({v.token}),
                        writes=frozenset({v.token}))
        rows = []
        for v in self.visible():
            if v.is_global or v.pointer or v.readonly or not isinstance(v.shape, ArrayT):
                continue
            if v.shape.elem is p.shape and v.shape.n >= p.length:
                rows.append((v, v.name, v.shape.n))
            elif isinstance(v.shape.elem, ArrayT) and v.shape.elem.elem is p.shape and v.shape.elem.n >= p.length:
                rows.append((v, f"{v.name}[{self.rng.randrange(v.shape.n)}]", v.shape.elem.n))
        if not rows:
            return None
        v, row, n = self.choice(rows)
        k = self.rng.randint(0, n - p.length)
        if k or self.chance(0.5):
            text, prec = self.choice([(f"&{row}[{k}]", UNARY), (f"{row} + {k}", ADD)])
        else:
            text, prec = row, PRIMARY
        return Expr(text, INT, 0, 0, prec, reads=frozenset({v.token}), writes=frozenset({v.token}))

    def struct_value(self, st: Struct, depth: int) -> Expr | None:
        """An expression of struct type st: a variable, an element, a member,
        *p, a call, or a conditional between two of them."""
        options = []
        for v in self.visible():
            if not v.token:
                continue
            if v.pointer and v.shape is st:
                options.append(Expr(f"*{v.name}", INT, 0, 0, UNARY,
                                    reads=frozenset({v.token, v.target.token})))
            elif v.pointer:
                continue
            elif v.shape is st:
                options.append(Expr(v.name, INT, 0, 0, reads=frozenset({v.token})))
            elif isinstance(v.shape, ArrayT) and v.shape.elem is st:
                i = self.index(v.shape.n, depth - 1)
                options.append(Expr(f"{v.name}[{i.at(ASSIGN)}]", INT, 0, 0, POSTFIX,
                                    reads=i.reads | {v.token}, writes=i.writes))
            elif isinstance(v.shape, Struct):
                for name, f in v.shape.fields:
                    if f is st:
                        options.append(Expr(f"{v.name}.{name}", INT, 0, 0, POSTFIX,
                                            reads=frozenset({v.token})))
        makers = [f for f in self.functions if f.pure and f.ret is st and f is not self.fn
                  and f.cost * self.mult < self.budget - self.spent and depth > 0]
        if makers and (not options or self.chance(0.3)):
            f = self.choice(makers)
            args, cost = self.arguments(f, depth - 1, True)
            if args is not None:
                d = joined(*args)
                d["cost"] += cost
                return Expr(f"{f.name}({', '.join(a.at(ASSIGN) for a in args)})", INT, 0, 0, POSTFIX, **d)
        if not options:
            return None
        e = self.choice(options)
        if len(options) > 1 and self.opt.has("conditional") and self.chance(0.15):
            c = self.expr(1, False)
            other = self.choice(options)
            e = Expr(f"{c.at(LOR)} ? {e.at(COND)} : {other.at(COND)}", INT, 0, 0, COND,
                     **joined(c, e, other))
        return e

    def x_sizeof(self, depth, effects):
        r = self.rng.random()
        if r < 0.3:
            t = self.choice([t for t in self.types if t is not BOOL])
            size, text = t.size, f"sizeof({self.spell(t)})"
        elif r < 0.6:
            vs = [v for v in self.visible() if not v.pointer and BOOL not in scalar_leaves(v.shape)
                  and not size_unknown(v.shape)]
            if not vs:
                return None
            v = self.choice(vs)
            size, text = sizeof(v.shape), self.choice([f"sizeof {v.name}", f"sizeof({v.name})"])
            if isinstance(v.shape, ArrayT) and self.chance(0.5):
                size, text = v.shape.n, f"sizeof {v.name} / sizeof {v.name}[0]"
        elif r < 0.75 and [s for s in self.structs if not size_unknown(s)]:
            st = self.choice([s for s in self.structs if not size_unknown(s)])
            size, text = sizeof(st), f"sizeof({st.keyword} {st.name})"
        else:
            # The operand of sizeof is not evaluated: its side effects must not happen.
            e = self.expr(min(depth, 2), effects)
            if e.type.width:
                return None                 # sizeof of a bit-field is an error
            size, text = e.type.size, f"sizeof({e.text})"
        return Expr(f"(int){text}" if "/" not in text else f"(int)({text})", INT, size, size, UNARY)

    def x_pointer(self, depth, effects):
        """An int computed from pointers: a difference or a comparison."""
        ptrs = [v for v in self.visible() if v.pointer and v.row and self.is_visible(v.target)]
        if not ptrs:
            return None
        p = self.choice(ptrs)
        klo, khi = p.offsets
        row = p.row
        # `&a[k]` reads nothing, but gcc's -Wsequence-point takes it for a read of
        # a[k] (`p >= &a[6] ^ --a[6]`): count the array as read.
        reads = frozenset({p.token, p.target.token})
        if self.chance(0.5):
            return Expr(f"(int)({p.name} - {row})", INT, klo, khi, UNARY, reads=reads)
        k = self.rng.randint(0, p.length)
        op = self.choice(["==", "!=", "<", "<=", ">", ">="])
        other = self.choice([f"&{row}[{min(k, p.length - 1)}]", f"{row} + {k}"])
        return Expr(f"{p.name} {op} {other}", INT, 0, 1, BINARY_PREC[op], reads=reads)

    # ------------------------------------------------------------ statements

    def charge(self, cost: int):
        self.spent += cost * self.mult

    def affordable(self, cost: int) -> bool:
        """Could an expression of this cost go in the current statement?"""
        return cost * self.mult <= (self.budget - self.spent) / 2

    def over_budget(self, share: float = 1.0) -> bool:
        return self.spent >= self.budget * share

    def statements(self, ctx: Ctx, n: int) -> list:
        """About n statements in the current scope (fewer when the budget is spent)."""
        lines: list = []
        for _ in range(n):
            if self.over_budget():
                break
            lines += self.statement(ctx)
        return lines

    def block(self, ctx: Ctx, n: int) -> list:
        """About n statements in a new scope."""
        self.scopes.append({})
        lines = self.statements(ctx, n)
        self.scopes.pop()
        return lines

    def braced(self, ctx: Ctx, n: int) -> list:
        return ["{"] + indent(self.block(ctx, n)) + ["}"]

    def stmts(self, n: int) -> int:
        return max(1, round(self.rng.randint(1, n) * min(self.size, 2)))

    def statement(self, ctx: Ctx) -> list:
        o = self.opt.has
        deep = ctx.depth >= 3 or self.over_budget(0.7)
        loop_ok = not deep and self.mult * 2 <= self.max_mult
        impure = not self.fn.pure
        kinds = {
            "decl": 3 * (not ctx.no_decl), "assign": 5, "print": 2 * impure, "mix": 2 * impure,
            "print_flags": 0.6 * o("printf_flags") * impure,
            "string": 0.3 * o("string_functions") * impure * (not ctx.no_decl),
            "if": 2 * o("if") * (not deep), "for": 1.5 * o("for") * loop_ok,
            "while": 1 * o("while") * loop_ok, "do": 0.7 * o("do") * loop_ok,
            "switch": 1 * o("switch") * (not deep), "block": 0.4 * o("blocks") * (not deep),
            "goto": 0.4 * o("goto") * (not deep),
            "goto_loop": 0.4 * o("goto_loops") * loop_ok,
            "jump": 0.8 * (ctx.in_loop or ctx.in_switch) * (o("break") or o("continue")),
            "call": 2 * o("functions") * bool(self.functions), "pointer": 0.8 * o("pointers"),
            "struct": 0.8 * o("structs") * bool(self.structs),
            "ret": 0.3 * (self.fn.name != "main"),
            "pp_if": 0.3 * o("conditional_compilation") * (not deep),
        }
        for _ in range(4):
            lines = getattr(self, "s_" + self.pick(kinds))(ctx)
            if lines is not None:
                return lines
        return self.s_assign(ctx) or [";"]

    def expr_depth(self) -> int:
        if self.opt.has("deep_exprs") and self.chance(0.015):
            return self.rng.randint(5, 7)    # more values live at once than registers
        return self.rng.choice([1, 2, 2, 3, 3, 4])

    def cond(self) -> Expr:
        return self.expr(self.rng.choice([1, 2, 3]), True)

    # -- declarations

    def s_decl(self, ctx: Ctx):
        """A local variable, initialized: a scalar, array, struct, pointer or static."""
        o = self.opt.has
        kind = self.pick({"scalar": 6, "array": 2 * o("arrays"),
                          "struct": 1.5 * o("structs") * bool(self.structs),
                          "pointer": 1.5 * o("pointers"),
                          "static": 0.7 * o("static_locals") * (not self.fn.pure and self.fn.name != "main"),
                          "function": 0.7 * o("function_pointers") * bool(self.functions)})
        if kind == "pointer":
            return self.pointer_decl()
        if kind == "function":
            return self.function_pointer_decl()
        if kind in ("array", "struct"):
            shape = self.aggregate_shape(kind)
            copy = self.struct_value(shape, 2) if kind == "struct" and self.chance(0.3) else None
            init = copy.text if copy is not None else self.initializer(shape, constant=False)
            v = self.new_var("la" if kind == "array" else "ls", shape, init)
            self.charge(sizeof(shape) // 2 + 2)
            self.declare(v)
            return [f"{self.declarator(v.name, shape)} = {init};"]
        t = self.choice(self.types)
        if kind == "static" and o("static_aggregates") and self.chance(0.3):
            # An array or struct that keeps its contents from call to call.
            shape = self.aggregate_shape(self.choice(["array", "struct"]) if self.structs else "array")
            v = self.new_var("sa", shape)
            self.declare(v)
            init = f" = {self.initializer(shape, constant=True)}" if self.chance(0.8) else ""
            return [f"static {self.declarator(v.name, shape)}{init};"]
        if kind == "static":
            # A static local keeps its value from call to call.
            init = self.const(t).text
            v = self.new_var("st", t, init)
            self.declare(v)
            return [f"static {self.spell(t)} {v.name} = {init};" if self.chance(0.8)
                    else f"static {self.spell(t)} {v.name};"]
        e = self.expr(self.expr_depth(), True)
        v = self.new_var("l", t, e.text)
        self.charge(e.cost + 1)
        self.declare(v)
        # volatile: every access is a load or store (no value kept in a register).
        v.volatile = o("volatile") and self.chance(0.06)
        qualifier = "volatile " if v.volatile else ""
        return [f"{qualifier}{self.spell(t)} {v.name} = {e.at(ASSIGN)};"]

    def aggregate_shape(self, kind: str):
        o = self.opt.has
        if kind == "struct":
            return self.choice(self.structs)
        r = self.rng.random()
        if r < 0.25 and o("arrays2d"):
            return ArrayT(ArrayT(self.choice(self.types), self.rng.randint(2, 4)), self.rng.randint(2, 4))
        if r < 0.4 and o("struct_arrays") and self.structs:
            return ArrayT(self.choice(self.structs), self.rng.randint(2, 3))
        return ArrayT(self.choice(self.types), self.choice([2, 3, 4, 5, 8, 10, 16]))

    def initializer(self, shape, constant: bool, depth: int = 0) -> str:
        """A brace initializer for shape, maybe partial (the rest is zero) or
        designated.  Its elements have no side effects: C does not sequence them."""
        if isinstance(shape, CType):
            if not constant and self.chance(0.3):
                return self.expr(2, effects=False).at(ASSIGN)
            if constant and self.opt.has("const_init_exprs") and self.chance(0.2):
                return self.const_expr().at(ASSIGN)
            if shape.width and self.chance(0.3):
                # A value of the declared type, not of the bit-field: converted
                # (modulo 2^width) at compile time for a static one.
                return self.const(BASE_TYPES[shape.name]).at(ASSIGN)
            return self.const(shape).at(ASSIGN)
        if depth == 0 and self.chance(0.15):
            return "{0}"
        if (isinstance(shape, ArrayT) and shape.elem in (CHAR, SCHAR, UCHAR) and self.opt.has("strings")
                and self.chance(0.35)):
            return self.string_literal(self.rng.randint(0, shape.n))
        if isinstance(shape, Struct) and shape.union:
            name, member = self.choice(shape.writable_fields())
            if name == shape.fields[0][0] and self.chance(0.5):
                return "{" + self.initializer(member, constant, depth + 1) + "}"
            if not self.opt.has("designated_init"):
                name, member = shape.fields[0]
                return "{" + self.initializer(member, constant, depth + 1) + "}"
            return "{." + name + " = " + self.initializer(member, constant, depth + 1) + "}"
        items = shape.fields if isinstance(shape, Struct) else [(None, shape.elem)] * shape.n
        count = len(items) if self.chance(0.6) else self.rng.randint(1, len(items))
        if self.opt.has("designated_init") and self.chance(0.2):
            chosen = sorted(self.rng.sample(range(len(items)), count))
            parts = [(f".{items[i][0]} = " if isinstance(shape, Struct) else f"[{i}] = ")
                     + self.initializer(items[i][1], constant, depth + 1) for i in chosen]
        else:
            parts = [self.initializer(items[i][1], constant, depth + 1) for i in range(count)]
        return "{" + ", ".join(parts) + "}"

    def string_literal(self, length: int) -> str:
        """A string literal of ``length`` characters (which may fill the array
        exactly, leaving no room for the NUL: C allows that)."""
        pieces = []
        for _ in range(length):
            r = self.rng.random()
            if r < 0.75:
                pieces.append(self.choice(PRINTABLE))
            elif r < 0.9:
                pieces.append(self.choice(["\\n", "\\t", "\\\\", '\\"', "\\'", "\\a"]))
            else:   # three octal digits, so a following digit cannot extend the escape
                pieces.append(f"\\{self.rng.choice([0, 1, 127, 128, 200, 255, self.rng.randrange(256)]):03o}")
        if len(pieces) > 1 and self.chance(0.2):      # "ab" "cd": concatenated by the compiler
            cut = self.rng.randint(1, len(pieces) - 1)
            return '"' + "".join(pieces[:cut]) + '" "' + "".join(pieces[cut:]) + '"'
        return '"' + "".join(pieces) + '"'

    def const_expr(self) -> Expr:
        """A constant expression (for a static initializer): constants and
        operators, no function calls."""
        saved = self.scopes, self.constant_only
        self.scopes, self.constant_only = [{}], True
        try:
            return self.expr(2, effects=False)
        finally:
            self.scopes, self.constant_only = saved

    def signature(self, f: Function):
        return (f.ret, tuple(p.shape for p in f.params))

    def function_pointer_decl(self):
        """`int (*fp)(short, int) = f1;`, an array of them, or through a local typedef."""
        usable = [f for f in self.functions if f.pure and not f.recursive and f is not self.fn
                  and isinstance(f.ret, CType) and all(p.scalar for p in f.params)]
        if not usable:
            return None
        f = self.choice(usable)
        callees = [g for g in usable if self.signature(g) == self.signature(f)]
        count = self.rng.randint(2, 3) if self.chance(0.3) else 0
        v = self.new_var("fp", None, callees=callees, count=count)
        params = ", ".join(self.spell(p.shape) for p in f.params) or "void"
        ret = self.spell(f.ret)
        name = lambda g: g.name if self.chance(0.7) else f"&{g.name}"
        dims = f"[{count}]" if count else ""
        init = ("{" + ", ".join(name(self.choice(callees)) for _ in range(count)) + "}" if count
                else name(self.choice(callees)))
        lines = []
        if self.chance(0.3):
            lines.append(f"typedef {ret} (*{v.name}_t)({params});")
            lines.append(f"{v.name}_t {v.name}{dims} = {init};")
        else:
            lines.append(f"{ret} (*{v.name}{dims})({params}) = {init};")
        self.declare(v)
        return lines

    def pointer_decl(self, static: bool = False):
        """T *p = &a[k]: a pointer into an array row, or to a struct, with the
        range of offsets it may later be moved to."""
        rows = []            # (object, how to name the row, element shape, length)
        for v in self.visible():
            if v.pointer or v.readonly or not isinstance(v.shape, (ArrayT, Struct)):
                continue
            if isinstance(v.shape, Struct):
                rows.append((v, v.name, v.shape, 0))
            elif isinstance(v.shape.elem, CType):
                rows.append((v, v.name, v.shape.elem, v.shape.n))
            elif isinstance(v.shape.elem, ArrayT) and isinstance(v.shape.elem.elem, CType):
                rows.append((v, f"{v.name}[{self.rng.randrange(v.shape.n)}]", v.shape.elem.elem, v.shape.elem.n))
                if self.opt.has("row_pointers"):
                    rows += [(v, v.name, v.shape.elem, v.shape.n)] * 2   # T (*p)[m]: p[i][j], (*p)[j]
            elif isinstance(v.shape.elem, Struct) and self.opt.has("struct_pointers") and self.chance(0.6):
                rows.append((v, v.name, v.shape.elem, v.shape.n))      # p[i].f, (p + 1)->f
            elif isinstance(v.shape.elem, Struct):
                rows.append((v, f"{v.name}[{self.rng.randrange(v.shape.n)}]", v.shape.elem, 0))
        if not rows:
            return None
        target, row, elem, n = self.choice(rows)
        if n == 0:                             # a struct: p->member
            p = self.new_var("p", elem, row, pointer=True, target=target)
            self.declare(p)
            return [f"{self.spell(elem)} *{p.name} = &{row};"]
        klo = self.rng.randint(0, n - 1)
        khi = self.rng.randint(klo, n - 1)
        k = self.rng.randint(klo, khi)
        init = self.choice([f"&{row}[{k}]", f"{row} + {k}"]) if k else self.choice([row, f"&{row}[0]"])
        if static and "[" in row and not self.opt.has("static_row_decay"):
            init = f"&{row}[{k}]"              # not `m[1] + k`: an address constant by decay
        p = self.new_var("p", elem, init, pointer=True, target=target, length=n,
                         offsets=(klo, khi), row=row)
        self.declare(p)
        if isinstance(elem, ArrayT):
            return [f"{self.spell(elem.elem)} (*{p.name})[{elem.n}] = {init};"]
        return [f"{self.spell(elem)} *{p.name} = {init};"]

    # -- simple statements

    def s_assign(self, ctx: Ctx):
        """An expression statement: an assignment, compound assignment or ++/--."""
        r = self.rng.random()
        depth = self.expr_depth()
        e = None
        if r < 0.25 and self.opt.has("compound_assign"):
            e = self.x_compound(depth, True)
        elif r < 0.4 and self.opt.has("incdec"):
            e = self.x_incdec(depth, True)
        e = e or self.x_assign(depth, True)
        if e is None:
            return None
        self.charge(e.cost + 1)
        return [f"{e.text};"]

    def s_print(self, ctx: Ctx):
        if PRINT_COST * self.mult > self.budget - self.spent:
            return None                     # too expensive here (in a loop, say)
        e = self.expr(self.expr_depth(), True)
        if self.wide and not e.type.wide and self.chance(0.25):
            e = self.widened(e)
        if print_cost(e.type) * self.mult > self.budget - self.spent:
            return self.mix(e)              # a 64-bit number costs more
        fmt = self.format(e.type)
        if self.opt.has("printf_formats") and self.chance(0.2) and not self.over_budget(0.5):
            e2 = self.operand(2, True, e)
            self.charge(e.cost + e2.cost + print_cost(e.type) + print_cost(e2.type))
            return [f'printf("{fmt} {self.format(e2.type)}\\n", {self.print_arg(e)}, {self.print_arg(e2)});']
        self.charge(e.cost + print_cost(e.type))
        return [f'printf("{fmt}\\n", {self.print_arg(e)});']

    def widened(self, e: Expr) -> Expr:
        """A 64-bit expression made of e: e cast, or e op a 64-bit constant."""
        t = self.choice(WIDE)
        if self.chance(0.5):
            lo, hi = convert_range(e.lo, e.hi, t)
            return Expr(f"({self.spell(t)}){e.at(UNARY)}", t, lo, hi, UNARY, **joined(e))
        c = self.const(t)
        return self.arith(self.choice("+-*^"), e, c) if self.chance(0.5) else self.arith("+", c, e)

    def print_arg(self, e: Expr) -> str:
        """e as an argument of printf.  A 64-bit one is cast to its type if an
        unsuffixed constant in it is a long for gcc (a long long for tinyexec):
        %lld wants a long long."""
        if e.type.wide and any(long_constant(m) for m in INT_CONSTANT.finditer(e.text)):
            return f"({self.spell(e.type)}){e.at(UNARY)}"
        return e.at(ASSIGN)

    def format(self, t: CType) -> str:
        if t.wide:
            return self.format64(t)
        unsigned = t.promoted() is UINT
        if not self.opt.has("printf_formats") or self.chance(0.6):
            return ("%u" if self.chance(0.6) else "%x") if unsigned else "%d"
        if unsigned:
            return self.choice(["%u", "%x", "%X", "%08x", "%#x", "%12u", "%-9u|"])
        return self.choice(["%d", "%i", "%5d", "%-6d|", "%+d", "%05d", "% d"])

    def format64(self, t: CType) -> str:
        if not self.opt.has("printf_formats") or self.chance(0.6):
            return ("%llu" if self.chance(0.6) else "%llx") if not t.signed else "%lld"
        if not t.signed:
            return self.choice(["%llu", "%llx", "%llX", "%016llx", "%#llx", "%22llu", "%-20llu|"])
        return self.choice(["%lld", "%lli", "%5lld", "%-21lld|", "%+lld", "%021lld", "% lld"])

    def s_print_flags(self, ctx: Ctx):
        """printf with the conversions and flags s_print leaves out: %c, %%, %s,
        %o, precision, widths given as arguments (negative too), h and hh
        length modifiers, flags combined; or putchar, or puts.  Sometimes its
        result goes into the checksum."""
        n = self.rng.randint(1, 3)
        if PRINT_COST * n * self.mult > self.budget - self.spent:
            return None
        self.charge(PRINT_COST * n)
        r = self.rng.random()
        if r < 0.1:
            e = self.expr(2)
            self.charge(e.cost)
            return [f"putchar({self.print_arg(e)});"]
        if r < 0.15:
            return [f"puts({self.string_literal(self.rng.randint(0, 8))});"]
        fmt, args, seen = [], [], []
        for _ in range(n):
            conversion, conversion_args = self.flagged_conversion(seen)
            fmt.append(conversion)
            args += conversion_args
        text = self.choice([" ", "|", "", ":", "%%"]).join(fmt)
        call = f'printf("{text}\\n"{"".join(", " + a for a in args)})'
        if self.chance(0.2):
            return [f"crc = crc * 31u + (unsigned){call};"]   # the count of characters printed
        return [call + ";"]

    def flagged_conversion(self, seen: list) -> tuple[str, list]:
        """A conversion specification and its arguments; ``seen`` holds the
        expressions already passed (they are not sequenced with the next)."""
        r = self.rng.random()
        if r < 0.15:
            width = self.choice(["", "5", "-7", "12"])
            precision = self.choice(["", "", ".0", ".2", ".9"])
            return f"%{width}{precision}s", [self.string_literal(self.rng.randint(0, 6))]
        e = self.expr(2)
        for _ in range(2):
            if not any(conflicts(e, other) for other in seen):
                break
            e = self.expr(2)
        else:
            e = self.const()
        seen.append(e)
        self.charge(e.cost)
        if e.type.wide:
            return self.format64(e.type), [self.print_arg(e)]
        if r < 0.3:
            return self.choice(["%c", "%3c", "%-2c"]), [e.at(ASSIGN)]
        signed = e.type.promoted() is INT
        letter = self.choice("di") if signed else self.choice("uxXo")
        length = self.choice(["", "", "", "h", "hh"])
        flags = "".join(sorted(set(self.rng.sample("-+ 0#", self.rng.randint(0, 2)))))
        if not signed:
            flags = flags.replace("+", "").replace(" ", "")   # no sign for unsigned conversions
        if letter in "di":
            flags = flags.replace("#", "")                    # no alternative form of %d
        if self.chance(0.25):
            # Width and precision from the arguments: a negative width left-justifies,
            # a negative precision counts as none.
            width = self.rng.randint(-12, 12)
            precision = self.rng.randint(-2, 6)
            return f"%{flags}*.*{length}{letter}", [str(width), str(precision), e.at(ASSIGN)]
        width = self.choice(["", "", "1", "4", "9", "15"])
        precision = self.choice(["", "", ".0", ".1", ".3", ".11"])
        return f"%{flags}{width}{precision}{length}{letter}", [e.at(ASSIGN)]

    def s_string(self, ctx: Ctx):
        """A char buffer of its own, worked on by <string.h>'s functions and its
        results folded into the checksum or printed.  It stays NUL-terminated:
        its last byte is 0, and every write ends before it (or is a strcpy
        whose NUL lands on it, or a strcat guarded by strlen)."""
        n = self.rng.randint(4, 24)
        ops = self.rng.randint(2, 5)
        if (3 * n * ops + 60) * self.mult > (self.budget - self.spent) / 2:
            return None
        self.charge(3 * n * ops + 60)
        sb = self.fresh("sb")           # declared to no scope: nothing else writes it
        fill = self.expr(2)
        lines = [f"char {sb}[{n}];", f"memset({sb}, {fill.at(ASSIGN)}, sizeof {sb});",
                 f"{sb}[{n - 1}] = {self.choice(['0', chr(39) + chr(92) + '0' + chr(39)])};"]
        for _ in range(ops):
            lines += self.string_write(sb, n) if self.chance(0.5) else self.string_result(sb, n)
        return ["{"] + indent(lines) + ["}"]

    def string_write(self, sb: str, n: int) -> list:
        """A statement that changes bytes 0..n-2 of the buffer sb[n] (or another
        object, from it)."""
        r = self.rng.random()
        k = self.rng.randint(0, n - 2)
        room = n - 1 - k                  # bytes k..n-2
        if r < 0.2:
            return [f"strcpy({sb} + {k}, {self.string_literal(self.rng.randint(0, room - 1))});"]
        if r < 0.3:
            return [f"strncpy({sb} + {k}, {self.string_literal(self.rng.randint(0, 8))}, "
                    f"{self.rng.randint(0, room)});"]
        if r < 0.45:
            sources = [v for v in self.visible() if not v.pointer and v.token and not v.volatile
                       and bytes_viewable(v.shape, False)]
            if sources:
                v = self.choice(sources)
                m = self.rng.randint(0, min(room, sizeof(v.shape)))
                start = v.name if isinstance(v.shape, ArrayT) else f"&{v.name}"
                return [f"memcpy({sb} + {k}, {start}, {m});"]
        if r < 0.55:
            m = self.rng.randint(0, room)
            j = self.rng.randint(0, n - 1 - m)
            return [f"memmove({sb} + {k}, {sb} + {j}, {m});"]
        if r < 0.65:
            c = self.expr(2)
            return [f"memset({sb} + {k}, {c.at(ASSIGN)}, {self.rng.randint(0, room)});"]
        if r < 0.75:
            lit = self.string_literal(self.rng.randint(0, 5))
            length = self.rng.randint(0, 5)
            if self.chance(0.5):
                return [f"if (strlen({sb}) + {length} < {n}) strncat({sb}, {lit}, {length});"]
            return [f"if (strlen({sb}) + strlen({lit}) < {n}) strcat({sb}, {lit});"]
        if r < 0.85:
            # Bytes from the buffer into another object: any bytes are a value of
            # its type (not of a _Bool), and it may be a loop counter's neighbour.
            targets = [v for v in self.writable() if not v.pointer and bytes_viewable(v.shape, True)
                       and sizeof(v.shape) <= n and not v.volatile]
            if targets:
                v = self.choice(targets)
                m = self.rng.randint(1, sizeof(v.shape))
                start = v.name if isinstance(v.shape, ArrayT) else f"&{v.name}"
                return [f"memcpy({start}, {sb} + {self.rng.randint(0, n - m)}, {m});"]
        e = self.expr(2)
        return [f"{sb}[{self.rng.randint(0, n - 2)}] = {e.at(ASSIGN)};"]

    def string_result(self, sb: str, n: int) -> list:
        """Something computed from the buffer sb[n], printed or folded in."""
        k = self.rng.randint(0, n - 1)
        lit = self.string_literal(self.rng.randint(0, 4))
        c = self.choice([self.char_literal(self.rng.randint(0, 127)), str(self.rng.randint(0, 255)),
                         f"{sb}[{self.rng.randint(0, n - 1)}]"])
        m = self.rng.randint(0, n - k)
        value = self.choice([
            f"(int)strlen({sb} + {k})",
            f"memcmp({sb} + {k}, {sb} + {self.rng.randint(0, n - m)}, {m}) {self.choice(['<', '>', '=='])} 0",
            f"strcmp({sb} + {k}, {lit}) {self.choice(['<', '>', '=='])} 0",
            f"strncmp({sb}, {lit}, {self.rng.randint(0, 6)}) {self.choice(['<', '>', '=='])} 0",
            f"strchr({sb}, {c}) ? (int)(strchr({sb}, {c}) - {sb}) : -1",
            f"strrchr({sb} + {k}, {c}) ? (int)(strrchr({sb} + {k}, {c}) - {sb}) : -1",
            f"memchr({sb}, {c}, {n}) ? (int)((char *)memchr({sb}, {c}, {n}) - {sb}) : -1",
            f"(int)strspn({sb} + {k}, {lit})", f"(int)strcspn({sb}, {lit})",
            f"strstr({sb}, {lit}) ? (int)(strstr({sb}, {lit}) - {sb}) : -1",
        ])
        if self.chance(0.3):
            return [f'printf("%d\\n", {value});']
        if self.chance(0.3):
            spec = self.choice(["", "-9", "6", ".3", "-9.2", "12.0"])
            return [f'printf("%{spec}s|%.*s|\\n", {sb} + {k}, {self.rng.randint(-1, n)}, {sb});']
        return [f"crc = crc * 31u + (unsigned)({value});"]

    def s_mix(self, ctx: Ctx):
        """Fold a value into the checksum (cheaper than printing it)."""
        return self.mix(self.expr(self.expr_depth(), True))

    def mix(self, e: Expr) -> list:
        self.charge(e.cost + 4)
        if e.type.wide and self.chance(0.6):
            self.helpers.add("fold64")
            self.charge(15)
            return [f"crc = crc * 31u + fold64({e.at(ASSIGN)});"]
        if self.chance(0.5):
            return [f"crc = crc * 31u + (unsigned){e.at(UNARY)};"]
        if e.type is LLONG:                 # crc ^ e is a long long: times 16777619 overflows
            return [f"crc = (crc ^ (unsigned){e.at(UNARY)}) * 16777619u;"]
        return [f"crc = (crc ^ {e.at(BXOR + 1)}) * 16777619u;"]

    def s_jump(self, ctx: Ctx):
        # `continue` directly in a switch leaves the switch too.
        can_continue = ctx.in_loop and self.opt.has("continue") and (
            not ctx.in_switch or self.opt.has("jump_out_of_switch"))
        word = "continue" if can_continue and (self.chance(0.4) or not self.opt.has("break")) else "break"
        if word == "break" and not self.opt.has("break"):
            return None
        if self.chance(0.2):
            return [f"{word};"]
        c = self.cond()
        self.charge(c.cost + 1)
        return [f"if ({c.text}) {word};"]

    def s_ret(self, ctx: Ctx):
        if ctx.under_switch and not self.opt.has("jump_out_of_switch"):
            return None
        c = self.cond()
        value = self.return_value()
        if value is None:
            return None
        self.charge(c.cost + 2)
        return [f"if ({c.text}) return{value};"]

    def return_value(self) -> str | None:
        ret = self.fn.ret
        if ret is None:
            return ""
        if isinstance(ret, Struct):
            e = self.struct_value(ret, 2)
            return None if e is None else " " + e.text
        return " " + self.expr(self.expr_depth(), True).text

    # -- compound statements

    def s_if(self, ctx: Ctx):
        c = self.cond()
        self.charge(c.cost + 1)
        inner = replace(ctx, depth=ctx.depth + 1, no_decl=False)
        body = self.braced(inner, self.stmts(3))
        lines = [f"if ({c.text}) {body[0]}"] + body[1:]
        while self.chance(0.4) and not self.over_budget():
            final = self.chance(0.6)
            if final:
                lines[-1] += " else {"
            else:                                  # `else if`: the chain may go on
                c2 = self.cond()
                self.charge(c2.cost + 1)
                lines[-1] += f" else if ({c2.text}) {{"
            lines += indent(self.block(inner, self.stmts(2))) + ["}"]
            if final:
                break
        return lines

    def loop_bound(self) -> int | None:
        most = min(20, self.max_mult // self.mult)
        return self.rng.randint(2, most) if most >= 2 else None

    def loop_body(self, ctx: Ctx, iterations: int, prologue=(), statement: bool = True) -> list:
        """The braced body of a loop that runs ``iterations`` times; not
        ``statement``: a loop made of a goto, where break and continue are
        those of the statement around it."""
        saved = self.mult
        self.mult *= iterations
        self.charge(3)
        inner = replace(ctx, depth=ctx.depth + 1, no_decl=False)
        if statement:
            inner = replace(inner, in_loop=True, in_switch=False)
        lines = ["{"] + indent(list(prologue) + self.block(inner, self.stmts(3))) + ["}"]
        self.mult = saved
        return lines

    def counter(self, prefix: str, t: CType, lo: int, hi: int, init: str = "") -> Var:
        """A loop counter: the body reads it (its range is known), never writes it."""
        return self.new_var(prefix, t, init, readonly=True, lo=lo, hi=hi)

    def s_for(self, ctx: Ctx):
        n = self.loop_bound()
        if n is None:
            return None
        form = self.rng.random()
        if form < 0.55:                          # counting up from start by step
            start, step = self.choice([0, 0, 0, 1, -3, 5]), self.choice([1, 1, 1, 2, 3])
            last = start + (n - 1) * step
            t = INT
            if self.wide and self.chance(0.2):    # a 64-bit counter (an index, too)
                t = self.choice([LLONG, ULLONG] if start >= 0 else [LLONG])
            i = self.counter("i", t, start, last)
            cond = self.choice([f"{i.name} < {last + self.rng.randint(1, step)}",
                                f"{i.name} <= {last + self.rng.randint(0, step - 1)}"]
                               + ([f"{i.name} != {last + 1}"] if step == 1 else []))
            inc = (self.choice([f"{i.name}++", f"++{i.name}", f"{i.name} += 1", f"{i.name} = {i.name} + 1"])
                   if step == 1 else f"{i.name} += {step}")
            init, final = start, last + step
        elif form < 0.8:                         # counting down to 1
            i = self.counter("i", INT, 1, n)
            cond = self.choice([f"{i.name} > 0", f"{i.name} >= 1", f"{i.name}"])
            inc = self.choice([f"{i.name}--", f"--{i.name}", f"{i.name} -= 1"])
            init, final = n, 0
        else:                                    # unsigned, decremented in the condition
            i = self.counter("u", UINT, 0, n - 1)
            cond, inc, init, final = f"{i.name}-- > 0", "", n, UINT_MAX
        lines = []
        if self.chance(0.3) and not ctx.no_decl:
            # Declared before the loop, so it can be read after it (after a break, say).
            body_range = (i.lo, i.hi)
            lines.append(f"{self.spell(i.shape)} {i.name} = 0;")
            self.declare(i)
            head = f"for ({i.name} = {init}; {cond}; {inc}) "
            body = self.loop_body(ctx, n)
            i.lo, i.hi = min(body_range[0], final, 0), max(body_range[1], final, 0)
        else:
            self.scopes.append({})
            self.declare(i)
            head = f"for ({self.spell(i.shape)} {i.name} = {init}; {cond}; {inc}) "
            body = self.loop_body(ctx, n)
            self.scopes.pop()
        self.charge(2)
        return lines + [head + body[0]] + body[1:]

    def s_while(self, ctx: Ctx):
        """while with its counter updated in the condition, so `continue` cannot skip it."""
        n = self.loop_bound()
        if n is None:
            return None
        form = self.rng.random()
        self.scopes.append({})
        if self.opt.has("forever_loops") and self.chance(0.2):
            # No condition: the body's first statement leaves after n rounds.
            w = self.counter("w", INT, 1, n)
            self.declare(w)
            test = self.choice([f"if (++{w.name} > {n}) break;", f"if ({w.name}++ == {n}) break;"])
            body = self.loop_body(ctx, n, prologue=[test])
            self.scopes.pop()
            head = self.choice(["for (;;) ", "while (1) ", "for (; 1; ) ", "while (-1) "])
            return ["{", f"    int {w.name} = {0 if '++' + w.name in test else 1};",
                    f"    {head}{body[0]}"] + indent(body[1:]) + ["}"]
        if form < 0.4:
            w = self.counter("w", INT, 1, n)
            decl, cond = f"int {w.name} = 0;", f"{w.name}++ < {n}"
        elif form < 0.7:
            w = self.counter("w", INT, 0, n - 1)
            decl, cond = f"int {w.name} = {n};", f"--{w.name} >= 0"
        else:
            c = self.cond()                      # first: the counter may shadow what it reads
            w = self.counter("w", INT, 1, n, c.text)
            decl = f"int {w.name} = 0;"
            cond = (f"{c.at(LAND)} && {w.name}++ < {n}" if self.chance(0.5)
                    else f"{w.name}++ < {n} && {c.at(LAND + 1)}")
        self.declare(w)
        body = self.loop_body(ctx, n)
        self.scopes.pop()
        return ["{", "    " + decl, f"    while ({cond}) {body[0]}"] + indent(body[1:]) + ["}"]

    def s_do(self, ctx: Ctx):
        n = self.loop_bound()
        if n is None:
            return None
        self.scopes.append({})
        w = self.counter("w", INT, 0, n - 1)
        self.declare(w)
        body = self.loop_body(ctx, n)
        if self.chance(0.6):
            cond = f"++{w.name} < {n}"
        else:
            c = self.cond()
            cond = f"{c.at(LAND)} && ++{w.name} < {n}"
        self.scopes.pop()
        return (["{", f"    int {w.name} = 0;", "    do {"] + indent(body[1:-1])
                + [f"    }} while ({cond});", "}"])

    def s_switch(self, ctx: Ctx):
        e = self.cond()
        t = e.type.promoted()
        lo, hi = convert_range(e.lo, e.hi, t)
        values: list = []
        for _ in range(self.rng.randint(1, 5)):
            r = self.rng.random()
            if hi - lo < 40:
                v = self.rng.randint(lo, hi)
            elif r < 0.3 and max(lo, -20) <= min(hi, 20):
                v = self.rng.randint(max(lo, -20), min(hi, 20))
            elif r < 0.7:
                v = t.convert(self.choice(INTERESTING64 if t.wide and self.chance(0.5) else INTERESTING))
            else:
                v = self.rng.randint(lo, hi)
            if v not in values:
                values.append(v)
        self.charge(e.cost + 2 * len(values))
        labels = [f"case {self.const(value=v).text}:" for v in values]
        if self.chance(0.7):
            labels.insert(self.rng.randint(0, len(labels)), "default:")
        # No declarations directly under a label: a jump to a later label
        # would skip their initialization.
        inner = replace(ctx, depth=ctx.depth + 1, in_switch=True, under_switch=True, no_decl=True)
        lines = [f"switch ({e.text}) {{"]
        while labels:
            label = labels.pop(0)
            lines.append(label)
            if labels and self.opt.has("case_in_block") and self.chance(0.2):
                # The next label inside an if's block (as in Duff's device): the
                # switch jumps into the block, past its condition.
                c = self.cond()
                self.charge(c.cost + 1)
                first, second = self.block(inner, self.stmts(2)), self.block(inner, self.stmts(2))
                lines += indent([f"if ({c.text}) {{"] + indent(first) + [labels.pop(0)]
                                + indent(second or [";"]) + ["}"])
                if self.chance(0.5):
                    lines.append("    break;")
                continue
            if self.chance(0.2):
                continue                    # stacked labels: `case 1: case 2: ...`
            if self.chance(0.8):
                body = self.block(inner, self.stmts(2))
            else:
                body = self.braced(replace(inner, no_decl=False), self.stmts(2))
            if self.chance(0.7):
                body.append("break;")       # otherwise: fall through
            lines += indent(body or [";"])
        if lines[-1].endswith(":"):
            lines.append("    ;")           # a label needs a statement
        return lines + ["}"]

    def s_pp_if(self, ctx: Ctx):
        """#if / #ifdef / #ifndef with an #else: one branch is compiled, in the
        enclosing scope (a preprocessor branch is not a block)."""
        cond, taken = self.pp_condition()
        live = self.statements(ctx, self.stmts(2))
        # The other branch: valid C that is never compiled, so it must leave
        # no trace in the generator's state.
        saved = (self.spent, list(self.helpers), dict(self.macros), set(self.op_macros))
        self.scopes.append({})
        dead = self.statements(ctx, self.stmts(2))
        self.scopes.pop()
        self.spent, helpers, self.macros, self.op_macros = saved
        self.helpers = set(helpers)
        first, second = (live, dead) if taken else (dead, live)
        return [cond] + first + ["#else"] + second + ["#endif"]

    def pp_condition(self) -> tuple[str, bool]:
        """A preprocessor condition and whether it holds.  Small values only:
        #if computes in intmax_t, which is 64 bits for gcc."""
        small = [(n, v) for n, (_, v) in self.macros.items() if abs(v) < 1000 and self.pp_exact(n)]
        r = self.rng.random()
        if r < 0.25 and self.macros:
            name = self.choice(list(self.macros))
            return self.choice([(f"#ifdef {name}", True), (f"#ifndef {name}", False),
                                (f"#if defined({name})", True), (f"#if !defined {name}", False)])
        if r < 0.4:
            return self.choice([("#ifdef NOT_DEFINED", False), ("#ifndef NOT_DEFINED", True),
                                ("#if defined NOT_DEFINED || 1", True)])
        if r < 0.7 and small:
            name, v = self.choice(small)
            k = self.rng.randint(-20, 20)
            op = self.choice(["<", ">", "==", "!=", "<=", ">="])
            holds = {"<": v < k, ">": v > k, "==": v == k, "!=": v != k, "<=": v <= k, ">=": v >= k}[op]
            return f"#if {name} {op} {k}", holds
        a, b = self.rng.randint(0, 9), self.rng.randint(1, 9)
        form = self.choice([(f"#if ({a} << 2) + {b} > 20", (a << 2) + b > 20),
                            (f"#if {a} % {b} == 0", a % b == 0),
                            (f"#if {a} * {b} - 10 < 0 && {b}", a * b - 10 < 0),
                            (f"#if {a} ? {b} > 4 : {b} < 4", b > 4 if a else b < 4),
                            (f"#if ~{a} & {b}", bool(~a & b))])
        return form

    def pp_exact(self, name: str) -> bool:
        """Whether #if sees the macro's value: not if its expansion names an
        enumeration constant (an identifier, 0 to the preprocessor) or is
        unsigned (#if compares it as uintmax_t: `5u < -3` holds; `5ull` too)."""
        text = self.macros[name][0]
        enums = {n for n, _ in self.enums}
        for word in re.findall(r"\b\w+\b", text):
            if word in enums or word[0].isdigit() and re.search(r"[uU]L*$", word, re.I):
                return False
            if word in self.macros and not self.pp_exact(word):
                return False
        return True

    def s_block(self, ctx: Ctx):
        return self.braced(replace(ctx, depth=ctx.depth + 1, no_decl=False), self.stmts(3))

    def s_goto_loop(self, ctx: Ctx):
        """A loop made of a backward goto: `again: { ... } if (++g < n) goto again;`."""
        n = self.loop_bound()
        if n is None:
            return None
        self.labels += 1
        label = f"again{self.labels}"
        self.scopes.append({})
        g = self.counter("g", INT, 0, n - 1)
        self.declare(g)
        body = self.loop_body(ctx, n, statement=False)
        self.scopes.pop()
        again = self.choice([[f"if (++{g.name} < {n}) goto {label};"],
                             [f"{g.name}++;", f"if ({g.name} != {n}) goto {label};"]])
        return ["{", f"    int {g.name} = 0;", f"{label}:"] + indent(body + again) + ["}"]

    def s_goto(self, ctx: Ctx):
        """A forward goto over statements that declare nothing at this level."""
        if ctx.under_switch and not self.opt.has("goto_in_switch"):
            return None
        self.labels += 1
        label = f"skip{self.labels}"
        c = self.cond()
        self.charge(c.cost + 1)
        skipped = self.block(replace(ctx, depth=ctx.depth + 1, no_decl=True), self.stmts(3))
        return [f"if ({c.text}) goto {label};"] + skipped + [f"{label}:;"]

    # -- calls

    def s_call(self, ctx: Ctx):
        """A call as a statement.  Functions that are not pure are only called
        this way, and their result goes to a plain variable (whose address
        depends on nothing the call could change)."""
        fs = [f for f in self.functions if (f.pure or not self.fn.pure)
              and f.cost * self.mult * (6 if f.recursive else 1) < self.budget - self.spent]
        if not fs:
            return None
        f = self.choice(fs)
        args, cost = self.arguments(f, 2, True)
        if args is None:
            return None
        self.charge(cost + sum(a.cost for a in args) + 3)
        return [self.store_result(f, f"{f.name}({', '.join(a.at(ASSIGN) for a in args)})", args)]

    def store_result(self, f: Function, call: str, args: list) -> str:
        """`v = call;`, `v op= call;` or `call;`.  v is a plain variable that no
        argument writes (`v |= f(v = 1)` is undefined).  `op=` reads v, unsequenced
        with the call, so only when the callee cannot write v either: it is pure,
        or v is a local (a callee reaches no local scalar of its caller)."""
        written = frozenset().union(*(a.writes for a in args))
        vs = [v for v in self.visible() if v.shape is f.ret and not v.pointer and not v.readonly
              and v.token not in written] if isinstance(f.ret, Struct) else \
             [v for v in self.visible() if v.scalar and not v.readonly and v.token not in written]
        if f.ret is None or not vs or self.chance(0.2):
            return f"{call};"
        v = self.choice(vs)
        # ^= |= &= cannot overflow; += could (for an int).
        compound = (isinstance(v.shape, CType) and v.shape is not INT and (f.pure or not v.is_global)
                    and self.chance(0.3))
        return f"{v.name} {self.choice(['^=', '|=', '&=']) if compound else '='} {call};"

    def recursive_call(self) -> list:
        """The self-call of a recursive function, one level down: at its top
        level only, so a call at depth d costs d + 1 bodies."""
        args, _ = self.arguments(self.fn, 2, True)
        if args is None:
            return []
        self.charge(sum(a.cost for a in args) + 3)
        call = f"{self.fn.name}({', '.join(a.at(ASSIGN) for a in args)})"
        return [f"if (depth > 0) {self.store_result(self.fn, call, args)}"]

    # -- pointers and structs

    def s_pointer(self, ctx: Ctx):
        """Move a pointer within its offsets, point a function pointer elsewhere,
        or walk an array with a pointer."""
        fps = self.visible(functions=True)
        if fps and self.chance(0.3):
            fp = self.choice(fps)
            target = fp.name if not fp.count else f"{fp.name}[{self.rng.randrange(fp.count)}]"
            return [f"{target} = {self.choice(fp.callees).name};"]
        ptrs = [v for v in self.visible() if v.pointer and v.row and v.offsets[0] < v.offsets[1]
                and self.is_visible(v.target)]
        if ptrs and self.chance(0.5):
            p = self.choice(ptrs)
            k = self.rng.randint(*p.offsets)
            self.charge(2)
            return [f"{p.name} = " + self.choice([f"&{p.row}[{k}]", f"{p.row} + {k}"]) + ";"]
        return self.pointer_walk(ctx)

    def pointer_walk(self, ctx: Ctx):
        """for (T *q = a; q < a + n; q++) { ... *q ... }, or backwards."""
        arrays = [v for v in self.visible() if not v.pointer and not v.readonly
                  and isinstance(v.shape, ArrayT) and self.mult * v.shape.n <= self.max_mult
                  and (isinstance(v.shape.elem, CType)
                       or isinstance(v.shape.elem, Struct) and self.opt.has("struct_pointers"))]
        if not arrays or ctx.depth >= 3:
            return None
        a = self.choice(arrays)
        n = a.shape.n
        self.scopes.append({})
        q = self.new_var("q", a.shape.elem, a.name, pointer=True, target=a, length=n, offsets=(0, n - 1))
        self.declare(q)
        t = self.spell(a.shape.elem)
        if self.chance(0.6):
            body = self.loop_body(ctx, n)
            head = f"for ({t} *{q.name} = {a.name}; {q.name} {self.choice(['<', '!='])} {a.name} + {n}; {q.name}++) "
            lines = [head + body[0]] + body[1:]
        else:
            # Backwards: decrement first, so the pointer never points before the array.
            body = self.loop_body(ctx, n, prologue=[f"--{q.name};"])
            lines = [f"for ({t} *{q.name} = {a.name} + {n}; {q.name} != {a.name}; ) {body[0]}"] + body[1:]
        self.scopes.pop()
        return lines

    def s_struct(self, ctx: Ctx):
        """A struct assignment: a copy into a variable or an array element."""
        vs = [v for v in self.visible() if isinstance(v.shape, Struct) and not v.pointer and not v.readonly]
        arrays = [v for v in self.visible() if not v.pointer and not v.readonly
                  and isinstance(v.shape, ArrayT) and isinstance(v.shape.elem, Struct)]
        if not vs and not arrays:
            return None
        index = None
        if vs and (not arrays or self.chance(0.6)):
            dst = self.choice(vs)
            target, st, token = dst.name, dst.shape, dst.token
        else:
            arr = self.choice(arrays)
            index = self.index(arr.shape.n, 1)
            target, st, token = f"{arr.name}[{index.at(ASSIGN)}]", arr.shape.elem, arr.token
        src = self.struct_value(st, 2)
        if src is None or token in src.writes or (index is not None and conflicts(index, src)):
            return None
        self.charge(sizeof(st) // 2 + src.cost)
        return [f"{target} = {src.text};"]

    # ------------------------------------------------------------ declarations and functions

    def make_enums(self) -> list:
        """Enumerations, whose constants the constants may then be written as."""
        if not self.opt.has("enums"):
            return []
        lines = []
        for k in range(self.rng.randint(0, 2)):
            items, value = [], self.choice([0, 0, 1, -3, 100])
            for j in range(self.rng.randint(1, 5)):
                name = f"E{k}_{j}"
                if j == 0 or self.chance(0.3):
                    value = self.choice([value, self.rng.randint(-10, 300), self.choice(INTERESTING)])
                    value = INT.convert(value)
                    if value == INT_MAX:
                        value -= 5                   # room for the implicit +1s
                    items.append(f"{name} = {self.const(value=value).text}")
                else:
                    items.append(name)
                self.enums.append((name, value))
                value += 1
            tag = f"enum En{k} " if self.chance(0.6) else "enum "
            lines.append(tag + "{ " + ", ".join(items) + " };")
        return lines

    def make_typedefs(self) -> list:
        if not self.opt.has("typedefs"):
            return []
        lines = []
        for t in self.rng.sample(self.types, self.rng.randint(0, 2)):
            name = "t_" + t.name.replace(" ", "_").replace("_Bool", "bool")
            self.typedefs[t] = name
            lines.append(f"typedef {t.name} {name};")
        return lines

    def make_structs(self) -> list:
        if not self.opt.has("structs"):
            return []
        lines = []
        for k in range(self.rng.randint(1, 3)):
            fields = []
            for j in range(self.rng.randint(1, 4)):
                r = self.rng.random()
                if r < 0.2 and self.opt.has("arrays"):
                    shape = ArrayT(self.choice(self.types), self.rng.randint(2, 4))
                elif r < 0.35 and self.structs:
                    shape = self.choice(self.structs)
                elif r < 0.55 and self.opt.has("bitfields"):
                    shape = self.bit_field_type()
                else:
                    shape = self.choice(self.types)
                fields.append((f"f{j}", shape))
            st = Struct(f"S{k}", fields)
            if self.opt.has("unions") and self.chance(0.25):
                st = self.make_union(f"U{k}")
            lines.append(f"{st.keyword} {st.name} {{")
            members = [f"{self.declarator(n, f)};" for n, f in st.fields]
            if not st.union and self.opt.has("bitfields") and self.chance(0.2):
                # An unnamed bit-field: padding, or (width 0) a jump to the
                # next unit of its type.  Initializers skip it.
                t = self.choice([INT, UINT, UCHAR, USHORT])
                members.insert(self.rng.randint(0, len(members)),
                               f"{self.spell(t)} : {self.rng.choice([0, 0, 1, 3, 7, t.bits - 1])};")
                st.padding_fields += 1
            lines += indent(members)
            lines.append("};")
            if self.opt.has("typedefs") and self.chance(0.3):
                st.typedef = f"{st.name}_t"
                lines.append(f"typedef {st.keyword} {st.name} {st.name}_t;")
            self.structs.append(st)
        return lines

    def bit_field_type(self) -> CType:
        """A bit-field's type: int, unsigned or _Bool (or, as gcc allows, a
        narrower integer type), of 1 bit up to the type's width."""
        t = self.choice([INT, INT, UINT, UINT, UINT, BOOL, CHAR, UCHAR, SHORT, USHORT])
        if t.is_bool:
            return bit_field(t, 1)
        width = self.choice([1, 2, 3, 5, 7, t.bits - 1, t.bits, self.rng.randint(1, t.bits)])
        return bit_field(t, width)

    def make_union(self, name: str) -> Struct:
        """A union whose first member covers it all: an int-sized or a
        short-sized one (or a long long-sized one), with other views of the
        same bytes (no _Bool: not every byte is a valid _Bool).  Both
        compilers store a long long little-endian."""
        if self.wide and self.chance(0.3):
            whole = [LLONG, ULLONG, ArrayT(UINT, 2), ArrayT(INT, 2), ArrayT(UCHAR, 8), ArrayT(USHORT, 4)]
            parts = [INT, UINT, SHORT, UCHAR, ArrayT(UCHAR, 3), ArrayT(SHORT, 3)]
        elif self.chance(0.7):
            whole = [INT, UINT, ArrayT(UCHAR, 4), ArrayT(CHAR, 4), ArrayT(SHORT, 2), ArrayT(USHORT, 2)]
            parts = [CHAR, SCHAR, UCHAR, SHORT, USHORT, ArrayT(UCHAR, 2), ArrayT(SCHAR, 3)]
        else:
            whole = [SHORT, USHORT, ArrayT(UCHAR, 2), ArrayT(CHAR, 2)]
            parts = [CHAR, SCHAR, UCHAR]
        fields = [self.choice(whole)] + [self.choice(whole + parts) for _ in range(self.rng.randint(1, 3))]
        return Struct(name, [(f"m{j}", f) for j, f in enumerate(fields)], union=True)

    def make_globals(self) -> list:
        if not self.opt.has("globals"):
            return []
        lines = []
        o = self.opt.has
        for _ in range(max(1, round(self.rng.randint(2, 6) * self.size))):
            kind = self.pick({"scalar": 5, "table": 1 * o("const_tables"), "array": 3 * o("arrays"),
                              "struct": 2 * bool(self.structs),
                              "pointer": 1.5 * o("global_pointers") * o("pointers")})
            static = "static " if self.chance(0.3) else ""
            if kind == "pointer":
                # An address constant: `int *gp = &ga[2];`, `struct S0 *gp = &gs;`.
                decl = self.pointer_decl(static=True)
                if decl:
                    lines.append(static + decl[0])
                    next(reversed(self.scopes[0].values())).is_global = True
                continue
            if kind == "table":
                t = self.choice(self.types)
                n = self.rng.randint(2, 8)
                v = self.new_var("tbl", ArrayT(t, n), is_global=True, readonly=True)
                items = ", ".join(self.const(t).text for _ in range(n))
                lines.append(f"static const {self.spell(t)} {v.name}[{n}] = {{{items}}};")
            else:
                shape = (self.choice(self.types) if kind == "scalar" else
                         self.aggregate_shape(kind))
                v = self.new_var({"scalar": "g", "array": "ga", "struct": "gs"}[kind], shape, is_global=True)
                init = f" = {self.initializer(shape, constant=True)}" if self.chance(0.7) else ""
                lines.append(f"{static}{self.declarator(v.name, shape)}{init};")
            self.declare(v)
        return lines

    def make_params(self, f: Function):
        o = self.opt.has
        # Sometimes more parameters than a call passes in registers, if any.
        count = self.rng.randint(4, 9) if o("many_params") and self.chance(0.12) else self.rng.randint(0, 3)
        for _ in range(count):
            r = self.rng.random()
            if r < 0.15 and o("pointer_params") and o("arrays") and not f.pure and not f.recursive:
                # T *p: the caller passes a row of at least `length` elements.
                name = self.fresh("pa")
                p = Var(name, self.choice(self.types), name, pointer=True, length=self.rng.randint(1, 4))
            elif r < 0.25 and o("struct_params") and self.structs:
                st = self.choice(self.structs)
                if o("pointer_params") and not f.pure and not f.recursive and self.chance(0.4):
                    name = self.fresh("sp")
                    p = Var(name, st, name, pointer=True)
                else:
                    name = self.fresh("a")
                    p = Var(name, st, name)
            else:
                name = self.fresh("a")
                p = Var(name, self.choice(self.types), name)
            if p.pointer:      # what it points to: an object only the callee's caller names
                p.target = Var(name + "*", p.shape, name + "*")
            f.params.append(p)

    def make_function(self, index: int) -> list:
        o = self.opt.has
        pure = o("pure_calls") and self.chance(0.45)
        recursive = o("recursion") and self.chance(0.25)
        r = self.rng.random()
        if r < 0.2 and o("struct_return") and self.structs and pure:
            ret = self.choice(self.structs)
        elif r < 0.35 and not pure:
            ret = None
        else:
            ret = self.choice(self.types)
        f = Function(f"f{index}", ret, [], pure, recursive)
        if recursive:
            f.params.append(Var("depth", INT, "depth#", readonly=True, lo=0, hi=5))
        self.make_params(f)
        self.scopes.append({p.name: p for p in f.params})
        self.fn, self.spent, self.mult = f, 0, 1
        self.budget, self.max_mult = 300 * self.size, 40
        body = self.statements(Ctx(), self.stmts(5))
        if recursive:
            body += self.recursive_call()
        if not pure:
            body += self.dump_locals()
        value = self.return_value()
        if value is None:              # a struct to return, and none at hand: a fresh one
            body += [f"{self.declarator('r', ret)} = {self.initializer(ret, constant=True)};"]
            value = " r"
        body.append(f"return{value};")
        self.scopes.pop()
        f.cost = self.spent + 5
        params = ", ".join(self.param_decl(p) for p in f.params) or "void"
        static = "static " if self.chance(0.5) else ""
        head = f"{static}{'void' if ret is None else self.spell(ret)} {f.name}({params})"
        self.functions.append(f)
        return [head + " {"] + indent(body) + ["}"]

    def param_decl(self, p: Var) -> str:
        if p.pointer:
            if isinstance(p.shape, CType) and self.chance(0.3):
                return f"{self.spell(p.shape)} {p.name}[]"
            return f"{self.spell(p.shape)} *{p.name}"
        return f"{self.spell(p.shape)} {p.name}"

    def dump_locals(self) -> list:
        """Fold every value in the current (function's outermost) scope into the checksum."""
        lines = []
        return self.dump_scope(self.scopes[-1])

    def dump_scope(self, scope: dict) -> list:
        """Fold the values of a scope's variables into the checksum (not the
        pointers themselves: their values differ between gcc and tinyexec)."""
        lines = []
        for v in scope.values():
            if not v.pointer and not v.callees:
                lines += self.dump(v.name, v.shape)
        return lines

    def dump(self, text: str, shape, depth: int = 0) -> list:
        if isinstance(shape, CType) and shape.wide:
            self.helpers.add("fold64")
            return [f"crc = crc * 31u + fold64({text});"]
        if isinstance(shape, CType):
            return [f"crc = crc * 31u + (unsigned){text};"]
        if isinstance(shape, Struct):
            return [line for n, f in shape.fields for line in self.dump(f"{text}.{n}", f, depth)]
        k = f"k{depth}"
        inner = self.dump(f"{text}[{k}]", shape.elem, depth + 1)
        return [f"for (int {k} = 0; {k} < {shape.n}; {k}++) {{"] + indent(inner) + ["}"]

    def bit_field_sizes(self) -> list:
        """Print the size of each struct with bit-fields (the layout is the same
        on i386 and x86-64 for the types bit-fields have here, but for a long
        long member in the struct)."""
        return [f'printf("sizeof({st.keyword} {st.name}) %d\\n", (int)sizeof({st.keyword} {st.name}));'
                for st in self.structs if size_unknown(st) and not any(t.wide for t in scalar_leaves(st))]

    def make_main(self) -> list:
        self.fn = Function("main", INT, [], pure=False)
        self.spent, self.mult = 0, 1
        self.budget, self.max_mult = 5000 * self.size, int(150 * self.size)
        self.scopes.append({})
        body = []
        for k in range(self.stmts(12) + 4):
            if self.over_budget():
                break
            body += self.statement(Ctx())
            if self.chance(0.3):
                # A checkpoint: where a run goes wrong shows in the trace.
                body.append(f'printf("@{k} %x\\n", crc);')
                self.charge(PRINT_COST)
        body += self.dump_locals()
        self.scopes.pop()
        body += self.dump_scope(self.scopes[0])
        body += self.bit_field_sizes()
        body.append('printf("crc %08x\\n", crc);')
        body.append(self.choice(["return (int)(crc >> 24);", "return (int)(crc % 256u);",
                                 "return crc & 255;"]))
        return ["int main(void) {"] + indent(body) + ["}"]

    def program(self) -> str:
        header = [f"/* tinyexec random program: seed {self.seed} */", "#include <stdio.h>",
                  "#include <string.h>", ""]
        types = self.make_enums() + self.make_typedefs() + self.make_structs()
        globals_ = self.make_globals() + ["unsigned crc = 0;"]
        functions = []
        if self.opt.has("functions"):
            for k in range(max(1, round(self.rng.randint(1, 4) * self.size))):
                functions += self.make_function(k) + [""]
        main = self.make_main()
        helpers = [HELPERS[name] for name in HELPERS if name in self.helpers]
        macros = [f"#define {name}(a, b) ((a) {op} (b))" for op, name in OP_MACROS.items()
                  if op in self.op_macros]
        macros += [f"#define {name} {text}" for name, (text, _) in self.macros.items()]
        return "\n".join(header + macros + types + [""] + globals_ + [""] + helpers + [""]
                         + functions + main) + "\n"


def generate(seed: int, size: float = 1.0, without=()) -> str:
    """The C source of random program number ``seed``."""
    return Generator(seed, Options(size, frozenset(without))).program()


# ---------------------------------------------------------------- running them

# gcc -O2 on x86-64 for the comparison; the UB check compiles with -std=c99 and
# its own options (randcommon.ub_check_one).
GCC_FLAGS = ("-std=c99", "-O2", "-w")
KIND = randcommon.Kind(
    name="randprog.py", generate=generate, features=FEATURES, gcc_flags=GCC_FLAGS,
    sanitize=("-fsanitize=undefined,address", "-fno-sanitize-recover=all"))


def main(argv=None) -> int:
    return randcommon.main(KIND, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())

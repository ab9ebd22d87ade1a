"""C types on a 32-bit target: sizes, alignment, struct layout and the usual
arithmetic conversions.  ``int``, ``long`` and pointers are 32 bits, ``long
long`` 64 (aligned to 4 bytes, as on i386), ``char`` is signed."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

import numpy as np

from .errors import error


@dataclass(eq=False)
class Layout:
    """Members of a struct or union: name -> (type, byte offset; a bit-field's is
    that of its storage unit), an anonymous member's own members among them.  Compared by
    identity: two struct types are the same type when they share a Layout."""
    name: str
    union: bool = False
    fields: dict = field(default_factory=dict)
    # the members an initializer list goes through, in order: (name, type, offset),
    # an anonymous struct or union as one member named None
    members: list = field(default_factory=list)
    size: int | None = None         # None while only declared
    align: int = 1
    node: object = None             # the definition (one for all of "struct s {...} a, b;")


@dataclass(frozen=True)
class CType:
    kind: str                   # int | float | ptr | array | void | func | struct
    size: int = 4
    signed: bool = True
    base: "CType | None" = None
    length: int | None = None   # arrays
    ret: "CType | None" = None  # functions
    params: tuple = ()          # functions: parameter types, "..." last if variadic
    # a function declared with "()": its parameters are unknown, and a call passes
    # the arguments' promoted types (C99 6.5.2.2p6)
    unprototyped: bool = False
    boolean: bool = False       # _Bool: conversion yields 0 or 1
    layout: Layout | None = None  # structs and unions
    # a bit-field member: (bit offset in its storage unit, width); the unit is an
    # object of this type at the member's byte offset
    bitfield: tuple | None = None
    vla: object = None          # a variable-length array: the VReg holding its size in bytes
    # What only _Generic tells apart (``compatible``), so left out of equality:
    # which of the C types sharing this representation the type is ("long" for
    # long, unsigned long and long double; "signed" for signed char, as plain
    # char is a distinct type), and its qualifiers ("const", "volatile", "restrict").
    spelling: str = field(default="", compare=False)
    quals: frozenset = field(default=frozenset(), compare=False)

    @property
    def is_scalar(self) -> bool:
        return self.kind in ("int", "float", "ptr")

    @property
    def variadic(self) -> bool:
        return "..." in self.params

    @property
    def fixed_params(self) -> tuple:
        return tuple(p for p in self.params if p != "...")


INT = CType("int")
UINT = CType("int", signed=False)
CHAR = CType("int", 1)
UCHAR = CType("int", 1, False)
SHORT = CType("int", 2)
USHORT = CType("int", 2, False)
LONG = CType("int", spelling="long")
ULONG = CType("int", signed=False, spelling="long")
SCHAR = CType("int", 1, spelling="signed")
LLONG = CType("int", 8)
ULLONG = CType("int", 8, False)
FLOAT = CType("float", 4)          # IEEE 754 binary32 and binary64, as bit patterns
DOUBLE = CType("float", 8)
LDOUBLE = CType("float", 8, spelling="long")    # long double: a double here
BOOL = CType("int", 1, False, boolean=True)
VOID = CType("void", 0)


def ptr(t: CType) -> CType:
    return CType("ptr", 4, False, t)


def array(base: CType, length: int | None) -> CType:
    return CType("array", 4, False, base, length)


def sizeof(t: CType, node=None) -> int:
    if t.bitfield is not None:
        error(node, "'sizeof' applied to a bit-field")
    if t.kind == "array":
        if t.length is None:
            error(node, "size of an array of unknown length")
        size = t.length * sizeof(t.base, node)
        if size > 0x7FFFFFFF:                   # its size and differences must fit an int
            error(node, "size of array is too large")
        return size
    if t.kind == "void":
        return 1
    if t.kind == "struct":
        if t.layout.size is None:
            error(node, "use of an incomplete struct")
        return t.layout.size
    return t.size


def alignof(t: CType) -> int:
    if t.kind == "array":
        return alignof(t.base)
    if t.kind == "struct":
        return t.layout.align
    return min(max(t.size, 1), 4)


def promote(t: CType) -> CType:
    """Integer promotion, and an array's decay to a pointer."""
    if t.bitfield is not None:      # narrower than int: int, whatever its type (C99 6.3.1.1p2)
        return INT if t.bitfield[1] < 32 else replace(t, bitfield=None)
    if t.kind == "array":
        return ptr(t.base)
    if t.kind == "int" and t.size < 4:
        return INT
    return t


def argument_promotion(t: CType) -> CType:
    """The default argument promotions (C99 6.5.2.2p6): the integer promotions
    (and an array's decay), and a float becomes a double."""
    t = promote(t)
    return DOUBLE if t == FLOAT else t


def decay(t: CType) -> CType:
    """An rvalue's type (C99 6.3.2.1p3-4): an array is a pointer to its first
    element, a function a pointer to it; other types are kept (no promotion)."""
    if t.kind == "array":
        return ptr(t.base)
    if t.kind == "func":
        return ptr(t)
    return t


def adjust_parameter(t: CType) -> CType:
    """A parameter's type as the function sees it (C99 6.7.5.3p7-8): declared as
    an array, a pointer to its element; declared as a function, a pointer to it."""
    return decay(t)


def is_wide(t: CType) -> bool:
    """Is ``t`` a 64-bit integer type (held in two 32-bit words)?"""
    return t.kind == "int" and t.size == 8


def two_words(t: CType) -> bool:
    """Is a value of ``t`` held in two 32-bit words (a long long or a double)?"""
    return t.kind in ("int", "float") and t.size == 8


def arith(a: CType, b: CType) -> CType:
    """The type of the usual arithmetic conversions of ``a`` and ``b`` (C99
    6.3.1.8): a floating type if either is (the wider); else the wider integer
    type; of equal widths, unsigned if either is.  A long long holds every
    unsigned int, so long long and unsigned int give long long."""
    a, b = promote(a), promote(b)
    if "float" in (a.kind, b.kind):
        return max((t for t in (a, b) if t.kind == "float"),
                   key=lambda t: (t.size, t.spelling == "long"))
    size = max(a.size if a.kind == "int" else 4, b.size if b.kind == "int" else 4)
    signed = all(t.signed for t in (a, b) if t.kind != "int" or t.size == size)
    # long outranks int (so long and unsigned int give unsigned long: a long
    # does not hold every unsigned int here); long long outranks both
    long = size == 4 and any(t.kind == "int" and t.spelling == "long" for t in (a, b))
    return CType("int", size, signed, spelling="long" if long else "")


def qualified(t: CType, quals) -> CType:
    """``t`` with the qualifiers ``quals`` added (C's are idempotent); an
    array's go to its elements (C11 6.7.3p9)."""
    if t.kind == "array" and quals:
        return replace(t, base=qualified(t.base, quals))
    added = t.quals | {q for q in quals if q in ("const", "volatile", "restrict")}
    return replace(t, quals=frozenset(added)) if added != t.quals else t


def unqualified(t: CType) -> CType:
    return replace(t, quals=frozenset()) if t.quals else t


def compatible(a: CType, b: CType) -> bool:
    """Are ``a`` and ``b`` compatible types (C11 6.2.7), as _Generic matches
    them: the same type, with the same qualifiers and spelling; an array of
    unknown length is compatible with one of any length, and a function's
    parameters are compared without their own qualifiers; one without a
    prototype is compatible with a prototype whose parameters are their own
    default argument promotions (C11 6.7.6.3p15)."""
    if a.kind == b.kind == "func" and compatible(a.ret, b.ret) and a.quals == b.quals:
        if a.unprototyped or b.unprototyped:
            prototype = b if a.unprototyped else a
            return all(p != "..." and not (p.kind == "int" and p.size < 4)
                       and not (p.kind == "float" and p.size < 8) for p in prototype.params)
        return len(a.params) == len(b.params) and all(
            p == q == "..." or "..." not in (p, q) and compatible(unqualified(p), unqualified(q))
            for p, q in zip(a.params, b.params))
    if (a.kind, a.spelling, a.quals) != (b.kind, b.spelling, b.quals) or a.kind == "func":
        return False
    if a.kind == "ptr":
        return compatible(a.base, b.base)
    if a.kind == "array":
        return (None in (a.length, b.length) or a.length == b.length) and compatible(a.base, b.base)
    return a == b


# gcc's names of the integer types, by (size, signed, spelling)
_INTEGER_NAMES = {(1, True, ""): "char", (1, True, "signed"): "signed char",
                  (1, False, ""): "unsigned char", (2, True, ""): "short int",
                  (2, False, ""): "short unsigned int", (4, True, ""): "int",
                  (4, False, ""): "unsigned int", (4, True, "long"): "long int",
                  (4, False, "long"): "long unsigned int", (8, True, ""): "long long int",
                  (8, False, ""): "long long unsigned int"}


def type_name(t: CType, declarator: str = "") -> str:
    """``t`` spelled as gcc spells it in messages ("long unsigned int",
    "const char *", "int (*)[3]"), around ``declarator``."""
    quals = " ".join(sorted(t.quals))
    if t.kind == "ptr":
        inner = "*" + (" " + quals if quals else "") + declarator
        return type_name(t.base, f"({inner})" if t.base.kind in ("array", "func") else inner)
    if t.kind == "array":
        return type_name(t.base, f"{declarator}[{'' if t.length is None else t.length}]")
    if t.kind == "func":
        params = ", ".join(p if p == "..." else type_name(p) for p in t.params) \
            or ("" if t.unprototyped else "void")
        return type_name(t.ret, f"{declarator}({params})")
    if t.bitfield is not None:      # gcc's name: the narrowest type of its width, and the width
        size = next(n for n in (1, 2, 4, 8) if 8 * n >= t.bitfield[1])
        narrowest = CType("int", size, t.signed, spelling="signed" if size == 1 and t.signed
                          else "", quals=t.quals)
        return f"{type_name(narrowest)}:{t.bitfield[1]}"
    if t.kind == "struct":
        name = t.layout.name
    elif t.kind == "int":
        name = "_Bool" if t.boolean else _INTEGER_NAMES[t.size, t.signed, t.spelling]
    else:
        name = "void" if t.kind == "void" else "long double" if t.spelling == "long" \
            else {4: "float", 8: "double"}[t.size]
    name = f"{quals} {name}" if quals else name
    return f"{name} {declarator}" if declarator else name


def wrap(v: int, bits: int = 32) -> int:
    """``v`` as a signed ``bits``-bit value."""
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >= 1 << (bits - 1) else v


def convert_const(v, t: CType):
    """A constant converted to the scalar type ``t`` (as C does it); a floating
    one is a Python float (a binary64; rounded to binary32 for float)."""
    if t.kind == "float":
        if isinstance(v, int) and t.size == 4:      # rounded once: float(v) would round twice
            return round_exact(Fraction(v), t)
        return round_float(float(v), t)
    if t.boolean:
        return int(v != 0)
    if isinstance(v, float):                    # truncation toward zero
        v = int(v)
    if is_wide(t):
        return wrap(v, 64) if t.signed else v & (1 << 64) - 1
    if t.kind != "int" or t.size == 4:
        return wrap(v) if t.signed or t.kind != "int" else v & 0xFFFFFFFF
    if t.boolean:
        return int(v != 0)
    bits = 8 * t.size
    v &= (1 << bits) - 1
    return v - (1 << bits) if t.signed and v >= 1 << (bits - 1) else v


def round_float(x: float, t: CType) -> float:
    """``x`` rounded to the precision of ``t`` (to nearest, ties to even)."""
    if t.size == 8:
        return x
    with np.errstate(over="ignore"):
        return float(np.float32(x))


def round_exact(q: Fraction, t) -> float:
    """The number ``q`` rounded to the nearest value of the binary format of
    ``t`` (ties to even; beyond the largest finite value: infinity)."""
    bits, emin, emax = (53, -1022, 1023) if t.size == 8 else (24, -126, 127)
    if q == 0:
        return 0.0
    magnitude = abs(q)
    e = magnitude.numerator.bit_length() - magnitude.denominator.bit_length()
    if Fraction(2) ** e > magnitude:
        e -= 1                                  # now 2**e <= magnitude < 2**(e + 1)
    unit = Fraction(2) ** (max(e, emin) - bits + 1)     # the spacing there (subnormals too)
    rounded = round(magnitude / unit) * unit    # Fraction rounds half to even
    if rounded >= Fraction(2) ** (emax + 1):
        return float("-inf") if q < 0 else float("inf")
    return float(-rounded if q < 0 else rounded)


def float_bits(x: float, t: CType) -> int:
    """The IEEE 754 bit pattern of ``x`` as a value of ``t``."""
    if t.size == 8:
        return int(np.array(x, dtype=np.float64).view(np.uint64))
    with np.errstate(over="ignore"):
        return int(np.array(x, dtype=np.float32).view(np.uint32))


def struct_member(t: CType, name: str, node):
    """(type, offset) of member ``name`` of the struct type ``t``."""
    if name not in t.layout.fields:
        error(node, f"no member named '{name}'")
    return t.layout.fields[name]

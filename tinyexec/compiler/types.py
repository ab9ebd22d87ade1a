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
LLONG = CType("int", 8)
ULLONG = CType("int", 8, False)
FLOAT = CType("float", 4)          # IEEE 754 binary32 and binary64, as bit patterns
DOUBLE = CType("float", 8)
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
        return max((t for t in (a, b) if t.kind == "float"), key=lambda t: t.size)
    size = max(a.size if a.kind == "int" else 4, b.size if b.kind == "int" else 4)
    signed = all(t.signed for t in (a, b) if t.kind != "int" or t.size == size)
    return CType("int", size, signed)


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

"""AST -> IR: 64-bit integers (``long long``) on the 32-bit machine.

A 64-bit value is a :class:`Wide`, a pair of 32-bit IR values (low word,
high word); in memory it is 8 little-endian bytes, aligned to 4 as on i386.
The cheap operations are lowered inline, each to the few 32-bit instructions
it takes; the rest call routines of the C runtime (``libc.c``):

=================================  ==================================================
``+`` ``-``                        4 instructions: the carry (borrow) is an unsigned
                                   compare of the low words
``&`` ``|`` ``^`` ``~``            one per word
``<<`` ``>>`` by a constant        2--3 instructions
``==`` ``!=``                      ``(a.lo ^ b.lo) | (a.hi ^ b.hi)`` against 0
``<`` ``<=`` ``>`` ``>=``          up to three compare-and-branches (high words first)
``*``                              ``__umul32_wide`` when both are zero-extended 32-bit
                                   values, else ``__mul64``
``/`` ``%``, shifts by a variable  ``__udiv64 __umod64 __sdiv64 __smod64 __shl64
                                   __shr64u __shr64s``
=================================  ==================================================

Routines rather than inline code for those: a 64-bit multiply inline is about
20 instructions and a division a loop, written once in C they cost a call
(two steps) and their arguments' moves.
"""
from __future__ import annotations

from dataclasses import dataclass

from pycparser import c_ast

from . import ir
from .types import UINT, ULLONG, CType, arith, is_wide, promote

_LOW = 0xFFFFFFFF
_ORDER = {"<": ("lts", "ltu"), "<=": ("lts", "leu"), ">": ("gts", "gtu"), ">=": ("gts", "geu")}
_ROUTINES = {("*", True): "__mul64", ("*", False): "__mul64",
             ("/", True): "__sdiv64", ("/", False): "__udiv64",
             ("%", True): "__smod64", ("%", False): "__umod64",
             ("<<", True): "__shl64", ("<<", False): "__shl64",
             (">>", True): "__shr64s", (">>", False): "__shr64u"}


@dataclass(frozen=True)
class Wide:
    """A 64-bit value: two 32-bit IR values (VReg, Const or, low word only, Sym)."""
    lo: object
    hi: object

    @staticmethod
    def const(v: int) -> "Wide":
        return Wide(ir.Const(v & _LOW), ir.Const((v >> 32) & _LOW))

    def words(self) -> list:
        return [self.lo, self.hi]


class WideExpressions:
    """Mixin of :class:`~tinyexec.compiler.builder.FunctionBuilder`."""

    def new_wide(self, name: str = "") -> Wide:
        return Wide(self.temp(name), self.temp(name))

    def into_wide(self, dst: Wide | None, value: Wide) -> Wide:
        """``value`` in the registers ``dst`` (new ones if None)."""
        if dst is None:
            if all(isinstance(w, ir.VReg) for w in value.words()):
                return value
            dst = self.new_wide()
        return Wide(self.into(dst.lo, value.lo), self.into(dst.hi, value.hi))

    # -- conversions ----------------------------------------------------------------------
    def widen(self, v, src: CType) -> Wide:
        """A 32-bit value of type ``src`` as a 64-bit one (sign- or zero-extended)."""
        if isinstance(v, Wide):
            return v
        if isinstance(v, ir.Const):
            return Wide.const(v.signed if promote(src).signed and src.kind == "int" else v.value)
        if src.kind != "int" or not promote(src).signed:
            return Wide(v, ir.Const(0))
        negative = self.binop("lts", v, ir.Const(0))
        return Wide(v, self.binop("sub", ir.Const(0), negative))    # 0 or -1

    # -- expressions of a 64-bit type --------------------------------------------------------
    def wide_rvalue(self, node, t: CType) -> Wide:
        """The value of ``node``, whose (promoted) type ``t`` is 64 bits wide."""
        if isinstance(node, c_ast.BinaryOp):
            a = self.rvalue_as(node.left, t)
            if node.op in ("<<", ">>"):
                return self.wide_shift(node.op, a, node.right, t.signed)
            return self.wide_arith(node.op, a, self.rvalue_as(node.right, t), t.signed)
        if isinstance(node, c_ast.UnaryOp) and node.op in ("-", "~", "+"):
            v = self.rvalue_as(node.expr, t)
            if node.op == "-":
                return self.wide_arith("-", Wide.const(0), v, t.signed)
            if node.op == "~":
                return Wide(*(self.binop("xor", w, ir.Const(_LOW)) for w in v.words()))
            return v
        return self.construct(node)

    def wide_arith(self, op: str, a: Wide, b: Wide, signed: bool) -> Wide:
        """``a op b`` for a C arithmetic operator other than a shift."""
        if op in ("&", "|", "^"):
            name = {"&": "and", "|": "or", "^": "xor"}[op]
            return Wide(self.binop(name, a.lo, b.lo), self.binop(name, a.hi, b.hi))
        if op == "+":
            if isinstance(a.lo, ir.Const):
                a, b = b, a
            lo = self.binop("add", a.lo, b.lo)
            carry = self.binop("ltu", lo, a.lo)
            return Wide(lo, self.binop("add", self.binop("add", a.hi, b.hi), carry))
        if op == "-":
            lo = self.binop("sub", a.lo, b.lo)
            borrow = self.binop("ltu", a.lo, b.lo)
            return Wide(lo, self.binop("sub", self.binop("sub", a.hi, b.hi), borrow))
        if op == "*" and a.hi == b.hi == ir.Const(0):
            return self.call_runtime("__umul32_wide", [a.lo, b.lo], ULLONG)
        return self.call_runtime(_ROUTINES[op, signed], a.words() + b.words(), ULLONG)

    def wide_shift(self, op: str, a: Wide, count_node, signed: bool) -> Wide:
        """``a << n`` or ``a >> n``: by a constant inline, else by a routine."""
        k = self.const_eval(count_node)
        if k is None:
            count = self.rvalue_as(count_node, UINT)
            return self.call_runtime(_ROUTINES[op, signed], a.words() + [count], ULLONG)
        k &= 63
        if k == 0:
            return a
        word = self.arith                   # 32-bit shifts, in their cheapest forms
        if op == "<<":
            if k >= 32:
                return Wide(ir.Const(0), word("<<", a.lo, ir.Const(k - 32), False))
            high = self.binop("or", word("<<", a.hi, ir.Const(k), False),
                              word(">>", a.lo, ir.Const(32 - k), False))
            return Wide(word("<<", a.lo, ir.Const(k), False), high)
        fill = word(">>", a.hi, ir.Const(31), True) if signed else ir.Const(0)
        if k >= 32:
            return Wide(word(">>", a.hi, ir.Const(k - 32), signed) if k > 32 else a.hi, fill)
        low = self.binop("or", word(">>", a.lo, ir.Const(k), False),
                         word("<<", a.hi, ir.Const(32 - k), False))
        return Wide(low, word(">>", a.hi, ir.Const(k), signed))

    # -- conditions ----------------------------------------------------------------------------
    def wide_branch(self, op: str, a: Wide, b: Wide, signed: bool, then, other) -> None:
        """Jump to ``then`` if ``a op b`` (a C comparison), else to ``other``."""
        if op in ("==", "!="):
            if b == Wide.const(0):
                diff = self.binop("or", a.lo, a.hi)
            else:
                diff = self.binop("or", self.binop("xor", a.lo, b.lo),
                                  self.binop("xor", a.hi, b.hi))
            self.terminate(ir.Branch("eq" if op == "==" else "ne", diff, ir.Const(0),
                                     then, other))
            return
        high, low = _ORDER[op]
        if not signed:
            high = high.replace("s", "u")
        same, low_test = self.new_block("hi_same"), self.new_block("lo_test")
        self.terminate(ir.Branch(high, a.hi, b.hi, then, same))     # decided by the high words
        self.block = same
        self.terminate(ir.Branch("ne", a.hi, b.hi, other, low_test))
        self.block = low_test
        self.terminate(ir.Branch(low, a.lo, b.lo, then, other))     # equal: by the low ones

    def wide_compare(self, node, then, other) -> bool:
        """The branch of ``node`` if it compares 64-bit values; False if it does not."""
        lt, rt = promote(self.type_of(node.left)), promote(self.type_of(node.right))
        if "ptr" in (lt.kind, rt.kind) or not is_wide(arith(lt, rt)):
            return False
        t = arith(lt, rt)
        self.wide_branch(node.op, self.rvalue_as(node.left, t), self.rvalue_as(node.right, t),
                         t.signed, then, other)
        return True

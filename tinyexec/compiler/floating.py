"""AST -> IR: floating point (``float``, ``double``) on an integer machine.

A floating value is its IEEE 754 bit pattern: a double's is a
:class:`~.wide.Wide` pair of words (low, high), a float's one word.  Every
operation calls a routine of the C runtime's soft float (``libc/softfloat.c``,
round to nearest even, bit-identical to x86-64's SSE): ``__f64_add``,
``__f32_mul``, ``__f64_cmp``, ``__f64_from_i32``, ``__f64_to_u64``, ...  Two
are bit operations instead, as they are on x86-64: negation flips the sign bit,
and a value is true when any bit but the sign is set (so NaN is true, -0.0
false).  ``long double`` is ``double`` here.
"""
from __future__ import annotations

from pycparser import c_ast

from . import ir
from .errors import error
from .types import INT, UINT, CType, arith, float_bits, promote, two_words
from .wide import Wide

_ROUTINE = {"+": "add", "-": "sub", "*": "mul", "/": "div"}
_SIGN = 0x80000000


def _prefix(t: CType) -> str:
    return "__f64" if t.size == 8 else "__f32"


def _words(v) -> list:
    return v.words() if isinstance(v, Wide) else [v]


class FloatExpressions:
    """Mixin of :class:`~tinyexec.compiler.builder.FunctionBuilder`."""

    def float_constant_value(self, x: float, t: CType):
        """The IR value of the floating constant ``x`` of type ``t``."""
        bits = float_bits(x, t)
        return Wide.const(bits) if t.size == 8 else ir.Const(bits)

    def float_rvalue(self, node, t: CType):
        """The value of ``node``, whose type ``t`` is floating."""
        if isinstance(node, c_ast.BinaryOp) and node.op in _ROUTINE:
            return self.float_arith(node.op, self.rvalue_as(node.left, t),
                                    self.rvalue_as(node.right, t), t)
        if isinstance(node, c_ast.UnaryOp) and node.op in ("-", "+"):
            v = self.rvalue_as(node.expr, t)
            return self.float_negate(v) if node.op == "-" else v
        return self.construct(node)

    def float_arith(self, op: str, a, b, t: CType):
        return self.call_runtime(f"{_prefix(t)}_{_ROUTINE[op]}", _words(a) + _words(b), t)

    def float_negate(self, v):
        if isinstance(v, Wide):
            return Wide(v.lo, self.binop("xor", v.hi, ir.Const(_SIGN)))
        return self.binop("xor", v, ir.Const(_SIGN))

    # -- conversions ---------------------------------------------------------------------
    def float_convert(self, v, src: CType, t: CType, node=None):
        """``v`` of type ``src`` converted to ``t``, one of them floating."""
        src = promote(src)
        if t.kind == "float" and src.kind == "float":
            if t.size == src.size:
                return v
            routine = "__f32_to_f64" if t.size == 8 else "__f64_to_f32"
            return self.call_runtime(routine, _words(v), t)
        if "ptr" in (t.kind, src.kind) or "struct" in (t.kind, src.kind):
            error(node, "conversion between a pointer or struct and a floating type")
        if t.kind == "float":                            # from an integer
            sign = "i" if src.signed else "u"
            bits = 64 if two_words(src) else 32
            return self.call_runtime(f"{_prefix(t)}_from_{sign}{bits}", _words(v), t)
        if t.boolean:
            return self.binop("ne", self.float_truth(v), ir.Const(0))
        if two_words(t):                                 # to an integer
            return self.call_runtime(f"{_prefix(src)}_to_{'i' if t.signed else 'u'}64",
                                     _words(v), t)
        word = UINT if t.size == 4 and not t.signed else INT
        value = self.call_runtime(f"{_prefix(src)}_to_{'i' if word.signed else 'u'}32",
                                  _words(v), word)
        return self.convert(value, word, t)

    def float_truth(self, v):
        """A word that is nonzero exactly when the floating value ``v`` is true (!= 0)."""
        if isinstance(v, Wide):
            return self.binop("or", v.lo, self.binop("and", v.hi, ir.Const(_SIGN - 1)))
        return self.binop("and", v, ir.Const(_SIGN - 1))

    # -- comparisons ------------------------------------------------------------------------
    def float_compare(self, node, then, other) -> bool:
        """The branch of the comparison ``node`` if it compares floating values;
        False if it does not.  ``__fXX_cmp`` gives -1, 0, 1, or 2 when unordered
        (a NaN), so every comparison but != is false on a NaN."""
        lt, rt = promote(self.type_of(node.left)), promote(self.type_of(node.right))
        if "float" not in (lt.kind, rt.kind):
            return False
        t = arith(lt, rt)
        a, b = self.rvalue_as(node.left, t), self.rvalue_as(node.right, t)
        order = self.call_runtime(f"{_prefix(t)}_cmp", _words(a) + _words(b), INT)
        test = {"<": ("eq", -1), "<=": ("les", 0), ">": ("eq", 1), ">=": ("leu", 1),
                "==": ("eq", 0), "!=": ("ne", 0)}[node.op]
        self.terminate(ir.Branch(test[0], order, ir.Const(test[1]), then, other))
        return True


"""Constant expressions: integer constants (C99 6.6) and the link-time
addresses that static initializers may hold."""
from __future__ import annotations

import math

from pycparser import c_ast

from .errors import error
from .ir import Sym
from .literals import char_value, float_constant, int_constant, string_bytes
from .scope import EnumConst, FunctionDecl, Var
from .typing import FLOAT_BUILTINS
from .types import UINT, alignof, arith, convert_const, is_wide, promote, sizeof, wrap


def truncating_division(a: int, b: int) -> int:
    """C's ``/``: the quotient rounded toward zero."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


class Constants:
    """Mixin of :class:`~tinyexec.compiler.context.Context`."""

    in_function = False     # folding inside a function's code, not for static data

    def const_eval(self, node):
        """The value of an integer constant expression, or None: a signed number of
        its type's width (32 or 64 bits; an unsigned type's value is taken modulo
        2**width, as ``ir.Const`` takes it)."""
        v = self._const_value(node)
        if v is None or not isinstance(node, (c_ast.UnaryOp, c_ast.BinaryOp, c_ast.Cast,
                                               c_ast.Constant)):
            return v
        t = promote(self.type_of(node))
        if t.kind == "float":
            return convert_const(v, t)
        return wrap(v, 64 if is_wide(t) else 32)

    def integer_constant(self, node):
        """The value of ``node`` if it is an integer constant expression (C99
        6.6p6: of integer type; a floating constant may only appear cast), else None."""
        v = self.const_eval(node)
        return None if isinstance(v, float) else v

    def static_assert(self, node: c_ast.StaticAssert):
        """``_Static_assert(cond, "message")``: checked now, no code."""
        v = self.integer_constant(node.cond)
        if v is None:
            error(node.cond, "expression in static assertion is not constant")
        if v == 0:
            error(node, "static assertion failed" + (f": {node.message.value}" if node.message
                                                     else ""))

    def _const_value(self, node):
        if isinstance(node, c_ast.Constant):
            if node.type == "char":
                return char_value(node)
            if node.type == "string":
                return None
            if node.type in ("float", "double", "long double"):
                return float_constant(node)[0]
            return int_constant(node)[0]
        if isinstance(node, c_ast.ID):
            found = self.scope.lookup(node.name)
            return found.value if isinstance(found, EnumConst) else None
        if isinstance(node, c_ast.UnaryOp):
            if node.op == "sizeof":
                t = self.type_of(node.expr)
                return None if t.vla is not None else sizeof(t, node)   # a VLA's: at run time
            if node.op == "_Alignof":
                return alignof(self.type_of(node.expr))
            if node.op == "&":
                return self.constant_address(self.addressable(node.expr))
            v = self.const_eval(node.expr)
            if v is None:
                return None
            if node.op == "~":
                return None if isinstance(v, float) else ~v
            return {"-": -v, "+": v, "!": int(not v)}.get(node.op)
        if isinstance(node, c_ast.BinaryOp):
            return self._const_binary(node)
        if isinstance(node, c_ast.TernaryOp):
            c = self.const_eval(node.cond)
            t = promote(self.type_of(node))
            if c is None or not t.is_scalar:
                return None
            return self.const_as(node.iftrue if c else node.iffalse, t)
        if isinstance(node, c_ast.Cast):
            t = self.ctype(node.to_type)
            return self.const_as(node.expr, t) if t.is_scalar else None
        if isinstance(node, c_ast.GenericSelection):
            return self.const_eval(self.generic_choice(node))
        if isinstance(node, c_ast.FuncCall) and isinstance(node.name, c_ast.ID) \
                and node.name.name in FLOAT_BUILTINS and self.scope.lookup(node.name.name) is None:
            return FLOAT_BUILTINS[node.name.name][1]
        return None

    def const_as(self, node, t):
        """The value of the constant expression ``node`` converted to ``t``, or None."""
        v = self.const_eval(node)
        if v is None:
            return None
        src = promote(self.type_of(node))
        if src.kind == "float":
            if t.kind == "int" and not t.boolean and not _fits(v, t):
                return None         # undefined in C: left to the run time's conversion
            return convert_const(v, t)
        return convert_const(convert_const(v, src if src.kind == "int" else UINT), t)

    def _const_binary(self, node):
        if node.op in ("&&", "||"):
            a = self.const_eval(node.left)
            if a is None or (node.op == "&&") != bool(a):
                return None if a is None else int(bool(a))
            b = self.const_eval(node.right)
            return None if b is None else int(bool(b))
        lt, rt = promote(self.type_of(node.left)), promote(self.type_of(node.right))
        if "float" in (lt.kind, rt.kind):
            return self._const_floating(node, arith(lt, rt))
        if lt.kind not in ("int", "ptr") or rt.kind not in ("int", "ptr"):
            return None
        if node.op in ("<<", ">>"):
            t = lt if lt.kind == "int" else UINT
            b = self.const_eval(node.right)
            b = None if b is None else b & 8 * t.size - 1
        else:
            if node.op in ("+", "-") and (lt.kind == "ptr") != (rt.kind == "ptr"):
                return None            # pointer arithmetic scales: leave it to the code
            t = UINT if "ptr" in (lt.kind, rt.kind) else arith(lt, rt)
            b = self.const_as(node.right, t)
        a = self.const_as(node.left, t)     # C's usual conversions: unsigned types
        if a is None or b is None:          # compare, divide and shift as unsigned numbers
            return None
        bits = 8 * t.size
        if lt.kind == rt.kind == "ptr" and node.op == "-":      # elements between
            return truncating_division(wrap(a - b), sizeof(lt.base, node))
        divisible = b != 0 and not (a == -2 ** (bits - 1) and b == -1)  # else: at run time
        ops = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
               "/": lambda: truncating_division(a, b) if divisible else None,
               "%": lambda: a - b * truncating_division(a, b) if divisible else None,
               "<<": lambda: a << b, ">>": lambda: a >> b, "&": lambda: a & b,
               "|": lambda: a | b, "^": lambda: a ^ b, "<": lambda: int(a < b),
               ">": lambda: int(a > b), "<=": lambda: int(a <= b), ">=": lambda: int(a >= b),
               "==": lambda: int(a == b), "!=": lambda: int(a != b)}
        return ops.get(node.op, lambda: None)()

    def _const_floating(self, node, t):
        """A binary operator on floating constants: IEEE arithmetic in binary64
        (Python's float), rounded to ``t``; for float, the double rounding gives
        the correctly rounded float result (53 >= 2 * 24 + 2)."""
        a, b = self.const_as(node.left, t), self.const_as(node.right, t)
        if a is None or b is None:
            return None
        ops = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
               "/": lambda: _ieee_divide(a, b),
               "<": lambda: int(a < b), ">": lambda: int(a > b), "<=": lambda: int(a <= b),
               ">=": lambda: int(a >= b), "==": lambda: int(a == b), "!=": lambda: int(a != b)}
        r = ops.get(node.op, lambda: None)()
        if isinstance(r, float) and r != r and a == a and b == b:
            # an invalid operation (inf - inf, 0 * inf, 0 / 0): x86 makes its
            # default NaN, -nan, and gcc leaves the operation to run time in a
            # function; in a static initializer it folds it to +nan
            r = -math.nan if self.in_function else math.nan
        return r if r is None or isinstance(r, int) else convert_const(r, t)

    def constant_address(self, node):
        """The address of a member reached from a constant pointer, as in
        offsetof's ``&((T *)0)->m``, or None."""
        if isinstance(node, c_ast.StructRef):
            base = self.const_eval(node.name) if node.type == "->" else \
                self.constant_address(node.name)
            return None if base is None else wrap(base + self.member(node)[2])
        if isinstance(node, c_ast.ArrayRef) and self.type_of(node.name).kind == "array":
            base, k = self.constant_address(node.name), self.const_eval(node.subscript)
            if base is None or k is None:
                return None
            return wrap(base + k * sizeof(self.type_of(node), node))
        if isinstance(node, c_ast.UnaryOp) and node.op == "*":
            return self.const_eval(node.expr)
        return None

    def static_address(self, node) -> Sym | None:
        """The link-time address an initializer expression denotes, if any:
        a global or function, ``&lvalue`` of globals, plus or minus constants,
        also converted to an integer (``(long)&x``)."""
        if isinstance(node, c_ast.Cast):
            return self.static_address(node.expr)
        if isinstance(node, c_ast.GenericSelection):
            return self.static_address(self.generic_choice(node))
        if isinstance(node, c_ast.Constant) and node.type == "string":
            return self.unit.data.string(string_bytes(node))
        if isinstance(node, c_ast.ID):
            found = self.scope.lookup(node.name)
            if isinstance(found, FunctionDecl):
                return self.unit.function_address(found, node)
        if isinstance(node, (c_ast.ID, c_ast.ArrayRef, c_ast.StructRef, c_ast.CompoundLiteral)) \
                or (isinstance(node, c_ast.UnaryOp) and node.op == "*"):
            # An array decays to the address of its first element, so a global
            # array, a row `m[1]` or `*m`, or a member `s.b` is an address
            # constant (C99 6.6p9) when the array itself is static.
            if self.type_of(node).kind == "array":
                return self.static_lvalue(node)
            return None
        if isinstance(node, c_ast.UnaryOp) and node.op == "&":
            return self.static_lvalue(self.addressable(node.expr))
        if isinstance(node, c_ast.BinaryOp) and node.op in ("+", "-"):
            address, offset = node.left, node.right
            if node.op == "+" and promote(self.type_of(offset)).kind == "ptr" \
                    and promote(self.type_of(address)).kind != "ptr":
                address, offset = offset, address           # 2 + a
            base = self.static_address(address)
            k = self.const_eval(offset)
            if base is None or k is None:
                return None
            t = promote(self.type_of(address))
            # an address converted to an integer, `(long)&x + 4`, counts bytes
            step = sizeof(t.base, node) if t.kind == "ptr" else 1
            return base.plus((k if node.op == "+" else -k) * step)
        return None

    def static_lvalue(self, node) -> Sym | None:
        if isinstance(node, c_ast.GenericSelection):
            return self.static_lvalue(self.generic_choice(node))
        if isinstance(node, c_ast.Constant) and node.type == "string":
            return self.unit.data.string(string_bytes(node))     # &"abc"[1]
        if isinstance(node, c_ast.ID):
            found = self.lookup(node)                             # __func__ too
            if isinstance(found, FunctionDecl):
                return self.static_address(node)
            return found.at if isinstance(found, Var) and found.where == "global" else None
        if isinstance(node, c_ast.ArrayRef):        # a[k], and p[k] of an address constant p
            base = self.static_lvalue(node.name) if self.type_of(node.name).kind == "array" \
                else self.static_address(node.name)
            k = self.const_eval(node.subscript)
            if base is None or k is None:
                return None
            return base.plus(k * sizeof(self.type_of(node), node))
        if isinstance(node, c_ast.StructRef):
            base = self.static_lvalue(node.name) if node.type == "." \
                else self.static_address(node.name)
            return None if base is None else base.plus(self.member(node)[2])
        if isinstance(node, c_ast.UnaryOp) and node.op == "*":
            return self.static_address(node.expr)
        # only at file scope: in a function a compound literal is automatic (C99 6.5.2.5p6)
        if isinstance(node, c_ast.CompoundLiteral) and self.scope.parent is None:
            return self.unit.static_literal(node)
        return None


def _fits(x: float, t) -> bool:
    """Does ``x`` truncated toward zero fit the integer type ``t``?"""
    if x != x or x in (float("inf"), float("-inf")):
        return False
    bits = 8 * t.size
    low, high = (-(1 << bits - 1), 1 << bits - 1) if t.signed else (0, 1 << bits)
    return low < x + 1 and x < high        # -1 < x < 0 truncates to 0 even when unsigned


def _ieee_divide(a: float, b: float) -> float:
    """``a / b`` as IEEE 754 divides (Python raises on a zero divisor): by a
    zero, an infinity signed as the quotient, or NaN for 0 / 0 and NaN / 0."""
    if b:
        return a / b
    if a == 0 or a != a:
        return math.nan if a == 0 else a
    return math.copysign(math.inf, a) * math.copysign(1.0, b)

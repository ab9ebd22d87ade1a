"""Constant expressions: integer constants (C99 6.6) and the link-time
addresses that static initializers may hold."""
from __future__ import annotations

from pycparser import c_ast

from .ir import Sym
from .literals import char_value, int_constant, string_bytes
from .scope import EnumConst, FunctionDecl, Var
from .types import arith, convert_const, promote, sizeof, wrap


def truncating_division(a: int, b: int) -> int:
    """C's ``/``: the quotient rounded toward zero."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


class Constants:
    """Mixin of :class:`~tinyexec.compiler.context.Context`."""

    def const_eval(self, node):
        """The value of an integer constant expression (a signed 32-bit int), or None."""
        if isinstance(node, c_ast.Constant):
            if node.type == "char":
                return char_value(node)
            if node.type == "string":
                return None
            return wrap(int_constant(node)[0])
        if isinstance(node, c_ast.ID):
            found = self.scope.lookup(node.name)
            return found.value if isinstance(found, EnumConst) else None
        if isinstance(node, c_ast.UnaryOp):
            if node.op == "sizeof":
                t = self.type_of(node.expr)
                return None if t.vla is not None else sizeof(t, node)   # a VLA's: at run time
            if node.op == "&":
                return self.constant_address(self.addressable(node.expr))
            v = self.const_eval(node.expr)
            if v is None:
                return None
            r = {"-": -v, "+": v, "~": ~v, "!": int(not v)}.get(node.op)
            return None if r is None else wrap(r)
        if isinstance(node, c_ast.BinaryOp):
            return self._const_binary(node)
        if isinstance(node, c_ast.TernaryOp):
            c = self.const_eval(node.cond)
            return None if c is None else self.const_eval(node.iftrue if c else node.iffalse)
        if isinstance(node, c_ast.Cast):
            v = self.const_eval(node.expr)
            t = self.ctype(node.to_type)
            if v is None or not t.is_scalar:
                return None
            return convert_const(v, t)
        return None

    def _const_binary(self, node):
        if node.op in ("&&", "||"):
            a = self.const_eval(node.left)
            if a is None or (node.op == "&&") != bool(a):
                return None if a is None else int(bool(a))
            b = self.const_eval(node.right)
            return None if b is None else int(bool(b))
        a, b = self.const_eval(node.left), self.const_eval(node.right)
        if a is None or b is None:
            return None
        lt, rt = promote(self.type_of(node.left)), promote(self.type_of(node.right))
        if node.op in ("<<", ">>"):
            unsigned = lt.kind == "ptr" or not lt.signed
            b &= 31
        else:
            unsigned = lt.kind == "ptr" or rt.kind == "ptr" or not arith(lt, rt).signed
            if node.op in ("+", "-") and (lt.kind == "ptr") != (rt.kind == "ptr"):
                return None            # pointer arithmetic scales: leave it to the code
        if unsigned:                   # C's usual conversions: compare and divide as unsigned
            a &= 0xFFFFFFFF
            if node.op not in ("<<", ">>"):
                b &= 0xFFFFFFFF
        divisible = b != 0 and not (a == -2 ** 31 and b == -1)   # else: left to run time
        ops = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
               "/": lambda: truncating_division(a, b) if divisible else None,
               "%": lambda: a - b * truncating_division(a, b) if divisible else None,
               "<<": lambda: a << b, ">>": lambda: a >> b, "&": lambda: a & b,
               "|": lambda: a | b, "^": lambda: a ^ b, "<": lambda: int(a < b),
               ">": lambda: int(a > b), "<=": lambda: int(a <= b), ">=": lambda: int(a >= b),
               "==": lambda: int(a == b), "!=": lambda: int(a != b)}
        r = ops.get(node.op, lambda: None)()
        return None if r is None else wrap(r)

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
        a global or function, ``&lvalue`` of globals, plus or minus constants."""
        if isinstance(node, c_ast.Cast):
            return self.static_address(node.expr)
        if isinstance(node, c_ast.Constant) and node.type == "string":
            return self.unit.data.string(string_bytes(node))
        if isinstance(node, c_ast.ID):
            found = self.scope.lookup(node.name)
            if isinstance(found, FunctionDecl):
                return self.unit.function_address(found, node)
        if isinstance(node, (c_ast.ID, c_ast.ArrayRef, c_ast.StructRef, c_ast.CompoundLiteral)):
            # An array decays to the address of its first element, so a global
            # array, a row `m[1]` or a member `s.b` is an address constant
            # (C99 6.6p9) when the array itself is static.
            if self.type_of(node).kind == "array":
                return self.static_lvalue(node)
            return None
        if isinstance(node, c_ast.UnaryOp) and node.op == "&":
            return self.static_lvalue(self.addressable(node.expr))
        if isinstance(node, c_ast.BinaryOp) and node.op in ("+", "-"):
            base = self.static_address(node.left)
            k = self.const_eval(node.right)
            if base is None or k is None:
                return None
            step = sizeof(promote(self.type_of(node.left)).base, node)
            return base.plus((k if node.op == "+" else -k) * step)
        return None

    def static_lvalue(self, node) -> Sym | None:
        if isinstance(node, c_ast.ID):
            found = self.scope.lookup(node.name)
            if isinstance(found, FunctionDecl):
                return self.static_address(node)
            return found.at if isinstance(found, Var) and found.where == "global" else None
        if isinstance(node, c_ast.ArrayRef):
            base = self.static_lvalue(node.name) if self.type_of(node.name).kind == "array" \
                else None
            k = self.const_eval(node.subscript)
            if base is None or k is None:
                return None
            return base.plus(k * sizeof(self.type_of(node), node))
        if isinstance(node, c_ast.StructRef) and node.type == ".":
            base = self.static_lvalue(node.name)
            return None if base is None else base.plus(self.member(node)[2])
        # only at file scope: in a function a compound literal is automatic (C99 6.5.2.5p6)
        if isinstance(node, c_ast.CompoundLiteral) and self.scope.parent is None:
            return self.unit.static_literal(node)
        return None

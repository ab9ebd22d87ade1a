"""AST -> IR: expressions (values, lvalues, conditions).

Every value is a 32-bit IR Value of its promoted C type: a narrow integer
(char, short, _Bool) is kept extended, so loads sign- or zero-extend and
conversions to a narrow type extend again.  A 64-bit integer's value is a
:class:`~.wide.Wide` pair (:mod:`.wide`).  A struct's value is its address.
``dst``, where a method takes one, is a hint: compute the result into it.
"""
from __future__ import annotations

from pycparser import c_ast

from . import ir
from .errors import error
from .literals import string_bytes
from .scope import EnumConst, FunctionDecl, Scope, Var
from .types import (INT, UCHAR, UINT, USHORT, CType, alignof, arith, convert_const, is_wide,
                    promote, sizeof, two_words)
from .wide import Wide

_CMP_SIGNED = {"<": "lts", "<=": "les", ">": "gts", ">=": "ges", "==": "eq", "!=": "ne"}
_CMP_UNSIGNED = {"<": "ltu", "<=": "leu", ">": "gtu", ">=": "geu", "==": "eq", "!=": "ne"}
_ARITH = {"+": "add", "-": "sub", "*": "mul", "&": "and", "|": "or", "^": "xor", "<<": "shl"}
_SIGNED = {"/": "divs", "%": "rems", ">>": "shrs"}
_UNSIGNED = {"/": "divu", "%": "remu", ">>": "shru"}
_INCDEC = ("++", "--", "p++", "p--")
_UNSIGNED_OF_SIZE = {4: UINT, 2: USHORT, 1: UCHAR}


def _is_pow2(k: int) -> bool:
    return k > 0 and k & (k - 1) == 0


class Expressions:
    """Mixin of :class:`~tinyexec.compiler.builder.FunctionBuilder`."""

    # -- values ------------------------------------------------------------------------
    def rvalue(self, node, dst=None):
        """The value of ``node`` (of its promoted type)."""
        self.at(node)
        t = self.type_of(node)
        v = self.const_eval(node)
        if v is not None:
            if t.kind == "float":
                return self.float_constant_value(v, t)
            return Wide.const(v) if is_wide(t) else ir.Const(v)
        if t.kind == "float":
            return self.float_rvalue(node, t)
        if is_wide(t):
            return self.wide_rvalue(node, t)
        return self.construct(node, dst)

    def construct(self, node, dst=None):
        """The value of ``node`` by its construct's ``expr_X`` method."""
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            error(node, f"unsupported expression ({type(node).__name__})")
        return method(node, dst)

    def rvalue_as(self, node, t: CType, dst=None):
        """The value of ``node`` converted to ``t``."""
        src = self.type_of(node)
        if t.kind == "struct" or src.kind == "struct":
            if t != src:
                error(node, "incompatible struct types")
            return self.rvalue(node, dst)
        if t.kind not in ("int", "float", "ptr") and t.kind != "void":
            error(node, "conversion to a non-scalar type")
        if src.kind not in ("int", "float", "ptr", "array", "func") and t.kind != "void":
            error(node, "conversion of a non-scalar value")
        if "float" in (t.kind, src.kind):          # a constant converts now, not at run time
            k = self.const_as(node, t)
            if k is not None:
                return self.float_constant_value(k, t) if t.kind == "float" else \
                    (Wide.const(k) if is_wide(t) else ir.Const(k))
        return self.convert(self.rvalue(node, dst if _already(src, t) else None), src, t, dst,
                            node)

    def convert(self, v, src: CType, t: CType, dst=None, node=None):
        """``v`` (of type ``src``) converted to ``t``: narrow integers are extended
        again, a _Bool is 0 or 1, 64-bit ones are cut to their low word."""
        if "float" in (t.kind, src.kind):
            return self.float_convert(v, src, t, node)
        if is_wide(t):
            return self.widen(v, src)
        if isinstance(v, Wide):
            v, src = (self.binop("or", v.lo, v.hi) if t.boolean else v.lo), UINT
        if t.kind != "int" or t.size == 4 or _already(src, t):
            return v
        if isinstance(v, ir.Const):
            return ir.Const(convert_const(v.signed, t))
        dst = dst or self.temp()
        if t.boolean:
            self.emit(ir.Bin("ne", dst, v, ir.Const(0)))
        elif t.signed:
            self.emit(ir.Ext("sext8" if t.size == 1 else "sext16", dst, v))
        else:
            self.emit(ir.Bin("and", dst, v, ir.Const((1 << 8 * t.size) - 1)))
        return dst

    def discard(self, node):
        """Evaluate ``node`` for its effects only."""
        if isinstance(node, c_ast.Assignment):
            self.assign(node, keep=False)
        elif isinstance(node, c_ast.UnaryOp) and node.op in _INCDEC:
            self.incdec(node, keep=False)
        elif isinstance(node, c_ast.FuncCall):
            self.at(node)
            self.call(node, None, keep=False)
        elif isinstance(node, c_ast.ExprList):
            for e in node.exprs:
                self.discard(e)
        elif isinstance(node, c_ast.Cast) and self.ctype(node.to_type).kind == "void":
            self.discard(node.expr)
        else:
            self.rvalue(node)

    def expr_Constant(self, node, dst):
        if node.type == "string":
            return self.unit.data.string(string_bytes(node))
        return ir.Const(self.const_eval(node))

    def expr_ID(self, node, dst):
        found = self.lookup(node)
        if isinstance(found, FunctionDecl):           # a function designator: its address
            return self.unit.function_address(found, node)
        if isinstance(found, EnumConst):
            return ir.Const(found.value)
        if not isinstance(found, Var):
            error(node, f"'{node.name}' is a type, not a value")
        if found.where == "vreg":
            return found.at
        if found.type.kind in ("array", "struct"):   # their value is their address
            return self.addr_value(self.address(node), dst)
        return self.load(self.address(node), found.type, dst)

    def expr_Cast(self, node, dst):
        t = self.ctype(node.to_type)
        if t.kind == "void":
            self.discard(node.expr)
            return ir.Const(0)
        return self.rvalue_as(node.expr, t, dst)

    def expr_ExprList(self, node, dst):
        for e in node.exprs[:-1]:
            self.discard(e)
        return self.rvalue(node.exprs[-1], dst)

    def expr_Compound(self, node, dst):
        """A GNU statement expression: the block, whose last statement gives the
        value (none if it is not an expression)."""
        items = node.block_items or [None]
        void = self.type_of(node).kind == "void"
        outer, self.scope = self.scope, Scope(self.scope)
        depth = len(self.vla_marks)
        for item in items[:-1]:
            self.statement(item)
        value = ir.Const(0)
        if void:
            self.statement(items[-1])
        else:
            value = self.rvalue(items[-1], dst)
        self.leave_scope(outer, depth)
        return value

    def expr_GenericSelection(self, node, dst):
        return self.rvalue(self.generic_choice(node), dst)

    def expr_TernaryOp(self, node, dst):
        t = self.type_of(node)
        then, other, end = self.new_block("then"), self.new_block("else"), self.new_block("endif")
        result = self.new_wide() if two_words(t) else (dst or self.temp())
        self.condition(node.cond, then, other)
        for block, arm in ((then, node.iftrue), (other, node.iffalse)):
            self.start(block)
            if t.kind == "void":
                self.discard(arm)
            else:
                self.into(result, self.rvalue_as(arm, t, result))
            self.jump(end)
        self.start(end)
        return result

    def expr_ArrayRef(self, node, dst):
        return self.load(self.address(node), self.type_of(node), dst)

    def expr_StructRef(self, node, dst):
        return self.load(self.address(node), self.member(node)[1], dst)

    def expr_CompoundLiteral(self, node, dst):
        t = self.literal_type(node)
        addr = self.compound_literal(node)
        return self.load(addr, t, dst)

    def expr_Assignment(self, node, dst):
        return self.assign(node, keep=True, dst=dst)

    def expr_UnaryOp(self, node, dst):
        op = node.op
        if op == "sizeof":
            return self.size_of(self.type_of(node.expr), node)
        if op == "_Alignof":
            return ir.Const(alignof(self.type_of(node.expr)))
        if op == "&":
            if isinstance(node.expr, c_ast.ID) and isinstance(self.lookup(node.expr), FunctionDecl):
                return self.rvalue(node.expr, dst)
            return self.addr_value(self.address(self.addressable(node.expr)), dst)
        if op == "*":
            t = self.type_of(node)
            if t.kind == "func":                    # a function's value is its address
                return self.rvalue(node.expr, dst)
            return self.load(self.address(node), t, dst)
        if op in _INCDEC:
            return self.incdec(node, keep=True, dst=dst)
        t = self.type_of(node)
        if op == "!":
            operand = promote(self.type_of(node.expr))
            if is_wide(operand) or operand.kind == "float":
                return self.truth_value(node, dst)
            return self.binop("eq", self.rvalue(node.expr), ir.Const(0), dst)
        if op == "-":
            return self.binop("sub", ir.Const(0), self.rvalue(node.expr), dst)
        if op == "~":
            return self.binop("xor", self.rvalue(node.expr), ir.Const(0xFFFFFFFF), dst)
        if op == "+":
            return self.rvalue(node.expr, dst)
        error(node, f"operator {op} is not supported")

    def expr_BinaryOp(self, node, dst):
        op = node.op
        if op in ("&&", "||"):
            return self.truth_value(node, dst)
        lt, rt = promote(self.type_of(node.left)), promote(self.type_of(node.right))
        if op in _CMP_SIGNED:
            if "ptr" not in (lt.kind, rt.kind) and (is_wide(arith(lt, rt))
                                                     or arith(lt, rt).kind == "float"):
                return self.truth_value(node, dst)
            unsigned = lt.kind == "ptr" or rt.kind == "ptr" or not arith(lt, rt).signed
            a, b = self.rvalue(node.left), self.rvalue(node.right)
            return self.binop((_CMP_UNSIGNED if unsigned else _CMP_SIGNED)[op], a, b, dst)
        if op in ("+", "-") and (lt.kind == "ptr" or rt.kind == "ptr"):
            return self.pointer_arith(node, lt, rt, dst)
        if lt.kind not in ("int", "ptr") or rt.kind not in ("int", "ptr"):
            error(node, f"invalid operands to binary {op}")
        t = self.type_of(node)
        a = self.rvalue(node.left)
        b = self.rvalue_as(node.right, UINT) if op in ("<<", ">>") else self.rvalue(node.right)
        return self.arith(op, a, b, t.signed, dst)

    def arith(self, op: str, a, b, signed: bool, dst=None):
        """``a op b`` for a C arithmetic operator on 32-bit values; shifts and
        divisions by powers of two take the cheapest machine step."""
        if isinstance(b, ir.Const) and op in ("/", "%", ">>", "<<") and not signed:
            k = b.value & 31 if op in ("<<", ">>") else b.value
            if op == "<<":
                return self.binop("mul", a, ir.Const(1 << k), dst)
            if op == ">>":
                return self.binop("divu", a, ir.Const(1 << k), dst)
            if op == "%" and _is_pow2(k):
                return self.binop("and", a, ir.Const(k - 1), dst)
        if isinstance(b, ir.Const) and op == "<<":
            return self.binop("mul", a, ir.Const(1 << (b.value & 31)), dst)
        name = _ARITH.get(op) or (_SIGNED if signed else _UNSIGNED)[op]
        return self.binop(name, a, b, dst)

    def binop(self, op: str, a, b, dst=None) -> ir.VReg:
        dst = dst or self.temp()
        self.emit(ir.Bin(op, dst, a, b))
        return dst

    def pointer_arith(self, node, lt, rt, dst):
        op = node.op
        if lt.kind == "ptr" and rt.kind == "ptr":
            if op != "-":
                error(node, "cannot add two pointers")
            diff = self.binop("sub", self.rvalue(node.left), self.rvalue(node.right))
            size = self.size_of(lt.base, node)
            return diff if size == ir.Const(1) else self.binop("divs", diff, size, dst)
        if rt.kind == "ptr":
            if op == "-":
                error(node, "cannot subtract a pointer from an integer")
            p, i, t = node.right, node.left, rt
        else:
            p, i, t = node.left, node.right, lt
        base = self.rvalue(p)
        offset = self.scaled(self.word_rvalue(i), self.size_of(t.base, node))
        return self.binop("add" if op == "+" else "sub", base, offset, dst)

    def word_rvalue(self, node):
        """The value of the integer ``node`` as a 32-bit word (an index or offset:
        a 64-bit one is cut to its low word, as address arithmetic wraps)."""
        return self.rvalue_as(node, INT) if is_wide(promote(self.type_of(node))) \
            else self.rvalue(node)

    def size_of(self, t: CType, node):
        """The size of ``t`` as an IR value: a VLA's is known at run time only."""
        return t.vla if t.vla is not None else ir.Const(sizeof(t, node))

    def scaled(self, index, size):
        """``index * size`` (an element offset; ``size`` as size_of gives it)."""
        if isinstance(index, ir.Const) and isinstance(size, ir.Const):
            return ir.Const(index.value * size.value)
        return index if size == ir.Const(1) else self.binop("mul", index, size)

    def truth_value(self, node, dst):
        """0 or 1 for a condition (``&&``, ``||``)."""
        true, false, end = self.new_block("true"), self.new_block("false"), self.new_block("end")
        result = dst or self.temp()
        self.condition(node, true, false)
        self.start(true)
        self.emit(ir.Copy(result, ir.Const(1)))
        self.jump(end)
        self.start(false)
        self.emit(ir.Copy(result, ir.Const(0)))
        self.start(end)
        return result

    # -- conditions --------------------------------------------------------------------------
    def condition(self, node, then: ir.Block, other: ir.Block):
        """Jump to ``then`` if ``node`` is true, else to ``other``."""
        self.at(node)
        if isinstance(node, c_ast.UnaryOp) and node.op == "!":
            self.condition(node.expr, other, then)
            return
        if isinstance(node, c_ast.BinaryOp) and node.op in ("&&", "||"):
            middle = self.new_block("and" if node.op == "&&" else "or")
            if node.op == "&&":
                self.condition(node.left, middle, other)
            else:
                self.condition(node.left, then, middle)
            self.start(middle)
            self.condition(node.right, then, other)
            return
        k = self.const_eval(node)
        if k is not None:
            self.jump(then if k else other)
            return
        if isinstance(node, c_ast.BinaryOp) and node.op in _CMP_SIGNED:
            if self.wide_compare(node, then, other) or self.float_compare(node, then, other):
                return
            lt, rt = promote(self.type_of(node.left)), promote(self.type_of(node.right))
            unsigned = lt.kind == "ptr" or rt.kind == "ptr" or not arith(lt, rt).signed
            a, b = self.rvalue(node.left), self.rvalue(node.right)
            op = (_CMP_UNSIGNED if unsigned else _CMP_SIGNED)[node.op]
            self.terminate(ir.Branch(op, a, b, then, other))
            return
        if isinstance(node, c_ast.ExprList):
            for e in node.exprs[:-1]:
                self.discard(e)
            self.condition(node.exprs[-1], then, other)
            return
        t = promote(self.type_of(node))
        if t.kind == "float":
            self.terminate(ir.Branch("ne", self.float_truth(self.rvalue(node)), ir.Const(0),
                                     then, other))
            return
        if t.kind not in ("int", "ptr"):
            error(node, "condition is not a scalar")
        if is_wide(t):
            self.wide_branch("!=", self.rvalue(node), Wide.const(0), False, then, other)
            return
        self.terminate(ir.Branch("ne", self.rvalue(node), ir.Const(0), then, other))

    # -- lvalues --------------------------------------------------------------------------
    def address(self, node):
        """The memory address of an lvalue (an Addr)."""
        from .builder import Addr
        if isinstance(node, c_ast.ID):
            var = self.lookup(node)
            if isinstance(var, FunctionDecl):
                return Addr(offset=self.unit.function_address(var, node))
            if not isinstance(var, Var):
                error(node, f"'{node.name}' is not a variable")
            if var.where == "vreg":
                error(node, f"internal: '{node.name}' has no address")
            if var.where == "ref":
                return Addr(var.at)
            if var.where == "frame":
                return Addr(self.fp, None, var.at)
            return Addr(offset=var.at)
        if isinstance(node, c_ast.UnaryOp) and node.op == "*":
            return self.as_address(self.rvalue(node.expr))
        if isinstance(node, c_ast.ArrayRef):
            bt = promote(self.type_of(node.name))
            base, index = (node.name, node.subscript) if bt.kind == "ptr" else \
                (node.subscript, node.name)
            t = promote(self.type_of(base))
            if t.kind != "ptr":
                error(node, "subscript of a non-array")
            size = self.size_of(t.base, node)
            if self.type_of(base).kind == "array":
                addr = self.address(base)
            else:
                addr = self.as_address(self.rvalue(base))
            return self.index_address(addr, self.word_rvalue(index), size)
        if isinstance(node, c_ast.CompoundLiteral):
            return self.compound_literal(node)
        if isinstance(node, c_ast.GenericSelection):      # _Generic(x, int: x) is x
            return self.address(self.generic_choice(node))
        if isinstance(node, c_ast.StructRef):
            _, _, off = self.member(node)
            if node.type == "->":
                addr = self.as_address(self.rvalue(node.name))
            else:
                if self.type_of(node.name).kind != "struct":
                    error(node, "member access on a non-struct")
                addr = self.struct_address(node.name)
            return self.offset_address(addr, off)
        if isinstance(node, c_ast.Constant) and node.type == "string":
            return Addr(offset=self.expr_Constant(node, None))
        if isinstance(node, (c_ast.FuncCall, c_ast.TernaryOp, c_ast.Assignment, c_ast.ExprList,
                             c_ast.Cast)) and self.type_of(node).kind == "struct":
            return self.as_address(self.rvalue(node))
        error(node, "expression is not assignable")

    def struct_address(self, node):
        """The address of a struct-valued expression."""
        if isinstance(node, (c_ast.ID, c_ast.ArrayRef, c_ast.StructRef, c_ast.CompoundLiteral,
                             c_ast.GenericSelection)) \
                or isinstance(node, c_ast.UnaryOp) and node.op == "*":
            return self.address(node)
        return self.as_address(self.rvalue(node))

    def as_address(self, value):
        from .builder import Addr
        if isinstance(value, (ir.Const, ir.Sym)):
            return Addr(offset=value)
        return Addr(value)

    def offset_address(self, addr, k: int):
        from .builder import Addr
        if isinstance(addr.offset, ir.Sym):
            return Addr(addr.base, addr.index, addr.offset.plus(k))
        return Addr(addr.base, addr.index, ir.Const(addr.offset.value + k))

    def index_address(self, addr, index, size):
        """``addr + index * size``."""
        from .builder import Addr
        offset = self.scaled(index, size)
        if isinstance(offset, ir.Const):
            return self.offset_address(addr, offset.signed)
        if addr.base is None:
            return Addr(offset, None, addr.offset)
        if addr.index is None:
            return Addr(addr.base, offset, addr.offset)
        return Addr(self.binop("add", addr.base, addr.index), offset, addr.offset)

    def addr_value(self, addr, dst=None):
        """An address as a value."""
        parts = [p for p in (addr.base, addr.index) if p is not None]
        if not parts:
            return addr.offset
        value = parts[0]
        if len(parts) == 2:
            value = self.binop("add", value, parts[1], dst if addr.offset == ir.Const(0) else None)
        if addr.offset != ir.Const(0):
            return self.binop("add", value, addr.offset, dst)
        return value

    def load(self, addr, t: CType, dst=None):
        """The value at ``addr`` of type ``t`` (arrays and structs: the address)."""
        from .builder import load_op
        if t.kind in ("array", "struct", "func"):
            return self.addr_value(addr, dst)
        if t.kind == "void":
            error(None, "use of a void value")
        if t.bitfield is not None:
            return self.read_bitfield(addr, t, dst)
        if two_words(t):
            return Wide(*(self.load(self.offset_address(addr, k), UINT) for k in (0, 4)))
        dst = dst or self.temp()
        self.emit(ir.Load(load_op(t), dst, addr.base, addr.index, addr.offset))
        return dst

    def store(self, addr, t: CType, value):
        """Store ``value`` (a value of ``t``) at ``addr``; returns the value stored."""
        from .builder import store_op
        if t.bitfield is not None:
            return self.write_bitfield(addr, t, value)
        if two_words(t):
            for k, word in ((0, value.lo), (4, value.hi)):
                self.store(self.offset_address(addr, k), UINT, word)
            return value
        self.emit(ir.Store(store_op(t), addr.base, addr.index, addr.offset, value))
        return value

    # -- bit-fields: ``addr`` is the storage unit, ``t.bitfield`` (bit offset, width) --------
    def read_bitfield(self, addr, t: CType, dst=None):
        """The bit-field's value: shifted down, then masked or sign-extended."""
        shift, width = t.bitfield
        if shift + width == 8 * t.size:        # at the unit's top: one shift brings it down
            v = self.load(addr, CType("int", t.size, t.signed), None if shift else dst)
            return self.arith(">>", v, ir.Const(shift), t.signed, dst) if shift else v
        v = self.load(addr, _UNSIGNED_OF_SIZE[t.size])
        if not t.signed:
            if shift:
                v = self.arith(">>", v, ir.Const(shift), False)
            return self.binop("and", v, ir.Const((1 << width) - 1), dst)
        v = self.arith("<<", v, ir.Const(32 - shift - width), True)
        return self.arith(">>", v, ir.Const(32 - width), True, dst)

    def write_bitfield(self, addr, t: CType, value):
        """Replace the bit-field's bits by ``value``'s low ones (read, modify, write
        the unit); returns the bit-field's new value."""
        shift, width = t.bitfield
        unit = _UNSIGNED_OF_SIZE[t.size]
        if width == 8 * t.size:                # the whole unit: ``value`` is already a value of t
            return self.store(addr, unit, value)
        mask = (1 << width) - 1
        field = self.binop("and", value, ir.Const(mask))
        kept = self.binop("and", self.load(addr, unit), ir.Const(~(mask << shift)))
        self.store(addr, unit, self.binop("or", kept, self.arith("<<", field, ir.Const(shift),
                                                                 False)))
        if not t.signed:
            return field
        return self.arith(">>", self.arith("<<", value, ir.Const(32 - width), True),
                          ir.Const(32 - width), True)

    def local_var(self, node):
        """The Var of ``node`` if it names a variable held in a virtual register."""
        if isinstance(node, c_ast.GenericSelection):
            return self.local_var(self.generic_choice(node))
        if isinstance(node, c_ast.ID):
            var = self.scope.lookup(node.name)
            if isinstance(var, Var) and var.where == "vreg":
                return var
        return None

    # -- assignment ---------------------------------------------------------------------------
    def assign(self, node: c_ast.Assignment, keep: bool, dst=None):
        """``lvalue op= rhs``; returns the new value if ``keep``."""
        self.at(node)
        target, rhs, op = node.lvalue, node.rvalue, node.op
        t = self.type_of(target)
        if t.kind == "array":
            error(target, "cannot assign to an array")
        if t.kind == "struct":
            if op != "=" or self.type_of(rhs) != t:
                error(target, "struct assignment needs a struct of the same type")
            addr = self.address(target)
            self.copy_struct(addr, self.struct_address(rhs), sizeof(t, rhs))
            return self.addr_value(addr) if keep else None
        if t.kind not in ("int", "float", "ptr"):
            error(target, "assignment to a non-scalar")
        var = self.local_var(target)
        if var is not None:
            if op == "=":
                value = self.rvalue_as(rhs, t, var.at)
            else:
                value = self.combine(op, t, var.at, rhs, var.at)
            return self.into(var.at, value)
        addr = self.address(target)
        if op == "=":
            value = self.rvalue_as(rhs, t, dst)
        else:
            value = self.combine(op, t, self.load(addr, t), rhs, dst)
        return self.store(addr, t, value)

    def combine(self, op: str, t: CType, old, rhs, dst=None):
        """``old op rhs`` converted to ``t`` (compound assignment)."""
        binop = op[:-1]
        pt = promote(t)
        if pt.kind == "ptr" and binop in ("+", "-"):
            offset = self.scaled(self.word_rvalue(rhs), self.size_of(pt.base, rhs))
            return self.binop("add" if binop == "+" else "sub", old, offset, dst)
        rt = promote(self.type_of(rhs))
        ct = pt if binop in ("<<", ">>") else arith(pt, rt)     # the type it is computed in
        if ct.kind == "float":
            value = self.float_arith(binop, self.convert(old, t, ct), self.rvalue_as(rhs, ct), ct)
            return self.convert(value, ct, t)
        if is_wide(ct):
            a = self.convert(old, t, ct)
            if binop in ("<<", ">>"):
                value = self.wide_shift(binop, a, rhs, ct.signed)
            else:
                value = self.wide_arith(binop, a, self.rvalue_as(rhs, ct), ct.signed)
            return self.convert(value, ct, t)
        b = self.rvalue_as(rhs, UINT) if binop in ("<<", ">>") else self.rvalue_as(rhs, ct)
        value = self.arith(binop, old, b, ct.signed, dst if _already(pt, t) else None)
        return self.convert(value, ct, t, dst)

    def incdec(self, node, keep: bool, dst=None):
        t = self.type_of(node.expr)
        if t.kind not in ("int", "float", "ptr"):
            error(node, f"{node.op.strip('p')} of a non-scalar")
        step = self.size_of(t.base, node) if t.kind == "ptr" else ir.Const(1)
        post = node.op.startswith("p")
        op = "add" if "+" in node.op else "sub"
        if is_wide(t) or t.kind == "float":
            return self.wide_incdec(node.expr, t, "+" if op == "add" else "-", post, keep)
        var = self.local_var(node.expr)
        if var is not None:
            old = self.into(self.temp(), var.at) if keep and post else var.at
            new = self.convert(self.binop(op, var.at, step, var.at),
                               INT, t, var.at)
            self.into(var.at, new)
            return old if post else var.at
        addr = self.address(node.expr)
        old = self.load(addr, t)
        new = self.convert(self.binop(op, old, step), INT, t)
        new = self.store(addr, t, new)
        return old if post else new

    def wide_incdec(self, target, t: CType, op: str, post: bool, keep: bool):
        """++ and -- of a long long or a floating value (no narrowing after)."""
        def step(v):
            if t.kind == "float":
                return self.float_arith(op, v, self.float_constant_value(1.0, t), t)
            return self.wide_arith(op, v, Wide.const(1), t.signed)

        var = self.local_var(target)
        if var is not None:
            old = self.into(self.new_wide() if two_words(t) else self.temp(), var.at) \
                if keep and post else var.at
            new = self.into(var.at, step(var.at))
            return old if post else new
        addr = self.address(target)
        old = self.load(addr, t)
        new = self.store(addr, t, step(old))
        return old if post else new

    # -- memory objects -------------------------------------------------------------------
    def copy_struct(self, dst_addr, src_addr, n: int):
        """Copy ``n`` bytes, word by word for small objects, else with memcpy."""
        if n > 64:
            # the runtime's memcpy, also where a program's own memcpy (or a
            # variable of that name) took the name
            memcpy = self.unit.runtime_twins.get("memcpy") or self.scope.lookup("memcpy")
            if not isinstance(memcpy, FunctionDecl):
                error(None, "struct copies need memcpy (include <string.h>)")
            self.unit.use_function(memcpy, None)
            self.fn.calls.add(memcpy.name)
            self.emit(ir.Call(None, memcpy.name, [self.addr_value(dst_addr),
                                                  self.addr_value(src_addr), ir.Const(n)]))
            return
        off = 0
        while off < n:
            size = 4 if n - off >= 4 else (2 if n - off >= 2 else 1)
            t = _UNSIGNED_OF_SIZE[size]
            v = self.load(self.offset_address(src_addr, off), t)
            self.store(self.offset_address(dst_addr, off), t, v)
            off += size

    def compound_literal(self, node):
        """Build the object in a frame temporary; its address."""
        t = self.literal_type(node)
        addr = self.frame_alloc(sizeof(t, node), node)
        self.init_object(addr, t, node.init)
        return addr

    def init_object(self, addr, t: CType, init):
        """An array or struct at ``addr``: constant bytes from a template, then the
        run-time values."""
        blob, relocs, dynamic = bytearray(sizeof(t, init)), [], []
        self.fill_blob(self.initializer(t, init)[1], blob, relocs, dynamic)
        if any(blob) or relocs:
            template = self.unit.data.alloc(bytes(blob), relocs=relocs)
            self.copy_struct(addr, self.as_address(template), len(blob))
        else:
            self.zero_fill(addr, len(blob))
        first_stored = {}       # id of a value -> where it went first
        for off, ft, expr in dynamic:
            at = self.offset_address(addr, off)
            if id(expr) in first_stored:    # gcc's [low ... high] = value evaluates it once
                source = self.offset_address(addr, first_stored[id(expr)])
                if ft.kind == "struct":
                    self.copy_struct(at, source, sizeof(ft, expr))
                else:
                    self.store(at, ft, self.load(source, ft))
                continue
            first_stored[id(expr)] = off
            if ft.kind == "struct":
                self.copy_struct(at, self.struct_address(expr), sizeof(ft, expr))
            else:
                self.store(at, ft, self.rvalue_as(expr, ft))

    def zero_fill(self, addr, n: int):
        memset = self.scope.lookup("memset")
        if n > 64 and isinstance(memset, FunctionDecl):
            self.unit.use_function(memset, None)
            self.fn.calls.add("memset")
            self.emit(ir.Call(None, "memset", [self.addr_value(addr), ir.Const(0), ir.Const(n)]))
            return
        off = 0
        while off < n:
            size = 4 if n - off >= 4 else (2 if n - off >= 2 else 1)
            self.store(self.offset_address(addr, off), _UNSIGNED_OF_SIZE[size], ir.Const(0))
            off += size


def _already(src: CType, t: CType) -> bool:
    """Is a value of type ``src`` already a valid value of ``t`` (no conversion)?"""
    if "float" in (t.kind, src.kind):
        return t.kind == src.kind and t.size == src.size
    if is_wide(t) or is_wide(src):
        return is_wide(t) and is_wide(src)
    if t.kind != "int" or t.size == 4:
        return True
    return src.kind == "int" and src.size <= t.size and src.signed == t.signed \
        and src.boolean >= t.boolean


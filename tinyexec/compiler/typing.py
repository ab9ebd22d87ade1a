"""The C type of an expression, found without generating code."""
from __future__ import annotations

from pycparser import c_ast

from .errors import error
from .literals import float_constant, int_constant, string_bytes
from .scope import EnumConst, FunctionDecl, Scope, Typedef, Var
from .types import (CHAR, DOUBLE, FLOAT, INT, UINT, VOID, CType, arith, array, compatible, decay,
                    promote, ptr, qualified, struct_member, type_name, unqualified)

# the constructs that are expression statements
EXPRESSIONS = (c_ast.Assignment, c_ast.FuncCall, c_ast.UnaryOp, c_ast.BinaryOp, c_ast.ID,
               c_ast.Constant, c_ast.Cast, c_ast.StructRef, c_ast.CompoundLiteral,
               c_ast.TernaryOp, c_ast.ArrayRef, c_ast.ExprList, c_ast.Compound,
               c_ast.GenericSelection)
# functions the compiler provides itself (unless the program defines the name)
BUILTIN_INT = ("printf", "putchar", "getchar", "__putc_err", "__builtin_expect")
# what names gcc's builtins (__builtin_abort: abort)
GNU_BUILTIN = "__builtin_"
# gcc's constants of math.h's INFINITY, NAN and HUGE_VAL: (type, value)
FLOAT_BUILTINS = {"__builtin_inf": (DOUBLE, float("inf")), "__builtin_inff": (FLOAT, float("inf")),
                  "__builtin_huge_val": (DOUBLE, float("inf")),
                  "__builtin_huge_valf": (FLOAT, float("inf")),
                  "__builtin_nan": (DOUBLE, float("nan")), "__builtin_nanf": (FLOAT, float("nan"))}


class Typing:
    """Mixin of :class:`~tinyexec.compiler.context.Context`."""

    def lookup(self, node: c_ast.ID):
        found = self.scope.lookup(node.name)
        if found is None and node.name == "__func__" and self.in_function:
            return self.function_name()
        if found is None:
            found = self.gnu_library_builtin(node.name)
        if found is None:
            error(node, f"'{node.name}' undeclared")
        return found

    def gnu_library_builtin(self, name: str) -> FunctionDecl | None:
        """gcc's ``__builtin_NAME`` of a C library function NAME (``__builtin_abort``,
        ``__builtin_memcpy``, ...): NAME, as gcc calls it where it does not
        compute the result itself.  None for other names."""
        if name.startswith(GNU_BUILTIN):
            return self.unit.library_function(name[len(GNU_BUILTIN):])
        return None

    def function_named(self, name: str) -> FunctionDecl | None:
        found = self.scope.lookup(name)
        return found if isinstance(found, FunctionDecl) else None

    def type_of(self, node) -> CType:
        method = getattr(self, "type_" + type(node).__name__, None)
        if method is None:
            error(node, f"unsupported expression ({type(node).__name__})")
        return method(node)

    def type_Constant(self, node):
        if node.type == "string":
            return array(CHAR, len(string_bytes(node)) + 1)
        if node.type == "char":
            return INT
        if node.type in ("float", "double", "long double"):
            return float_constant(node)[1]
        return int_constant(node)[1]

    def type_ID(self, node):
        found = self.lookup(node)
        if isinstance(found, FunctionDecl):
            return ptr(found.type)
        if isinstance(found, EnumConst):
            return found.type
        if isinstance(found, Var):
            return found.type
        error(node, f"'{node.name}' is a type, not a value")

    def type_Typename(self, node):
        return self.ctype(node)

    def type_Cast(self, node):
        return self.ctype(node.to_type)

    def type_UnaryOp(self, node):
        if node.op in ("sizeof", "_Alignof"):
            return UINT
        t = self.type_of(node.expr)
        if node.op == "*":
            if t.kind == "func":                # *f of a function f is f
                return t
            t = promote(t)
            if t.kind != "ptr":
                error(node, "dereference of a non-pointer")
            return t.base
        if node.op == "&":
            if isinstance(node.expr, c_ast.ID) and isinstance(self.lookup(node.expr), FunctionDecl):
                return t                        # &f is f's address, as f's value is
            return ptr(t)
        if node.op == "!":
            return INT
        if node.op in ("++", "--", "p++", "p--"):
            return t
        if node.op == "~" and t.kind == "float":
            error(node, "invalid operand to ~ (a floating value)")
        return promote(t)

    def type_BinaryOp(self, node):
        a, b = promote(self.type_of(node.left)), promote(self.type_of(node.right))
        if not (a.is_scalar and b.is_scalar):      # a struct, a union or void
            error(node, f"invalid operands to binary {node.op}")
        if node.op in ("<", ">", "<=", ">=", "==", "!=", "&&", "||"):
            return INT
        if node.op in ("+", "-"):
            if a.kind == "ptr" and b.kind == "ptr":
                return INT
            if a.kind == "ptr":
                return a
            if b.kind == "ptr":
                return b
        if node.op in ("<<", ">>", "%", "&", "|", "^") and "float" in (a.kind, b.kind):
            error(node, f"invalid operands to binary {node.op} (a floating value)")
        if node.op in ("<<", ">>"):
            return a
        if a.kind not in ("int", "float", "ptr") or b.kind not in ("int", "float", "ptr") \
                or ("ptr" in (a.kind, b.kind) and "float" in (a.kind, b.kind)):
            error(node, f"invalid operands to binary {node.op}")
        return arith(a, b)

    def type_ArrayRef(self, node):
        t = promote(self.type_of(node.name))
        if t.kind != "ptr":
            t2 = promote(self.type_of(node.subscript))
            if t2.kind != "ptr":
                error(node, "subscript of a non-array")
            return t2.base
        return t.base

    def type_Assignment(self, node):
        return self.type_of(node.lvalue)

    def type_TernaryOp(self, node):
        a, b = promote(self.type_of(node.iftrue)), promote(self.type_of(node.iffalse))
        if a.kind == "struct" or b.kind == "struct":     # its value is the chosen one's address
            if a != b:
                error(node, "?: of a struct and a different type")
            return a
        if a.kind == "void" or b.kind == "void":
            return a if a.kind == "void" else b
        if a.kind == "ptr" and b.kind == "ptr":
            return self.common_pointer(node, a, b)
        return a if a.kind == "ptr" else (b if b.kind == "ptr" else arith(a, b))

    def common_pointer(self, node: c_ast.TernaryOp, a: CType, b: CType) -> CType:
        """The type of ``c ? a : b`` of two pointers (C11 6.5.15p6): to the
        qualifiers of both targets; a ``void *`` one (unless it is a null pointer
        constant) makes it a ``void *``."""
        quals = a.base.quals | b.base.quals
        if b.base.kind == "void" and a.base.kind != "void" and self.const_eval(node.iffalse) != 0:
            a = b
        elif a.base.kind == "void" and self.const_eval(node.iftrue) == 0:
            a = b
        return ptr(qualified(a.base, quals))

    def type_FuncCall(self, node):
        name = node.name.name if isinstance(node.name, c_ast.ID) else None
        found = self.scope.lookup(name) if name else None
        if name in BUILTIN_INT and (found is None or isinstance(found, FunctionDecl)):
            return INT
        if name == "__builtin_va_start":
            return ptr(CHAR)
        if name in FLOAT_BUILTINS:
            return FLOAT_BUILTINS[name][0]
        return self.callee_type(node.name).ret

    def type_ExprList(self, node):
        return decay(self.type_of(node.exprs[-1]))      # the comma's result is no lvalue

    def type_Compound(self, node):
        """A GNU statement expression ``({ ...; e; })``: the type of ``e``, its last
        statement, seen with the block's declarations (void if it ends otherwise)."""
        items = node.block_items or []
        if not items or not isinstance(items[-1], EXPRESSIONS):
            return VOID
        # types only: a VLA's length is computed where the block is built
        outer, mode = self.scope, self.vla_mode
        self.scope, self.vla_mode = Scope(outer), "prototype"
        try:
            for item in items[:-1]:
                self.declare_for_type(item)
            return decay(self.type_of(items[-1]))
        finally:
            self.scope, self.vla_mode = outer, mode

    def declare_for_type(self, item):
        """Enter the names a block item declares, with their types only."""
        if isinstance(item, c_ast.Typedef):
            self.scope.names[item.name] = Typedef(self.ctype(item.type))
        elif isinstance(item, c_ast.DeclList):
            for d in item.decls:
                self.declare_for_type(d)
        elif isinstance(item, c_ast.Decl):
            t = self.ctype(item.type)
            if item.name is not None and not isinstance(item.type, c_ast.FuncDecl):
                self.scope.names[item.name] = Var(item.name, t, "vreg", None)

    def generic_choice(self, node: c_ast.GenericSelection):
        """The expression a ``_Generic`` selects (C11 6.5.1.1): the association
        whose type is compatible with the controlling expression's type after
        lvalue conversion (an array or a function becomes a pointer, qualifiers
        go; no integer promotion: a char selects char), else the default one.
        The controlling expression is not evaluated, only typed.  A bit-field
        selects no type name (its type is its width's, as gcc has it)."""
        selector = unqualified(decay(self.type_of(node.expr)))
        chosen, default, seen = None, None, []
        for association in node.associations:
            if association.type is None:
                if default is not None:
                    error(association, "duplicate 'default' case in '_Generic'")
                default = association
                continue
            t = self.ctype(association.type)
            if t.kind == "func":
                error(association, "'_Generic' association has function type")
            if t.kind == "void" or t.kind == "array" and t.length is None \
                    or t.kind == "struct" and t.layout.size is None:
                error(association, "'_Generic' association has incomplete type")
            if t.vla is not None:
                error(association, "'_Generic' association has a variable-length type")
            if any(compatible(t, other) for other in seen):
                error(association, "'_Generic' specifies two compatible types")
            seen.append(t)
            if chosen is None and compatible(selector, t):
                chosen = association
        chosen = chosen or default
        if chosen is None:
            error(node.expr, f"'_Generic' selector of type '{type_name(selector)}' is not "
                             "compatible with any association")
        return chosen.expr

    def type_GenericSelection(self, node):
        return self.type_of(self.generic_choice(node))

    def type_StructRef(self, node):
        return self.member(node)[1]

    def type_CompoundLiteral(self, node):
        return self.literal_type(node)

    def callee_type(self, callee) -> CType:
        """The function type called through ``callee`` (a name or a pointer)."""
        t = self.type_of(callee)
        if t.kind == "ptr" and t.base.kind == "func":
            t = t.base
        if t.kind != "func":
            error(callee, "called object is not a function")
        return t

    def member(self, node: c_ast.StructRef):
        """(struct type, member type, offset) of ``a.b`` or ``a->b``."""
        t = self.type_of(node.name)
        if node.type == "->":
            t = promote(t)
            if t.kind != "ptr":
                error(node, "'->' applied to a non-pointer")
            t = t.base
        if t.kind != "struct":
            error(node, "member access on a non-struct")
        if t.layout.size is None:
            error(node, "use of an incomplete struct")
        member_type, offset = struct_member(t, node.field.name, node.field)
        return t, qualified(member_type, t.quals), offset     # a const struct's members are const

    def addressable(self, node):
        """``node``, the operand of ``&``: anything but a bit-field (C99 6.5.3.2p1)."""
        if self.type_of(node).bitfield is not None:
            error(node, "cannot take the address of a bit-field")
        return node

    def literal_type(self, node: c_ast.CompoundLiteral) -> CType:
        t = self.ctype(node.type)
        if t.kind == "array" and t.length is None:
            t = self.initializer(t, node.init)[0]
        return t

"""Types from declarations: declarators, struct/union layout, enums."""
from __future__ import annotations

from dataclasses import replace

from pycparser import c_ast

from .errors import error
from .scope import EnumConst, FunctionDecl, Typedef
from .types import (BOOL, CHAR, DOUBLE, FLOAT, INT, LDOUBLE, LLONG, LONG, SCHAR, SHORT, UCHAR, UINT,
                    ULLONG, ULONG, USHORT, VOID, CType, Layout, adjust_parameter, alignof, array,
                    ptr, qualified, sizeof, unqualified)


class Declarations:
    """Mixin of :class:`~tinyexec.compiler.context.Context`."""

    # what an array dimension known only at run time makes: None (an error),
    # "prototype" (a parameter's array of unspecified size), "local" (a VLA)
    vla_mode: str | None = None

    def ctype(self, node) -> CType:
        # the qualifiers that count are a TypeDecl's and a PtrDecl's (a Typename's
        # and a Decl's repeat the specifiers' ones, the TypeDecl's)
        if isinstance(node, c_ast.TypeDecl):
            return qualified(self.ctype(node.type), node.quals)
        if isinstance(node, c_ast.Typename):
            return self.ctype(node.type)
        if isinstance(node, c_ast.PtrDecl):
            return qualified(ptr(self.ctype(node.type)), node.quals)
        if isinstance(node, c_ast.ArrayDecl):
            base = self.ctype(node.type)
            if node.dim is not None and isinstance(self.const_eval(node.dim), float):
                error(node.dim, "size of an array has a non-integer type")
            n = None if node.dim is None else self.integer_constant(node.dim)
            if node.dim is not None and (n is None or base.vla is not None):
                return self.variable_array(base, node)
            if n is not None and n < 0:
                error(node, "negative array size")
            return array(base, n)
        if isinstance(node, c_ast.FuncDecl):
            params, outer, self.vla_mode = [], self.vla_mode, "prototype"
            for p in (node.args.params if node.args else []):
                if isinstance(p, c_ast.EllipsisParam):
                    params.append("...")
                    continue
                t = self.ctype(p.type)
                if t.kind != "void":
                    params.append(adjust_parameter(t))
            self.vla_mode = outer
            return CType("func", 4, False, ret=self.ctype(node.type), params=tuple(params),
                         unprototyped=node.args is None)
        if isinstance(node, c_ast.IdentifierType):
            return self.named_type(node)
        if isinstance(node, (c_ast.Struct, c_ast.Union)):
            return self.struct_type(node)
        if isinstance(node, c_ast.Enum):
            return self.enum_type(node)
        if isinstance(node, c_ast.TypeOf):
            return self.typeof_type(node)
        error(node, f"unsupported declaration ({type(node).__name__})")

    def typeof_type(self, node: c_ast.TypeOf) -> CType:
        """GNU's and C23's ``typeof(expression)`` and ``typeof(type-name)``: the
        type as it is, qualifiers and array type kept (the expression is not
        evaluated); ``typeof_unqual`` drops the qualifiers."""
        if isinstance(node.expr, c_ast.Typename):
            t = self.ctype(node.expr)
        else:
            found = self.scope.lookup(node.expr.name) if isinstance(node.expr, c_ast.ID) else None
            # a function's name: its type (type_of gives its value's, a pointer)
            t = found.type if isinstance(found, FunctionDecl) else self.type_of(node.expr)
            if t.bitfield is not None:
                error(node.expr, "'typeof' applied to a bit-field")
            if t.vla is not None:
                error(node, "typeof of a variable-length array is not supported")
        return unqualified(t) if node.op == "typeof_unqual" else t

    def enum_type(self, node: c_ast.Enum) -> CType:
        """An enumeration is an unsigned int when none of its values is negative,
        else an int, as gcc makes it (C99 6.7.2.2p4 leaves the choice to the
        compiler).  A constant is an int, or an unsigned int if it is above
        INT_MAX (gcc's extension); a value in neither range is rejected."""
        key = f"enum {node.name}" if node.name else None
        if node.values is None:
            found = self.scope.lookup_tag(key) if key else None
            return found if isinstance(found, CType) else INT      # an incomplete enum
        value, values = -1, []
        for e in node.values.enumerators:
            if e.value is None:
                value += 1
            else:
                value = self.integer_constant(e.value)
                if value is None:
                    error(e, "enumerator value is not a constant")
                if not self.type_of(e.value).signed:          # held as a signed number
                    value %= 2 ** (8 * self.type_of(e.value).size)
            if not -2**31 <= value < 2**32:
                error(e, f"enumerator value {value} does not fit in int or unsigned int")
            # (a constant is held as a signed 32-bit number, as ir.Const takes it)
            self.scope.names[e.name] = EnumConst(value - (value >= 2**31) * 2**32,
                                                 INT if value < 2**31 else UINT)
            values.append(value)
        if min(values) < 0 and max(values) >= 2**31:
            error(node, "enumerator values do not fit in int or in unsigned int")
        t = INT if min(values) < 0 else UINT
        if key:
            self.scope.tags[key] = t
        return t

    def variable_array(self, base: CType, node: c_ast.ArrayDecl) -> CType:
        """``base [node.dim]`` whose size is known at run time only: in a function's
        type, a parameter's array of unspecified size (only the function's body
        needs the size, and computes it: FunctionBuilder.variable_array)."""
        if self.vla_mode != "prototype":
            error(node, "a variable-length array type in an object of static storage "
                        "or at file scope")
        return array(base, None)

    def named_type(self, node: c_ast.IdentifierType) -> CType:
        names = [n for n in node.names if n not in ("const", "volatile", "signed", "register")]
        signed = "unsigned" not in node.names
        # The specifiers may come in any order (C99 6.7.2p2): `int short` is `short int`.
        names = sorted(n for n in names if n != "unsigned")
        if not names or names == ["int"]:
            return INT if signed else UINT
        if names in (["long"], ["int", "long"]):
            return LONG if signed else ULONG
        if names == ["char"]:
            return (SCHAR if "signed" in node.names else CHAR) if signed else UCHAR
        if names in (["short"], ["int", "short"]):
            return SHORT if signed else USHORT
        if names in (["long", "long"], ["int", "long", "long"]):
            return LLONG if signed else ULLONG
        if names == ["float"] and signed:
            return FLOAT
        if names == ["double"] and signed:
            return DOUBLE
        if names == ["double", "long"] and signed:      # long double: a double
            return LDOUBLE
        if names == ["_Bool"]:
            return BOOL
        if names == ["void"]:
            return VOID
        if len(names) == 1:
            found = self.scope.lookup(names[0])
            if isinstance(found, Typedef):
                return found.type
        error(node, f"type '{' '.join(node.names)}' is not supported")

    def struct_type(self, node) -> CType:
        union = isinstance(node, c_ast.Union)
        word = "union" if union else "struct"
        key = f"{word} {node.name}" if node.name else None
        defined = self.unit.definitions.get(id(node))
        if defined is not None:     # "struct {...} a, b;" (or typed before, in a
            if key:                 # statement expression): one type, its tag in scope here
                self.scope.tags.setdefault(key, defined)
            return CType("struct", 0, False, layout=defined)
        layout = self.scope.lookup_tag(key) if key else None
        if layout is None or (node.decls is not None and key not in self.scope.tags):
            layout = Layout(key or f"anonymous {word}", union)
            if key:
                self.scope.tags[key] = layout
        t = CType("struct", 0, False, layout=layout)
        if node.decls is None:
            return t
        self.unit.definitions[id(node)] = layout
        if layout.size is not None:
            error(node, f"redefinition of '{key}'")
        fields, members, bits, align = {}, [], 0, 1   # bits: the end of the members so far

        def member(name, ft, off, decl):
            nonlocal align
            lifted = ft.layout.fields.items() if ft.kind == "struct" and name is None \
                else ()                 # an anonymous member: its members are the struct's
            for n, (mt, mo) in lifted or [(name, (ft, 0))]:
                if n in fields:
                    error(decl, f"duplicate member '{n}'")
                fields[n] = (mt, off + mo)
            members.append((name, ft, off))
            align = max(align, alignof(ft))

        # a _Static_assert among the members (C11 6.7.2.1p1) is checked where it
        # stands and is no member: a flexible array member before it is still last
        last_member = max((k for k, d in enumerate(node.decls)
                           if not isinstance(d, c_ast.StaticAssert)), default=-1)
        for k, decl in enumerate(node.decls):
            if isinstance(decl, c_ast.StaticAssert):
                self.static_assert(decl)
                continue
            ft = self.ctype(decl.type)
            at = 0 if union else bits
            if ft.vla is not None:
                error(decl, "a member cannot be a variable-length array")
            if ft.kind == "array" and ft.length is None:
                # a flexible array member (C99 6.7.2.1p16): the last of a struct
                # with others before it; it adds no size, only alignment
                if union or k < last_member or not fields:
                    error(decl, "a flexible array member must be the last member of a "
                                "struct with other members")
                off = (at + 8 * alignof(ft) - 1) // (8 * alignof(ft)) * alignof(ft)
                member(decl.name, ft, off, decl)
                bits = max(bits, 8 * off)
                continue
            if decl.bitsize is not None:
                ft, off, end = self.bit_field(decl, ft, at)
            else:
                a = alignof(ft)
                off = (at + 8 * a - 1) // (8 * a) * a
                end = 8 * (off + sizeof(ft, decl))
            if decl.name is not None or decl.bitsize is None:   # an unnamed bit-field only pads
                member(decl.name, ft, off, decl)
            bits = max(bits, end)
        layout.fields, layout.members, layout.align, layout.node = fields, members, align, node
        layout.size = ((bits + 7) // 8 + align - 1) // align * align
        return t

    def bit_field(self, decl: c_ast.Decl, t: CType, at: int):
        """Place the bit-field ``decl`` of type ``t`` at bit ``at`` of its struct or
        later, as gcc does for i386 (System V ABI): in a storage unit of its type,
        which it never straddles; a zero width ends the unit.  Returns its member
        type, the byte offset of its unit and the bit where it ends."""
        name = f"bit-field '{decl.name}'" if decl.name else "an unnamed bit-field"
        if t.kind != "int":
            error(decl, f"{name} has an invalid type")
        if t.size == 8:
            error(decl, f"{name}: bit-fields of a 64-bit type are not supported")
        width = self.integer_constant(decl.bitsize)
        if isinstance(self.const_eval(decl.bitsize), float):
            error(decl.bitsize, f"the width of {name} has a non-integer type")
        if width is None:
            error(decl.bitsize, f"the width of {name} is not an integer constant")
        if width < 0:
            error(decl.bitsize, f"negative width in {name}")
        unit = 8 * t.size
        if width > (1 if t.boolean else unit):
            error(decl.bitsize, f"width of {name} exceeds its type")
        if width == 0 and decl.name:
            error(decl.bitsize, f"zero width for {name}")
        start = at if width and at % unit + width <= unit else (at + unit - 1) // unit * unit
        return replace(t, bitfield=(start % unit, width)), start // unit * t.size, start + width

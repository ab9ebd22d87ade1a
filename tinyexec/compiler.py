"""C -> tinyexec VM code, with pycparser.

Structure: :func:`compile_source` preprocesses the program and the C runtime
(``libc/libc.c``) into one translation unit, parses it with pycparser, and
hands it to :class:`Compiler`: one ``visit_X``-style method per statement and
expression kind.  Only functions reachable from ``main`` are generated (a
worklist), so the runtime costs nothing it is not asked for.

Code generation follows the stack discipline of ``tinyexec.machine``: the
compiler tracks the operand-stack depth of the current frame at every point,
so scalar locals live in stack slots addressed relative to SP.  Locals whose
address is taken and local arrays live in a memory frame below the C stack
pointer ``__sp``.  Frame of a call: ``[args][return position][locals][temps]``.
Every executed instruction costs about five trace tokens, so constant
multiplications become additions, byte shifts and byte masks go through a
scratch word, and printf formats are expanded at compile time.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from pycparser import ast_transforms, c_ast, c_parser

from . import machine as m
from .preprocess import LIBC, PreprocessError, Preprocessor

OP = m.OP
_CMP_SIGNED = {"<": "LTS", "<=": "LES", ">": "GTS", ">=": "GES", "==": "EQ", "!=": "NE"}
_CMP_UNSIGNED = {"<": "LTU", "<=": "LEU", ">": "GTU", ">=": "GEU", "==": "EQ", "!=": "NE"}
_NATIVE_OPS = {"*": "MUL", "/": "DIVU", "%": "REMU", "&": "AND", "|": "OR", "^": "XOR",
               "<<": "SHL"}
_SIGNED_OPS = {"/": "DIVS", "%": "REMS"}
_STACK_EFFECT = {"PUSH": 1, "GET": 1, "SET": -1, "DROP": -1, "OUT": -1, "ERR": -1, "HALT": -1,
                 "JMP": 0, "JZ": -1, "JNZ": -1, "RET": 0}


class CompileError(Exception):
    def __init__(self, filename, line, col, message):
        super().__init__(message)
        self.filename, self.line, self.col, self.message = filename, line, col, message

    def __str__(self):
        return f"{self.filename}:{self.line}:{self.col}: error: {self.message}"


def _error(node, message):
    c = getattr(node, "coord", None)
    raise CompileError(c.file if c else "<input>", c.line if c else 1,
                       (c.column or 1) if c else 1, message)


# ---- types -------------------------------------------------------------------
@dataclass(frozen=True)
class CType:
    kind: str                   # int | ptr | array | void | func
    size: int = 4
    signed: bool = True
    base: "CType | None" = None
    length: int | None = None   # arrays
    ret: "CType | None" = None  # functions
    params: tuple = ()
    boolean: bool = False       # _Bool: conversion yields 0 or 1
    tag: str | None = None      # structs and unions: key of their Layout

    def load_op(self):
        if self.size == 1:
            return "LOAD8S" if self.signed else "LOAD8U"
        if self.size == 2:
            return "LOAD16S" if self.signed else "LOAD16U"
        return "LOAD32"

    def store_op(self):
        return {1: "STORE8", 2: "STORE16"}.get(self.size, "STORE32")


INT = CType("int")
UINT = CType("int", signed=False)
CHAR = CType("int", 1)
UCHAR = CType("int", 1, False)
SHORT = CType("int", 2)
USHORT = CType("int", 2, False)
BOOL = CType("int", 1, False, boolean=True)
VOID = CType("void", 0)


@dataclass
class Layout:
    """Members of a struct or union: name -> (type, byte offset)."""
    fields: dict
    size: int | None            # None while only declared
    align: int = 1
    node: object = None         # the definition (one for all of "struct s {...} a, b;")


_LAYOUTS: dict[str, Layout] = {}


def ptr(t: CType) -> CType:
    return CType("ptr", 4, False, t)


def sizeof(t: CType, node=None) -> int:
    if t.kind == "array":
        if t.length is None:
            _error(node, "size of an array of unknown length")
        return t.length * sizeof(t.base, node)
    if t.kind == "void":
        return 1
    if t.kind == "struct":
        size = _LAYOUTS[t.tag].size
        if size is None:
            _error(node, "use of an incomplete struct")
        return size
    return t.size


def alignof(t: CType) -> int:
    if t.kind == "array":
        return alignof(t.base)
    if t.kind == "struct":
        return _LAYOUTS[t.tag].align
    return min(max(t.size, 1), 4)


def promote(t: CType) -> CType:
    if t.kind == "array":
        return ptr(t.base)
    if t.kind == "int" and t.size < 4:
        return INT
    return t


def arith(a: CType, b: CType) -> CType:
    a, b = promote(a), promote(b)
    return UINT if (not a.signed or not b.signed) else INT


# ---- code and symbols ----------------------------------------------------------
class Label:
    __slots__ = ("index", "depth", "name")

    def __init__(self, name=""):
        self.index, self.depth, self.name = None, None, name


@dataclass
class Ref:
    """An immediate resolved at link time: a code label, data or bss offset, or
    (kind "extern") the address of the global of that name."""
    kind: str
    target: object
    addend: int = 0


@dataclass
class Var:
    name: str
    type: CType
    where: str                  # slot | frame | global
    index: int = 0              # slot number, frame offset, or data/bss Ref


@dataclass
class Function:
    name: str
    type: CType
    node: c_ast.FuncDef | None
    label: Label = field(default_factory=lambda: Label("function"))


# ---- the compiler ------------------------------------------------------------------
class Compiler:
    def __init__(self, filename: str):
        self.filename = filename
        self.code: list = []            # [op, imm, line]
        self.data = bytearray()
        self.data_relocs: list = []     # (offset, Ref)
        self.bss_size = 0
        self.globals: dict[str, Var] = {}
        self.functions: dict[str, Function] = {}
        self.typedefs: dict[str, CType] = {"__builtin_va_list": ptr(CHAR)}
        self.enum_consts: dict[str, int] = {}
        self.struct_tags: dict[str, str] = {}
        self.scopes: list = [{}]
        self.strings: dict[bytes, int] = {}
        self.zero_ref, self.zero_size = None, 0
        self.function_starts: list[tuple[int, str]] = [(0, "<start>")]
        self.pending: list[Function] = []
        self.generated: set[str] = set()
        self.line = 0
        self.depth = 0

    # -- emission ----------------------------------------------------------------
    def emit(self, op: str, imm=0):
        self.code.append([OP[op], imm, self.line])
        if op in _STACK_EFFECT:
            self.depth += _STACK_EFFECT[op]
        elif op.startswith("STORE"):
            self.depth -= 2
        elif not op.startswith("LOAD"):
            self.depth -= 1              # binary operators
        if op in ("JMP", "JZ", "JNZ") and imm.target.name != "function":
            self._meet(imm.target)

    def _meet(self, label: Label):
        if label.depth is None:
            label.depth = self.depth
        elif label.depth != self.depth:
            raise AssertionError(f"stack depth mismatch at {label.name}")

    def place(self, label: Label):
        """Bind ``label`` here; after an unconditional jump the depth comes from it."""
        if label.depth is not None:
            self.depth = label.depth
        label.depth = self.depth
        label.index = len(self.code)

    def jump(self, op: str, label: Label):
        self.emit(op, Ref("code", label))

    def push(self, value: int):
        self.emit("PUSH", value & 0xFFFFFFFF)

    # -- data ----------------------------------------------------------------------
    def alloc_data(self, blob: bytes, align=4) -> Ref:
        while len(self.data) % align:
            self.data.append(0)
        off = len(self.data)
        self.data += blob
        return Ref("data", off)

    def alloc_bss(self, size: int) -> Ref:
        self.bss_size = (self.bss_size + 3) & ~3
        off = self.bss_size
        self.bss_size += size
        return Ref("bss", off)

    def string(self, raw: bytes) -> Ref:
        if raw not in self.strings:
            self.strings[raw] = self.alloc_data(raw + b"\0", 1).target
        return Ref("data", self.strings[raw])

    # -- types from declarations ------------------------------------------------------
    def ctype(self, node) -> CType:
        if isinstance(node, c_ast.TypeDecl):
            return self.ctype(node.type)
        if isinstance(node, c_ast.Typename):
            return self.ctype(node.type)
        if isinstance(node, c_ast.PtrDecl):
            return ptr(self.ctype(node.type))
        if isinstance(node, c_ast.ArrayDecl):
            base = self.ctype(node.type)
            n = None if node.dim is None else self.const_eval(node.dim)
            if node.dim is not None and n is None:
                _error(node, "variable-length arrays are not supported")
            if n is not None and n < 0:
                _error(node, "negative array size")
            return CType("array", 4, False, base, n)
        if isinstance(node, c_ast.FuncDecl):
            params = []
            for p in (node.args.params if node.args else []):
                if isinstance(p, c_ast.EllipsisParam):
                    params.append("...")
                    continue
                t = self.ctype(p.type)
                if t.kind != "void":
                    params.append(promote(t) if t.kind == "array" else t)
            return CType("func", 4, False, ret=self.ctype(node.type), params=tuple(params))
        if isinstance(node, c_ast.IdentifierType):
            names = [n for n in node.names if n not in ("const", "volatile", "signed", "register")]
            signed = "unsigned" not in node.names
            names = [n for n in names if n != "unsigned"]
            if not names or names == ["int"] or names in (["long"], ["long", "int"]):
                return INT if signed else UINT
            if names == ["char"]:
                return CHAR if signed else UCHAR
            if names in (["short"], ["short", "int"]):
                return SHORT if signed else USHORT
            if names == ["_Bool"]:
                return BOOL
            if names == ["void"]:
                return VOID
            if len(names) == 1 and names[0] in self.typedefs:
                return self.typedefs[names[0]]
            if "long" in names and names.count("long") == 2:
                _error(node, "long long is not supported")
            if "float" in names or "double" in names:
                _error(node, "floating point is not supported")
            _error(node, f"type '{' '.join(node.names)}' is not supported")
        if isinstance(node, (c_ast.Struct, c_ast.Union)):
            return self.struct_type(node)
        if isinstance(node, c_ast.Enum):
            if node.values is not None:
                value = -1
                for e in node.values.enumerators:
                    value = value + 1 if e.value is None else self.const_eval(e.value)
                    if value is None:
                        _error(e, "enumerator value is not a constant")
                    self.enum_consts[e.name] = value
            return INT
        _error(node, f"unsupported declaration ({type(node).__name__})")

    def struct_type(self, node) -> CType:
        union = isinstance(node, c_ast.Union)
        key = ("union " if union else "struct ") + (node.name or f"<anonymous {id(node)}>")
        tag = self.struct_tags.get(key)
        if tag is None:
            tag = self.struct_tags[key] = f"{key}#{len(_LAYOUTS)}"
            _LAYOUTS[tag] = Layout({}, None)
        t = CType("struct", 0, False, tag=tag)
        if node.decls is None or _LAYOUTS[tag].node is node:
            return t
        if _LAYOUTS[tag].size is not None:
            _error(node, f"redefinition of '{key}'")
        fields, size, align = {}, 0, 1

        def member(name, ft, decl):
            nonlocal size, align
            a = alignof(ft)
            off = 0 if union else (size + a - 1) // a * a
            if ft.kind == "struct" and name is None:     # anonymous member: lift its fields
                for n, (mt, mo) in _LAYOUTS[ft.tag].fields.items():
                    fields[n] = (mt, off + mo)
            elif name in fields:
                _error(decl, f"duplicate member '{name}'")
            else:
                fields[name] = (ft, off)
            size = max(size, off + sizeof(ft, decl))
            align = max(align, a)

        for decl in node.decls:
            if decl.bitsize is not None:
                _error(decl, "bit-fields are not supported")
            member(decl.name, self.ctype(decl.type), decl)
        _LAYOUTS[tag] = Layout(fields, (size + align - 1) // align * align, align, node)
        return t

    def field(self, node: c_ast.StructRef):
        """(struct type, member type, offset) of ``a.b`` or ``a->b``."""
        t = self.type_of(node.name)
        if node.type == "->":
            t = promote(t)
            if t.kind != "ptr":
                _error(node, "'->' applied to a non-pointer")
            t = t.base
        if t.kind != "struct":
            _error(node, "member access on a non-struct")
        layout = _LAYOUTS[t.tag]
        if node.field.name not in layout.fields:
            _error(node.field, f"no member named '{node.field.name}'")
        return (t,) + layout.fields[node.field.name]

    # -- constant expressions ----------------------------------------------------------------
    def const_eval(self, node):
        """The value of an integer constant expression, or None."""
        if isinstance(node, c_ast.Constant):
            return self.constant_value(node)
        if isinstance(node, c_ast.ID):
            if node.name in self.enum_consts and not any(node.name in s for s in self.scopes):
                return self.enum_consts[node.name]
            return None
        if isinstance(node, c_ast.UnaryOp):
            if node.op == "sizeof":
                return sizeof(self.type_of(node.expr), node)
            if node.op == "&":
                return self.constant_address(node.expr)
            v = self.const_eval(node.expr)
            if v is None:
                return None
            return {"-": -v, "+": v, "~": ~v, "!": int(not v)}.get(node.op)
        if isinstance(node, c_ast.BinaryOp):
            a, b = self.const_eval(node.left), self.const_eval(node.right)
            if a is None or b is None:
                return None
            lt, rt = promote(self.type_of(node.left)), promote(self.type_of(node.right))
            unsigned = lt.kind == "ptr" or rt.kind == "ptr" or (
                not (lt if node.op in ("<<", ">>") else arith(lt, rt)).signed)
            if unsigned:            # C's usual conversions: compare and divide as unsigned
                a, b = a & 0xFFFFFFFF, (b & 0xFFFFFFFF if node.op not in ("<<", ">>") else b)
            ops = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                   "/": lambda: int(a / b) if b else None, "%": lambda: a - b * int(a / b) if b else None,
                   "<<": lambda: a << b, ">>": lambda: a >> b, "&": lambda: a & b,
                   "|": lambda: a | b, "^": lambda: a ^ b, "<": lambda: int(a < b),
                   ">": lambda: int(a > b), "<=": lambda: int(a <= b), ">=": lambda: int(a >= b),
                   "==": lambda: int(a == b), "!=": lambda: int(a != b),
                   "&&": lambda: int(bool(a and b)), "||": lambda: int(bool(a or b))}
            r = ops.get(node.op, lambda: None)()
            return None if r is None else _wrap(r)
        if isinstance(node, c_ast.TernaryOp):
            c = self.const_eval(node.cond)
            return None if c is None else self.const_eval(node.iftrue if c else node.iffalse)
        if isinstance(node, c_ast.Cast):
            v = self.const_eval(node.expr)
            return None if v is None else _convert_const(v, self.ctype(node.to_type))
        return None

    def constant_address(self, node):
        """The address of a member reached from a constant pointer, as in
        offsetof's ``&((T *)0)->m``, or None."""
        if isinstance(node, c_ast.StructRef):
            base = self.const_eval(node.name) if node.type == "->" else \
                self.constant_address(node.name)
            return None if base is None else _wrap(base + self.field(node)[2])
        if isinstance(node, c_ast.ArrayRef) and self.type_of(node.name).kind == "array":
            base, k = self.constant_address(node.name), self.const_eval(node.subscript)
            if base is None or k is None:
                return None
            return _wrap(base + k * sizeof(self.type_of(node), node))
        if isinstance(node, c_ast.UnaryOp) and node.op == "*":
            return self.const_eval(node.expr)
        return None

    def constant_value(self, node: c_ast.Constant) -> int:
        text = node.value
        if node.type == "char":
            b = _unescape(text[1:-1], node)
            if len(b) != 1:
                _error(node, "multi-character constant")
            return b[0] - 256 if b[0] >= 128 else b[0]
        if node.type == "string":
            return None
        return _wrap(self.int_constant(node)[0])

    def int_constant(self, node: c_ast.Constant):
        """(value, type) of an integer constant (C99 6.4.4.1): int if it fits, else
        unsigned int if it is hex or octal (or has a u suffix); long is int-sized
        here and long long is not supported, so a larger decimal is an error."""
        if node.type in ("float", "double"):
            _error(node, "floating point is not supported")
        text = node.value
        t = text.rstrip("uUlL")
        try:
            v = int(t, 8) if len(t) > 1 and t[0] == "0" and t[1] not in "xXbB" else int(t, 0)
        except ValueError:
            _error(node, f"bad number '{text}'")
        if v > 0xFFFFFFFF:
            _error(node, f"integer constant '{text}' does not fit in 32 bits")
        if "u" in text[len(t):].lower():
            return v, UINT
        if v <= 0x7FFFFFFF:
            return v, INT
        if t[0] != "0":
            _error(node, f"decimal constant '{text}' does not fit in long "
                         "(long long is not supported; add a 'u' suffix)")
        return v, UINT

    # -- top level ------------------------------------------------------------------------
    def translation_unit(self, ast: c_ast.FileAST, entry: str = "main"):
        externs = []        # file-scope extern declarations
        self.globals["__runtime"] = Var("__runtime", CType("array", 4, False, UINT, 5), "global",
                                        self.alloc_data(bytes(20)))
        self.globals["__sp"] = Var("__sp", ptr(CHAR), "global", self.alloc_data(bytes(4)))
        self.scratch_hi = self.alloc_data(bytes(8))      # narrowing: store, load back
        for ext in ast.ext:
            self.line = ext.coord.line if ext.coord else 0
            if isinstance(ext, c_ast.FuncDef):
                self.declare_function(ext.decl, ext)
            elif isinstance(ext, c_ast.Typedef):
                self.typedefs[ext.name] = self.ctype(ext.type)
            elif isinstance(ext, c_ast.Decl):
                if isinstance(ext.type, c_ast.FuncDecl):
                    self.declare_function(ext, None)
                elif ext.name is None:
                    self.ctype(ext.type)          # a bare struct/enum declaration: reject
                elif "extern" in ext.storage and ext.name in self.globals:
                    continue
                elif "extern" in ext.storage and ext.init is None:
                    # its address is resolved at link time: the definition may come later
                    self.globals[ext.name] = Var(ext.name, self.ctype(ext.type), "global",
                                                 Ref("extern", ext.name))
                    externs.append(ext)
                else:
                    self.global_var(ext, ext.name)
            elif isinstance(ext, c_ast.Pragma):
                continue
            else:
                _error(ext, f"unsupported top-level construct ({type(ext).__name__})")
        for ext in externs:             # declared but never defined here: define it now
            if self.globals[ext.name].index.kind == "extern":
                self.global_var(ext, ext.name)
        main = self.functions.get(entry)
        if main is None or main.node is None:
            raise CompileError(self.filename, 1, 1, "no main function")
        self.startup(main)
        while self.pending:
            fn = self.pending.pop()
            self.function(fn)

    def declare_function(self, decl: c_ast.Decl, node):
        t = self.ctype(decl.type)
        fn = self.functions.get(decl.name)
        if fn is None:
            self.functions[decl.name] = Function(decl.name, t, node)
        elif node is not None:
            if fn.node is None or _in_runtime(fn.node):
                fn.node, fn.type = node, t      # a program's own strlen, say, replaces the runtime's
            elif not _in_runtime(node):
                _error(decl, f"redefinition of '{decl.name}'")

    def use_function(self, name: str, node) -> Function:
        fn = self.functions.get(name)
        if fn is None:
            _error(node, f"call of undeclared function '{name}'")
        if fn.node is None:
            _error(node, f"function '{name}' is declared but never defined")
        if name not in self.generated:
            self.generated.add(name)
            self.pending.append(fn)
        return fn

    def global_var(self, decl: c_ast.Decl, key: str):
        t = self.ctype(decl.type)
        if decl.init is None:
            ref = self.alloc_bss(sizeof(t, decl))
        else:
            t, leaves = self.initializer(t, decl.init)
            blob, relocs = bytearray(sizeof(t, decl)), []
            self.fill_blob(leaves, blob, relocs)
            ref = self.alloc_data(bytes(blob))
            self.data_relocs += [(ref.target + off, r) for off, r in relocs]
        self.globals[key] = Var(decl.name, t, "global", ref)
        return self.globals[key]

    # -- initializers (C99 6.7.8) ------------------------------------------------------
    def initializer(self, t, init):
        """Flatten ``init`` for an object of type ``t`` into leaves {offset: (type,
        expr)}: scalars, string literals for char arrays and struct-valued
        expressions; a later value for the same place replaces an earlier one.
        Returns ``t`` (an array's unknown length resolved) and the leaves."""
        leaves = {}
        n = self._init_object(t, init, 0, leaves)
        if t.kind == "array" and t.length is None:
            t = CType("array", 4, False, t.base, n)
        return t, leaves

    def _init_object(self, t, init, off, leaves):
        """Initialize the object ``t`` at ``off`` from the single initializer
        ``init``; returns the number of array elements it gives."""
        text = self._string_init(t, init)
        if text is not None:
            n = len(_unescape(text.value[1:-1], text)) + 1
            if t.length is None:
                t = CType("array", 4, False, t.base, n)
            leaves[off] = (t, text)
            return n
        if t.kind in ("array", "struct") and isinstance(init, c_ast.InitList):
            return self._fill(t, init.exprs, 0, off, leaves, braced=True)[1]
        if t.kind == "array":
            _error(init, "array initializer must be a brace list")
        if isinstance(init, c_ast.InitList):
            if len(init.exprs) != 1:
                _error(init, "scalar initializer with several values" if init.exprs
                       else "empty scalar initializer")
            if isinstance(init.exprs[0], c_ast.NamedInitializer):
                _error(init.exprs[0], "designator in a scalar initializer")
            return self._init_object(t, init.exprs[0], off, leaves)
        src = self.type_of(init)
        if (t.kind == "struct" or src.kind == "struct") and src != t:
            _error(init, "initializer has the wrong type")
        leaves[off] = (t, init)
        return 1

    def _string_init(self, t, init):
        """The string literal initializing ``t`` if it is a char array given one
        (braces allowed), else None."""
        if t.kind != "array" or t.base.kind != "int" or t.base.size != 1:
            return None
        if isinstance(init, c_ast.InitList) and len(init.exprs) == 1:
            init = init.exprs[0]
        return init if isinstance(init, c_ast.Constant) and init.type == "string" else None

    def _fill(self, t, items, pos, off, leaves, braced, designators=None):
        """Initialize the array or struct ``t`` at ``off`` from ``items[pos:]``: all
        of them if they are its brace list (``braced``), else as many as it takes
        (brace elision), stopping at a designator, which belongs to the enclosing
        list.  ``designators``: those of ``items[pos]`` still to apply (the
        enclosing list used the first).  Returns the next position and the number
        of elements given."""
        count = t.length if t.kind == "array" else \
            (1 if t.tag.startswith("union ") else len(_LAYOUTS[t.tag].fields))
        i = extent = 0
        while pos < len(items):
            item = items[pos]
            if designators is None and isinstance(item, c_ast.NamedInitializer):
                if not braced:
                    break
                designators = item.name
            if designators:
                i = self._designated(t, designators[0], count)
                designators = designators[1:]
            elif count is not None and i >= count:
                if braced:
                    _error(item, "too many initializers")
                break
            if t.kind == "array":
                mt, mo = t.base, i * sizeof(t.base, item)
            else:
                mt, mo = list(_LAYOUTS[t.tag].fields.values())[i]
            pos = self._init_member(mt, items, pos, off + mo, leaves, designators)
            designators = None
            i += 1
            extent = max(extent, i)
        return pos, extent

    def _designated(self, t, designator, count) -> int:
        """The element or member index that ``designator`` selects in ``t``."""
        if t.kind == "struct":
            names = list(_LAYOUTS[t.tag].fields)
            name = getattr(designator, "name", None)
            if name not in names:
                _error(designator, f"no member named '{name}'" if name else "index into a struct")
            return names.index(name)
        if type(designator).__name__ == "ArrayDesignator":     # pycparser >= 3.1 wraps the index
            designator = designator.expr
        k = self.const_eval(designator)
        if k is None or k < 0 or (count is not None and k >= count):
            _error(designator, "bad array designator")
        return k

    def _init_member(self, t, items, pos, off, leaves, designators):
        """Initialize the member ``t`` at ``off`` from ``items[pos]`` (with its
        remaining ``designators``), or by brace elision from as many items as it
        takes; returns the next position."""
        item = items[pos]
        init = item.expr if isinstance(item, c_ast.NamedInitializer) else item
        elided = t.kind in ("array", "struct") and not isinstance(init, c_ast.InitList) \
            and self._string_init(t, init) is None \
            and (t.kind == "array" or self.type_of(init) != t)
        if designators or elided:
            if t.kind not in ("array", "struct"):
                _error(item, "designator of a member that is not an array or struct")
            after = self._fill(t, items, pos, off, leaves, False, designators or [])[0]
            if after == pos:
                _error(item, "too many initializers")
            return after
        self._init_object(t, init, off, leaves)
        return pos + 1

    def fill_blob(self, leaves, blob, relocs, dynamic=None):
        """Write the constant leaves into ``blob``; the others go to ``dynamic``
        as (offset, type, expr) (locals), or are an error (statics)."""
        for off, (t, init) in leaves.items():
            if t.kind == "array":                           # a string literal
                raw = _unescape(init.value[1:-1], init)
                if len(raw) > t.length:
                    _error(init, "string does not fit the array")
                blob[off:off + len(raw)] = raw
                continue
            ref = self.static_address(init) if t.kind == "ptr" else None
            v = self.const_eval(init) if t.kind != "struct" else None
            if ref is not None:
                relocs.append((off, ref))
            elif v is not None:
                blob[off:off + t.size] = (_convert_const(v, t) & 0xFFFFFFFF).to_bytes(4, "little")[:t.size]
            elif dynamic is None:
                _error(init, "initializer is not a constant")
            else:
                dynamic.append((off, t, init))

    def static_address(self, node) -> Ref | None:
        """The link-time address an initializer expression denotes, if any:
        a global or function, ``&lvalue`` of globals, plus or minus constants."""
        if isinstance(node, c_ast.Cast):
            return self.static_address(node.expr)
        if isinstance(node, c_ast.Constant) and node.type == "string":
            return self.string(_unescape(node.value[1:-1], node))
        if isinstance(node, c_ast.ID):
            if any(node.name in sc for sc in self.scopes):
                return None
            if self.is_function(node.name):
                return Ref("code", self.use_function(node.name, node).label)
            g = self.globals.get(node.name)
            return g.index if g is not None and g.type.kind == "array" else None
        if isinstance(node, c_ast.UnaryOp) and node.op == "&":
            return self.static_lvalue(node.expr)
        if isinstance(node, c_ast.BinaryOp) and node.op in ("+", "-"):
            base = self.static_address(node.left)
            k = self.const_eval(node.right)
            if base is None or k is None:
                return None
            step = sizeof(promote(self.type_of(node.left)).base, node)
            return Ref(base.kind, base.target, base.addend + (k if node.op == "+" else -k) * step)
        return None

    def static_lvalue(self, node) -> Ref | None:
        if isinstance(node, c_ast.ID):
            if any(node.name in sc for sc in self.scopes) or self.is_function(node.name):
                return self.static_address(node)
            g = self.globals.get(node.name)
            return g.index if g is not None else None
        if isinstance(node, c_ast.ArrayRef):
            base = self.static_lvalue(node.name) if self.type_of(node.name).kind == "array" \
                else None
            k = self.const_eval(node.subscript)
            if base is None or k is None:
                return None
            return Ref(base.kind, base.target, base.addend + k * sizeof(self.type_of(node), node))
        if isinstance(node, c_ast.StructRef) and node.type == ".":
            base = self.static_lvalue(node.name)
            return None if base is None else \
                Ref(base.kind, base.target, base.addend + self.field(node)[2])
        return None

    def startup(self, main: Function):
        """Position 0: jump over the division-by-zero vector at position 5, call main
        with argc/argv (or nothing), then HALT with its result."""
        self.line = 0
        self.generated.add(main.name)
        self.pending.append(main)
        nparams = len(main.type.params)
        if nparams not in (0, 2):
            _error(main.node, "main must take (void) or (int argc, char **argv)")
        start = Label("start")
        self.jump("JMP", start)
        assert len(self.code) * m.INSTR_WIDTH == m.DIV_ZERO_TRAP
        self.jump("JMP", self.use_function("__div_zero", main.node).label)
        self.place(start)
        rt = self.globals["__runtime"].index
        if nparams == 2:
            for word in (0, 1):
                self.emit("PUSH", Ref("data", rt.target, 4 * word))
                self.emit("LOAD32")
        else:
            self.push(0)
        back = Label("exit")
        self.emit("PUSH", Ref("code", back))
        self.jump("JMP", main.label)
        self.depth = 0 if main.type.ret.kind == "void" else 1
        self.place(back)
        if main.type.ret.kind == "void":
            self.push(0)
        self.emit("HALT")

    # -- functions -------------------------------------------------------------------
    def function(self, fn: Function):
        node = fn.node
        self.line = node.coord.line
        self.fn = fn
        self.scopes = [{}]
        self.loops: list = []
        self.labels: dict[str, Label] = {}
        self.gotos: dict[str, c_ast.Goto] = {}         # the first goto of each label
        fn.label.index = len(self.code)
        self.function_starts.append((fn.label.index, fn.name))
        params = node.decl.type.args.params if node.decl.type.args else []
        params = [p for p in params if isinstance(p, c_ast.EllipsisParam)
                  or self.ctype(p.type).kind != "void"]
        # a variadic function's "..." slot holds the address of its extra arguments
        self.va_slot = len(params) - 1 if params and isinstance(params[-1], c_ast.EllipsisParam) \
            else None
        params = [p for p in params if not isinstance(p, c_ast.EllipsisParam)]
        # a function returning a struct gets the address of its caller's space for
        # the result in slot 0 and leaves it there: a struct's value is its address
        self.struct_ret = fn.type.ret.kind == "struct"
        first = int(self.struct_ret)
        if self.va_slot is not None:
            self.va_slot += first
        self.n_params = len(params) + (self.va_slot is not None) + first
        self.result_slot = self.n_params == 0 and fn.type.ret.kind != "void"
        base = max(self.n_params, 1 if self.result_slot else 0)
        self.ret_slot = base
        self.depth = base + 1
        addressed = _address_taken(node.body)
        # every local gets its own slot or frame offset, reserved at entry
        self.frame_size = 0
        self.local_slots: dict = {}
        frame_vars = []
        for p in params:
            if p.name in addressed and self.ctype(p.type).kind != "struct":
                frame_vars.append(p)
        # every type declared in the body is known from here on: struct tags and
        # typedefs of a block may be used before the statement declaring them runs
        decls = []
        for d in _local_decls(node.body):
            if isinstance(d, c_ast.Typedef):
                self.stmt_Typedef(d)
            elif d.name is None or "static" in d.storage or "extern" in d.storage \
                    or isinstance(d.type, c_ast.FuncDecl):
                self.ctype(d.type)
            else:
                decls.append(d)
        for d in decls:
            t = self.ctype(d.type)
            if t.kind == "array" and t.length is None and d.init is not None:
                t = self.initializer(t, d.init)[0]
            if t.kind in ("array", "struct") or d.name in addressed:
                self.local_slots[id(d)] = ("frame", self._frame_alloc(sizeof(t, d)), t)
            else:
                self.local_slots[id(d)] = ("slot", self.depth, t)
                self.push(0)
        self.fp_slot = None
        for p in frame_vars:
            self.local_slots[id(p)] = ("frame", self._frame_alloc(4), self.ctype(p.type))
        frame_at = None
        if self.frame_size or self._needs_temporaries(node.body):
            sp = self.globals["__sp"].index
            self.emit("PUSH", sp)
            self.emit("LOAD32")
            frame_at = len(self.code)
            self.push(self.frame_size)                     # patched: calls add temporaries
            self.emit("SUB")                               # [fp]
            self.fp_slot = self.depth - 1
            self.emit("PUSH", sp)
            self.emit("GET", 2)
            self.emit("STORE32")                           # __sp = fp
        for i, p in enumerate(params, first):
            t = self.ctype(p.type)
            if t.kind == "array":                          # an array parameter is a pointer
                t = ptr(t.base)
            if t.kind == "struct":                         # the slot holds the copy's address
                self.scopes[0][p.name] = Var(p.name, t, "ref", i)
            elif id(p) in self.local_slots:                # spill an addressed parameter
                self.frame_addr(self.local_slots[id(p)][1])
                self.emit("GET", self.depth - i)
                self.emit(t.store_op())
                self.scopes[0][p.name] = Var(p.name, t, "frame", self.local_slots[id(p)][1])
            else:
                self.scopes[0][p.name] = Var(p.name, t, "slot", i)
        self.body_depth = self.depth
        self.exit_label = Label("return")
        self.statement(node.body)
        for name, label in self.labels.items():
            if label.index is None:
                _error(self.gotos[name], f"label '{name}' used but not defined")
        if fn.type.ret.kind not in ("void", "struct"):
            self.push(0)                                   # falling off the end returns 0
            self.emit("SET", self.depth - 1)
        self.place(self.exit_label)
        if frame_at is not None:
            self.code[frame_at][1] = self.frame_size
        self.epilogue()

    def _needs_temporaries(self, body) -> bool:
        """Does ``body`` have compound literals, or call a function that takes or
        returns a struct by value?  Those need temporaries in the frame."""
        found = []

        class V(c_ast.NodeVisitor):
            def visit_CompoundLiteral(v, node):
                found.append(node)

            def visit_FuncCall(v, node):
                fn = self.functions.get(getattr(node.name, "name", None))
                if fn is not None and any(getattr(t, "kind", "") == "struct"
                                          for t in (fn.type.ret,) + fn.type.params):
                    found.append(node)
                v.generic_visit(node)

        V().visit(body)
        return bool(found)

    def _frame_alloc(self, size):
        off = self.frame_size
        self.frame_size += (size + 3) & ~3
        return off

    def frame_addr(self, off):
        self.emit("GET", self.depth - self.fp_slot)
        if off:
            self.push(off)
            self.emit("ADD")

    def epilogue(self):
        if self.frame_size:
            self.emit("PUSH", self.globals["__sp"].index)
            self.frame_addr(self.frame_size)
            self.emit("STORE32")
        keep = 1 if self.fn.type.ret.kind != "void" else 0
        pops = self.depth - keep
        if pops > m.MAX_POP:
            _error(self.fn.node, f"function '{self.fn.name}' needs more than {m.MAX_POP} stack slots")
        self.emit("RET", (self.depth - self.ret_slot) | (pops << 8))

    # -- statements -----------------------------------------------------------------
    def statement(self, node):
        if node is None:
            return
        if getattr(node, "coord", None) is not None and node.coord.file == self.filename:
            self.line = node.coord.line
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is None:
            if isinstance(node, c_ast.Node) and type(node).__name__ in _EXPRESSIONS:
                self.discard(node)
                return
            _error(node, f"{type(node).__name__} statements are not supported")
        method(node)

    def stmt_Compound(self, node):
        self.scopes.append({})
        for item in node.block_items or []:
            self.statement(item)
        self.scopes.pop()

    def stmt_Decl(self, node):
        if node.name is None:                           # enum { ... }; a bare type
            self.ctype(node.type)
            return
        if isinstance(node.type, c_ast.FuncDecl):
            self.declare_function(node, None)
            return
        # the function's outermost block shares its scope with the parameters
        if "extern" not in node.storage and (node.name in self.scopes[-1] or (
                len(self.scopes) == 2 and node.name in self.scopes[0])):
            _error(node, f"redefinition of '{node.name}'")
        if "extern" in node.storage:
            if node.name not in self.globals:
                _error(node, f"undefined extern '{node.name}'")
            self.scopes[-1][node.name] = self.globals[node.name]
            return
        if "static" in node.storage:
            self.scopes[-1][node.name] = self.global_var(node, f"{self.fn.name}.{node.name}.{id(node)}")
            return
        where, index, t = self.local_slots[id(node)]
        var = Var(node.name, t, where, index)
        self.scopes[-1][node.name] = var
        if node.init is None:
            return
        if t.kind == "array" or (t.kind == "struct" and isinstance(node.init, c_ast.InitList)):
            self.init_local_object(var, node.init)
        else:
            init = node.init
            if isinstance(init, c_ast.InitList):
                if len(init.exprs) != 1:
                    _error(init, "scalar initializer with several values")
                init = init.exprs[0]
            self.assign(var, init, keep=False)

    def init_local_object(self, var, init):
        """An array or struct: copy a constant template, then store run-time values."""
        t = var.type
        blob, relocs, dynamic = bytearray(sizeof(t, init)), [], []
        self.fill_blob(self.initializer(t, init)[1], blob, relocs, dynamic)
        if any(blob) or relocs:
            ref = self.alloc_data(bytes(blob))
            self.data_relocs += [(ref.target + off, r) for off, r in relocs]
            self.frame_addr(var.index)
            self.emit("PUSH", ref)
        else:                                   # all zero: copy from the zero word area
            self.frame_addr(var.index)
            self.emit("PUSH", self.zeros(len(blob)))
        self.copy_bytes(len(blob))
        for off, ft, expr in dynamic:
            self.frame_addr(var.index + off)
            if ft.kind == "struct":
                self.value(expr)
                self.copy_bytes(sizeof(ft, expr))
            else:
                self.value_as(expr, ft)
                self.emit(ft.store_op())

    def zeros(self, n) -> Ref:
        """Address of at least ``n`` zero bytes in the data image (shared)."""
        if n > self.zero_size:
            self.zero_ref, self.zero_size = self.alloc_bss(n), n
        return self.zero_ref

    def copy_bytes(self, n):
        """[dst, src] -> []: copy n bytes, inline for small objects."""
        if n > 64:
            fn = self.use_function("memcpy", None)
            self.push(n)
            ret = self.push_return()
            self._call_jump(fn.type, fn.label, ret)
            self.emit("DROP")
            return
        off = 0
        while off < n:
            size = 4 if n - off >= 4 else (2 if n - off >= 2 else 1)
            op = {4: ("LOAD32", "STORE32"), 2: ("LOAD16U", "STORE16"), 1: ("LOAD8U", "STORE8")}[size]
            self.emit("GET", 2)
            if off:
                self.push(off)
                self.emit("ADD")
            self.emit("GET", 2)
            if off:
                self.push(off)
                self.emit("ADD")
            self.emit(op[0])
            self.emit(op[1])
            off += size
        self.emit("DROP")
        self.emit("DROP")

    def stmt_Typedef(self, node):
        self.typedefs[node.name] = self.ctype(node.type)

    def stmt_EmptyStatement(self, node):
        pass

    def stmt_Return(self, node):
        if self.struct_ret:
            if node.expr is None or self.type_of(node.expr) != self.fn.type.ret:
                _error(node, "return needs a struct of the function's type")
            self.emit("GET", self.depth)                  # slot 0: where the caller wants it
            self.value(node.expr)
            self.copy_bytes(sizeof(self.fn.type.ret, node))
        elif node.expr is not None:
            if self.fn.type.ret.kind == "void":
                _error(node, "void function returns a value")
            self.value_as(node.expr, self.fn.type.ret)
            self.emit("SET", self.depth - 1)               # into slot 0
        elif self.fn.type.ret.kind != "void":
            self.push(0)
            self.emit("SET", self.depth - 1)
        self.drop_to(self.body_depth)
        self.jump("JMP", self.exit_label)

    def drop_to(self, depth):
        """Pop temporaries so a jump leaves with the depth its target expects."""
        while self.depth > depth:
            self.emit("DROP")

    def stmt_If(self, node):
        other, end = Label("else"), Label("endif")
        self.branch(node.cond, False, other)
        self.statement(node.iftrue)
        if node.iffalse is not None:
            self.jump("JMP", end)
            self.place(other)
            self.statement(node.iffalse)
            self.place(end)
        else:
            self.place(other)

    def loop(self, node, cond, body, step, test_first):
        top, cont, end = Label("loop"), Label("continue"), Label("break")
        if test_first and cond is not None:
            self.branch(cond, False, end)
        self.place(top)
        self.loops.append((cont, end, self.depth))
        self.statement(body)
        self.loops.pop()
        self.place(cont)
        if step is not None:
            self.discard(step)
        if cond is not None:
            self.branch(cond, True, top)
        else:
            self.jump("JMP", top)
        self.place(end)

    def stmt_While(self, node):
        self.loop(node, node.cond, node.stmt, None, True)

    def stmt_DoWhile(self, node):
        self.loop(node, node.cond, node.stmt, None, False)

    def stmt_For(self, node):
        self.scopes.append({})
        if isinstance(node.init, c_ast.DeclList):
            for d in node.init.decls:
                self.statement(d)
        elif node.init is not None:
            self.discard(node.init)
        self.loop(node, node.cond, node.stmt, node.next, True)
        self.scopes.pop()

    def stmt_DeclList(self, node):
        for d in node.decls:
            self.statement(d)

    def stmt_Break(self, node):
        if not self.loops:
            _error(node, "break outside a loop")
        self.drop_to(self.loops[-1][2])
        self.jump("JMP", self.loops[-1][1])

    def stmt_Continue(self, node):
        loops = [lp for lp in self.loops if lp[0] is not None]
        if not loops:
            _error(node, "continue outside a loop")
        self.drop_to(loops[-1][2])
        self.jump("JMP", loops[-1][0])

    def stmt_Switch(self, node):
        """A chain of comparisons; case bodies fall through as in C."""
        end = Label("endswitch")
        body = node.stmt
        if not isinstance(body, c_ast.Compound):
            # a body of one statement, as in "switch (x) case 1: f();", is a block of it;
            # pycparser unnests stacked labels ("case 1: case 2:") only in blocks
            body = ast_transforms.fix_switch_cases(
                c_ast.Switch(node.cond, c_ast.Compound([body], body.coord), node.coord)).stmt
        items = body.block_items or []
        self.value(node.cond)                     # the selector stays on the stack
        cases, default, seen = [], None, set()
        for item in items:
            if isinstance(item, c_ast.Case):
                cases.append((item, Label("case")))
            elif isinstance(item, c_ast.Default):
                if default:
                    _error(item, "multiple default labels in one switch")
                default = (item, Label("default"))
        for case, label in cases:
            v = self.const_eval(case.expr)
            if v is None:
                _error(case, "case label is not a constant")
            if v & 0xFFFFFFFF in seen:
                _error(case, "duplicate case value")
            seen.add(v & 0xFFFFFFFF)
            self.emit("GET", 1)
            self.push(v)
            self.emit("NE")
            self.jump("JZ", label)
        self.jump("JMP", default[1] if default else end)
        self.loops.append((None, end, self.depth))
        labels = dict((id(c), lb) for c, lb in cases + ([default] if default else []))
        self.scopes.append({})
        for item in items:
            if id(item) in labels:
                self.place(labels[id(item)])
                for s in item.stmts or []:
                    self.statement(s)
            else:
                self.statement(item)
        self.scopes.pop()
        self.loops.pop()
        self.place(end)
        self.emit("DROP")

    def stmt_Case(self, node):
        self.misplaced_label(node, "case")

    def stmt_Default(self, node):
        self.misplaced_label(node, "default")

    def misplaced_label(self, node, word):
        """A case or default that is not a statement of a switch's own block."""
        if not any(cont is None for cont, _, _ in self.loops):    # switches have no continue
            _error(node, f"'{word}' outside a switch")
        _error(node, f"'{word}' in a block nested inside a switch is not supported")

    def stmt_Goto(self, node):
        self.gotos.setdefault(node.name, node)
        label = self.labels.setdefault(node.name, Label("label " + node.name))
        target = label.depth if label.depth is not None else self.body_depth
        if self.depth < target:
            _error(node, "goto into a switch statement is not supported")
        self.drop_to(target)
        self.jump("JMP", label)

    def stmt_Label(self, node):
        label = self.labels.setdefault(node.name, Label("label " + node.name))
        if label.index is not None:
            _error(node, f"duplicate label '{node.name}'")
        if label.depth is not None and label.depth != self.depth:
            _error(node, "goto into a switch statement is not supported")
        self.place(label)
        self.statement(node.stmt)

    # -- expressions: values ------------------------------------------------------------
    def lookup(self, node: c_ast.ID) -> Var:
        for scope in reversed(self.scopes):
            if node.name in scope:
                return scope[node.name]
        if node.name in self.globals:
            return self.globals[node.name]
        _error(node, f"'{node.name}' undeclared")

    def type_of(self, node) -> CType:
        """The C type of an expression, without generating code."""
        if isinstance(node, c_ast.Constant):
            if node.type == "string":
                return CType("array", 4, False, CHAR, len(_unescape(node.value[1:-1], node)) + 1)
            if node.type == "char":
                return INT
            return self.int_constant(node)[1]
        if isinstance(node, c_ast.ID):
            if self.is_function(node.name):
                return ptr(self.functions[node.name].type)
            if node.name in self.enum_consts and not any(node.name in s for s in self.scopes):
                return INT
            return self.lookup(node).type
        if isinstance(node, c_ast.Typename):
            return self.ctype(node)
        if isinstance(node, c_ast.Cast):
            return self.ctype(node.to_type)
        if isinstance(node, c_ast.UnaryOp):
            if node.op == "sizeof":
                return UINT
            t = self.type_of(node.expr)
            if node.op == "*":
                if t.kind == "func":                # *f of a function f is f
                    return t
                t = promote(t)
                if t.kind != "ptr":
                    _error(node, "dereference of a non-pointer")
                return t.base
            if node.op == "&":
                return ptr(t)
            if node.op == "!":
                return INT
            if node.op in ("++", "--", "p++", "p--"):
                return t
            return promote(t)
        if isinstance(node, c_ast.BinaryOp):
            a, b = promote(self.type_of(node.left)), promote(self.type_of(node.right))
            if node.op in ("<", ">", "<=", ">=", "==", "!=", "&&", "||"):
                return INT
            if node.op in ("+", "-"):
                if a.kind == "ptr" and b.kind == "ptr":
                    return INT
                if a.kind == "ptr":
                    return a
                if b.kind == "ptr":
                    return b
            if node.op in ("<<", ">>"):
                return a
            return arith(a, b)
        if isinstance(node, c_ast.ArrayRef):
            t = promote(self.type_of(node.name))
            if t.kind != "ptr":
                t2 = promote(self.type_of(node.subscript))
                if t2.kind != "ptr":
                    _error(node, "subscript of a non-array")
                return t2.base
            return t.base
        if isinstance(node, c_ast.Assignment):
            return self.type_of(node.lvalue)
        if isinstance(node, c_ast.TernaryOp):
            a, b = promote(self.type_of(node.iftrue)), promote(self.type_of(node.iffalse))
            if a.kind == "struct" or b.kind == "struct":     # its value is the chosen one's address
                if a != b:
                    _error(node, "?: of a struct and a different type")
                return a
            return a if a.kind == "ptr" else (b if b.kind == "ptr" else arith(a, b))
        if isinstance(node, c_ast.FuncCall):
            name = node.name.name if isinstance(node.name, c_ast.ID) else None
            if name in ("printf", "putchar", "getchar", "__putc_err") \
                    and not any(name in s for s in self.scopes):
                return INT
            if name == "__builtin_va_start":
                return ptr(CHAR)
            return self.callee_type(node.name).ret
        if isinstance(node, c_ast.ExprList):
            return self.type_of(node.exprs[-1])
        if isinstance(node, c_ast.StructRef):
            return self.field(node)[1]
        if isinstance(node, c_ast.CompoundLiteral):
            return self.literal_type(node)
        _error(node, f"unsupported expression ({type(node).__name__})")

    def value(self, node) -> CType:
        """Push the value of ``node``; return its (promoted) type."""
        if getattr(node, "coord", None) is not None and node.coord.file == self.filename:
            self.line = node.coord.line
        v = self.const_eval(node)
        if v is not None:
            self.push(v)
            return promote(self.type_of(node))
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            _error(node, f"unsupported expression ({type(node).__name__})")
        return method(node)

    def value_as(self, node, t: CType):
        """Push ``node`` converted to ``t`` (truncation and sign extension of narrow
        ints; 0 or 1 for _Bool)."""
        src = self.type_of(node)
        if t.kind == "int" and t.size < 4 and not (src.kind == "int" and src.size <= t.size
                                                   and src.signed == t.signed
                                                   and src.boolean >= t.boolean):
            v = self.const_eval(node)
            if v is not None:
                self.push(_convert_const(v, t))
                return
            if t.boolean:
                self.value(node)
                self.push(0)
                self.emit("NE")
                return
            self.emit("PUSH", self.scratch_hi)
            self.value(node)
            self.emit(t.store_op())
            self.emit("PUSH", self.scratch_hi)
            self.emit(t.load_op())
            return
        self.value(node)

    def discard(self, node):
        """Evaluate ``node`` for its effects only."""
        if isinstance(node, c_ast.Assignment):
            self.expr_Assignment(node, keep=False)
        elif isinstance(node, c_ast.UnaryOp) and node.op in ("++", "--", "p++", "p--"):
            self.incdec(node, keep=False)
        elif isinstance(node, c_ast.FuncCall):
            if self.call(node, keep=False):
                self.emit("DROP")
        elif isinstance(node, c_ast.ExprList):
            for e in node.exprs:
                self.discard(e)
        else:
            before = self.depth
            self.value(node)
            self.drop_to(before)

    def expr_Constant(self, node):
        if node.type == "string":
            self.emit("PUSH", self.string(_unescape(node.value[1:-1], node)))
            return ptr(CHAR)
        self.push(self.constant_value(node))
        return INT

    def is_function(self, name) -> bool:
        """Is ``name`` a function here (not hidden by a variable)?"""
        return name in self.functions and name not in self.globals \
            and not any(name in s for s in self.scopes)

    def expr_ID(self, node):
        if self.is_function(node.name):                  # a function designator: its address
            fn = self.use_function(node.name, node)
            self.emit("PUSH", Ref("code", fn.label))
            return ptr(fn.type)
        var = self.lookup(node)
        if var.type.kind == "array":
            self.address(node)
            return ptr(var.type.base)
        if var.type.kind == "struct":              # a struct's value is its address
            self.address(node)
            return var.type
        if var.where == "slot":
            self.emit("GET", self.depth - var.index)
        else:
            self.address(node)
            self.emit(var.type.load_op())
        return promote(var.type)

    def expr_Cast(self, node):
        t = self.ctype(node.to_type)
        if t.kind == "void":
            self.discard(node.expr)
            self.push(0)
            return INT
        self.value_as(node.expr, t)
        return promote(t)

    def expr_ExprList(self, node):
        for e in node.exprs[:-1]:
            self.discard(e)
        return self.value(node.exprs[-1])

    def expr_TernaryOp(self, node):
        other, end = Label("else"), Label("end")
        t = self.type_of(node)
        self.branch(node.cond, False, other)
        self.value(node.iftrue)
        self.jump("JMP", end)
        self.depth -= 1
        self.place(other)
        self.value(node.iffalse)
        self.place(end)
        return t

    def expr_ArrayRef(self, node):
        return self.load(node, self.type_of(node))

    def expr_StructRef(self, node):
        return self.load(node, self.field(node)[1])

    def load(self, node, t):
        """Push the value of the lvalue ``node`` of type ``t`` (arrays and structs:
        their address)."""
        self.address(node)
        if t.kind == "array":
            return ptr(t.base)
        if t.kind == "struct":
            return t
        self.emit(t.load_op())
        return promote(t)

    def expr_UnaryOp(self, node):
        op = node.op
        if op == "sizeof":
            self.push(sizeof(self.type_of(node.expr), node))
            return UINT
        if op == "&":
            t = self.type_of(node.expr)
            self.address(node.expr)
            return ptr(t)
        if op == "*":
            t = self.type_of(node)
            if t.kind == "func":                    # a function's value is its address
                self.value(node.expr)
                return ptr(t)
            return self.load(node, t)
        if op in ("++", "--", "p++", "p--"):
            return self.incdec(node, keep=True)
        if op == "!":
            self.value(node.expr)
            self.push(0)
            self.emit("EQ")
            return INT
        if op == "-":
            self.push(0)
            t = self.value(node.expr)
            self.emit("SUB")
            return t
        if op == "~":
            self.push(-1)
            t = self.value(node.expr)
            self.emit("SUB")
            return t
        if op == "+":
            return self.value(node.expr)
        _error(node, f"operator {op} is not supported")

    def expr_BinaryOp(self, node):
        op = node.op
        if op in ("&&", "||"):
            false, end = Label("false"), Label("end")
            self.branch(node, False, false)
            self.push(1)
            self.jump("JMP", end)
            self.depth -= 1
            self.place(false)
            self.push(0)
            self.place(end)
            return INT
        lt, rt = promote(self.type_of(node.left)), promote(self.type_of(node.right))
        if op in _CMP_SIGNED:
            unsigned = lt.kind == "ptr" or rt.kind == "ptr" or not arith(lt, rt).signed
            self.value(node.left)
            self.value(node.right)
            self.emit((_CMP_UNSIGNED if unsigned else _CMP_SIGNED)[op])
            return INT
        if op in ("+", "-") and (lt.kind == "ptr" or rt.kind == "ptr"):
            return self.pointer_arith(node, lt, rt)
        t = self.type_of(node)
        if op in ("+", "-"):
            self.value(node.left)
            self.value(node.right)
            self.emit("ADD" if op == "+" else "SUB")
            return t
        self.arith_op(op, node.left, node.right, t)
        return t

    def arith_op(self, op, left, right, t):
        """* / % & | ^ << >> of two operands of the (promoted) type t."""
        if op == "*" and self.const_eval(right) is None and self.const_eval(left) is not None:
            left, right = right, left
        self.value(left)
        self.operate(op, right, t.signed)

    def operate(self, op, right, signed):
        """[x] -> [x op right]: one machine instruction; by a constant, shifts are
        a MUL or DIVU by a power of two, which costs fewer trace tokens."""
        k = self.const_eval(right)
        if k is not None:
            k &= 0xFFFFFFFF
            if op == "*" or op == "<<":
                self.mul_const(k if op == "*" else 1 << (k & 31))
                return
            if op == ">>" and not signed:
                self.push(1 << (k & 31))
                self.emit("DIVU")
                return
            if op in ("/", "%") and k == 1:
                if op == "%":
                    self.emit("DROP")
                    self.push(0)
                return
        self.value(right)
        if op == ">>":
            self.emit("SHRS" if signed else "SHRU")
        else:
            self.emit(_SIGNED_OPS[op] if signed and op in _SIGNED_OPS else _NATIVE_OPS[op])

    def mul_const(self, k):
        """[x] -> [x * k] (k is a 32-bit constant): x + x for 2, else MUL."""
        if k == 1:
            return
        if k == 2:
            self.emit("GET", 1)
            self.emit("ADD")
            return
        self.push(k)
        self.emit("MUL")

    def pointer_arith(self, node, lt, rt):
        op = node.op
        if lt.kind == "ptr" and rt.kind == "ptr":
            if op != "-":
                _error(node, "cannot add two pointers")
            self.value(node.left)
            self.value(node.right)
            self.emit("SUB")
            size = sizeof(lt.base, node)
            if size != 1:
                self.push(size)
                self.emit("DIVS")
            return INT
        if rt.kind == "ptr":
            if op == "-":
                _error(node, "cannot subtract a pointer from an integer")
            p, i, t = node.right, node.left, rt
        else:
            p, i, t = node.left, node.right, lt
        self.value(p)
        self.scaled_index(i, sizeof(t.base, node))
        self.emit("ADD" if op == "+" else "SUB")
        return t

    def scaled_index(self, index, size):
        k = self.const_eval(index)
        if k is not None:
            self.push(k * size)
        else:
            self.value(index)
            self.mul_const(size)

    # -- lvalues ---------------------------------------------------------------
    def address(self, node):
        """Push the address of an lvalue in memory."""
        if isinstance(node, c_ast.ID):
            if self.is_function(node.name):
                self.expr_ID(node)
                return
            var = self.lookup(node)
            if var.where == "slot":
                _error(node, f"internal: '{node.name}' has no address")
            if var.where == "ref":
                self.emit("GET", self.depth - var.index)
            elif var.where == "frame":
                self.frame_addr(var.index)
            else:
                self.emit("PUSH", var.index)
            return
        if isinstance(node, c_ast.UnaryOp) and node.op == "*":
            self.value(node.expr)
            return
        if isinstance(node, c_ast.ArrayRef):
            bt = promote(self.type_of(node.name))
            base, index = (node.name, node.subscript) if bt.kind == "ptr" else (node.subscript, node.name)
            t = promote(self.type_of(base))
            k = self.const_eval(index)
            self.value(base)
            if k != 0:
                self.scaled_index(index, sizeof(t.base, node))
                self.emit("ADD")
            return
        if isinstance(node, c_ast.CompoundLiteral):
            self.compound_literal(node)
            return
        if isinstance(node, c_ast.StructRef):
            _, _, off = self.field(node)
            self.value(node.name)                   # a struct's value is its address
            if off:
                self.push(off)
                self.emit("ADD")
            return
        if isinstance(node, c_ast.Constant) and node.type == "string":
            self.expr_Constant(node)
            return
        _error(node, "expression is not assignable")

    def slot_var(self, node):
        if isinstance(node, c_ast.ID):
            var = self.lookup(node)
            if var.where == "slot":
                return var
        return None

    def assign(self, var_or_node, rhs, keep: bool, op: str = "="):
        """``lvalue op= rhs``; leaves the new value if ``keep``."""
        if isinstance(var_or_node, Var):
            var, node, t = var_or_node, None, var_or_node.type
        else:
            node = var_or_node
            var = self.slot_var(node)
            t = self.type_of(node)
        if t.kind == "array":
            _error(node or rhs, "cannot assign to an array")
        if t.kind == "struct":
            if op != "=" or self.type_of(rhs) != t:
                _error(node or rhs, "struct assignment needs a struct of the same type")
            if var is not None:
                self.frame_addr(var.index) if var.where == "frame" else self.emit("PUSH", var.index)
            else:
                self.address(node)
            if keep:
                self.emit("GET", 1)
            self.value(rhs)
            self.copy_bytes(sizeof(t, rhs))
            return t
        if var is not None and var.where == "slot":
            if op == "=":
                self.value_as(rhs, t)
            else:
                self.emit("GET", self.depth - var.index)
                self.combine(op, t, rhs)
            if keep:
                self.emit("GET", 1)
            self.emit("SET", self.depth - 1 - var.index)
            return t
        if var is not None:                         # a memory variable given as Var
            self.frame_addr(var.index) if var.where == "frame" else self.emit("PUSH", var.index)
        else:
            self.address(node)
        if op == "=":
            self.value_as(rhs, t)
        else:
            self.emit("GET", 1)
            self.emit(t.load_op())
            self.combine(op, t, rhs)
        self.store(t, keep)
        return t

    def store(self, t, keep):
        """[a, v] -> [] storing v at a; or -> [v] if ``keep``."""
        if keep:
            self.emit("GET", 2)
            self.emit("GET", 2)
            self.emit(t.store_op())
            self.emit("SET", 1)
        else:
            self.emit(t.store_op())

    def combine(self, op, t, rhs):
        """[old] -> [old op rhs] converted to t."""
        binop = op[:-1]
        pt = promote(t)
        if pt.kind == "ptr" and binop in ("+", "-"):
            self.scaled_index(rhs, sizeof(pt.base, rhs))
            self.emit("ADD" if binop == "+" else "SUB")
            return
        rt = arith(pt, self.type_of(rhs))
        if binop in ("+", "-"):
            self.value(rhs)
            self.emit("ADD" if binop == "+" else "SUB")
        else:
            self.operate(binop, rhs, rt.signed)
        self.narrow(t)

    def narrow(self, t):
        """[v] -> [v converted to a narrow integer type t]."""
        if t.boolean:
            self.push(0)
            self.emit("NE")
        elif t.kind == "int" and t.size < 4:
            self.emit("PUSH", self.scratch_hi)
            self.emit("GET", 2)
            self.emit(t.store_op())
            self.emit("DROP")
            self.emit("PUSH", self.scratch_hi)
            self.emit(t.load_op())

    def expr_Assignment(self, node, keep=True):
        return self.assign(node.lvalue, node.rvalue, keep, node.op)

    def incdec(self, node, keep: bool):
        t = self.type_of(node.expr)
        step = sizeof(t.base, node) if promote(t).kind == "ptr" else 1
        post = node.op.startswith("p")
        add = "ADD" if "+" in node.op else "SUB"
        var = self.slot_var(node.expr)
        if var is not None:
            self.emit("GET", self.depth - var.index)
            if keep and post:
                self.emit("GET", 1)
            self.push(step)
            self.emit(add)
            self.narrow(t)
            if keep and not post:
                self.emit("GET", 1)
            self.emit("SET", self.depth - 1 - var.index)
            return promote(t)
        self.address(node.expr)                     # [a]
        self.emit("GET", 1)
        self.emit(t.load_op())                      # [a, old]
        if keep and post:
            self.emit("GET", 2)
            self.emit("GET", 2)                     # [a, old, a, old]
            self.push(step)
            self.emit(add)
            if t.boolean:
                self.narrow(t)
            self.emit(t.store_op())                 # [a, old]
            self.emit("SET", 1)
            return promote(t)
        self.push(step)
        self.emit(add)                              # [a, new]
        if t.boolean or keep:                       # the store truncates, a kept value must too
            self.narrow(t)
        self.store(t, keep)
        return promote(t)

    # -- conditions -------------------------------------------------------------
    def branch(self, node, when: bool, label: Label):
        """Jump to ``label`` if the truth of ``node`` equals ``when``."""
        if isinstance(node, c_ast.UnaryOp) and node.op == "!":
            self.branch(node.expr, not when, label)
            return
        if isinstance(node, c_ast.BinaryOp) and node.op in ("&&", "||"):
            if (node.op == "&&") != when:           # one failing (or succeeding) side decides
                self.branch(node.left, when, label)
                self.branch(node.right, when, label)
            else:
                skip = Label("skip")
                self.branch(node.left, not when, skip)
                self.branch(node.right, when, label)
                self.place(skip)
            return
        k = self.const_eval(node)
        if k is not None:
            if bool(k) == when:
                self.jump("JMP", label)
                self.depth = label.depth
            return
        self.value(node)
        self.jump("JNZ" if when else "JZ", label)

    # -- calls ------------------------------------------------------------------
    def push_return(self) -> Label:
        """Push the return position of a call; the label is placed by ``_call_jump``."""
        label = Label("ret")
        self.emit("PUSH", Ref("code", label))
        return label

    def _call_jump(self, ftype: CType, target: Label | None, label: Label):
        """After args and the return position ``label`` are pushed: jump to
        ``target``, or (``None``) to the address on top of the stack -- a RET that
        pops it."""
        nargs = len(ftype.params) + (ftype.ret.kind == "struct")
        nargs = nargs or (1 if ftype.ret.kind != "void" else 0)
        if target is None:
            self.emit("RET", 1 | (1 << 8))
            self.depth -= 1
        else:
            self.jump("JMP", target)
        self.depth -= nargs + 1 - (1 if ftype.ret.kind != "void" else 0)
        label.index = len(self.code)
        label.depth = self.depth

    def expr_FuncCall(self, node):
        self.call(node, keep=True)
        return promote(self.type_of(node))

    def callee_type(self, callee) -> CType:
        """The function type called through ``callee`` (a name or a pointer)."""
        t = self.type_of(callee)
        if t.kind == "ptr" and t.base.kind == "func":
            t = t.base
        if t.kind != "func":
            _error(callee, "called object is not a function")
        return t

    def call(self, node, keep: bool) -> bool:
        """Generate a call; return True if it left a value on the stack."""
        callee = node.name
        args = node.args.exprs if node.args else []
        name = callee.name if isinstance(callee, c_ast.ID) else "function pointer"
        hidden = name in self.globals or any(name in s for s in self.scopes)
        builtin = None if hidden else getattr(self, "builtin_" + name, None)
        if builtin is not None:
            done = builtin(node, args, keep)
            if done is not None:                    # None: compile it as a real call
                return done
        direct = isinstance(callee, c_ast.ID) and self.is_function(name)
        ftype = self.use_function(name, node).type if direct else self.callee_type(callee)
        params = ftype.params
        fixed = [t for t in params if t != "..."]
        extra = args[len(fixed):]
        if len(args) < len(fixed) or (extra and "..." not in params):
            _error(node, f"'{name}' expects {len(fixed)} arguments, got {len(args)}")
        if ftype.ret.kind == "struct":
            self.struct_temp(ftype.ret, node)        # where the callee puts the result
        elif not params and ftype.ret.kind != "void":
            self.push(0)                            # the result slot
        for a, t in zip(args, fixed):
            if t.kind == "struct":                  # by value: the callee gets a copy
                if self.type_of(a) != t:
                    _error(a, "argument is not a struct of the parameter's type")
                self.struct_temp(t, a)
                self.emit("GET", 1)
                self.value(a)
                self.copy_bytes(sizeof(t, a))
            else:
                self.value_as(a, t)
        if "..." in params:
            self.variadic_area(extra)
        ret = self.push_return()
        if direct:
            self._call_jump(ftype, self.functions[name].label, ret)
        else:
            self.value(callee)
            self._call_jump(ftype, None, ret)
        if "..." in params and extra:               # give the area back: __sp += 4n
            sp = self.globals["__sp"].index
            self.emit("PUSH", sp)
            self.emit("PUSH", sp)
            self.emit("LOAD32")
            self.push(4 * len(extra))
            self.emit("ADD")
            self.emit("STORE32")
        return ftype.ret.kind != "void"

    def literal_type(self, node: c_ast.CompoundLiteral) -> CType:
        t = self.ctype(node.type)
        if t.kind == "array" and t.length is None:
            t = self.initializer(t, node.init)[0]
        return t

    def compound_literal(self, node: c_ast.CompoundLiteral):
        """Build the object in a frame temporary and push its address."""
        t = self.literal_type(node)
        if self.fp_slot is None:
            _error(node, "compound literals are only supported inside functions")
        var = Var("<literal>", t, "frame", self._frame_alloc(sizeof(t, node)))
        self.init_local_object(var, node.init)
        self.frame_addr(var.index)

    def expr_CompoundLiteral(self, node):
        self.compound_literal(node)
        t = self.literal_type(node)
        if t.kind == "array":
            return ptr(t.base)
        if t.kind != "struct":
            self.emit(t.load_op())
            return promote(t)
        return t

    def struct_temp(self, t, node):
        """Push the address of a fresh struct-sized temporary in the frame."""
        if self.fp_slot is None:
            _error(node, "passing structs by value through a function pointer is not supported")
        self.frame_addr(self._frame_alloc(sizeof(t, node)))

    def variadic_area(self, extra):
        """Push the address of the extra arguments, stored as words below __sp."""
        sp = self.globals["__sp"].index
        self.emit("PUSH", sp)
        self.emit("LOAD32")
        if not extra:
            return
        self.push(4 * len(extra))
        self.emit("SUB")
        self.emit("PUSH", sp)
        self.emit("GET", 2)
        self.emit("STORE32")                        # __sp = area
        for i, a in enumerate(extra):
            t = promote(self.type_of(a))
            if t.kind == "struct":
                _error(a, "passing structs by value is not supported yet (pass a pointer)")
            self.emit("GET", 1)
            if i:
                self.push(4 * i)
                self.emit("ADD")
            self.value(a)
            self.emit("STORE32")

    def builtin___builtin_va_start(self, node, args, keep):
        if self.va_slot is None:
            _error(node, "va_start used in a function without '...'")
        self.emit("GET", self.depth - self.va_slot)
        return True

    def builtin___putc_err(self, node, args, keep):
        """Write a byte to stderr (the ERR instruction); returns it."""
        return self.output_byte("ERR", node, args, keep)

    def builtin_putchar(self, node, args, keep):
        return self.output_byte("OUT", node, args, keep)

    def output_byte(self, op, node, args, keep):
        """Write the low byte of the argument; the result is that byte as an unsigned char."""
        if len(args) != 1:
            _error(node, f"{node.name.name} expects 1 argument")
        if keep:
            self.value_as(args[0], UCHAR)
            self.emit("GET", 1)
        else:
            self.value(args[0])
        self.emit(op)
        return keep

    def builtin_exit(self, node, args, keep):
        if len(args) != 1:
            _error(node, "exit expects 1 argument")
        self.value(args[0])
        self.emit("HALT")
        self.depth += 1 if keep else 0
        return keep

    def builtin_printf(self, node, args, keep):
        """A literal format is expanded here into output instructions and printer
        calls; anything else is a call of the C library's printf, and so is a
        printf whose result is used (the library counts what it writes) or one
        with an argument that has side effects: the expansion evaluates each
        argument where its conversion prints, but all must come before any output."""
        if keep or not args or not (isinstance(args[0], c_ast.Constant)
                                     and args[0].type == "string") \
                or any(_has_side_effects(a) for a in args[1:]):
            return None
        fmt = _unescape(args[0].value[1:-1], args[0]).decode("latin-1")
        convs = re.findall(r"%([-0+ #]*)\d*(\.\d*)?[lhz]*(.)", fmt)
        if any(prec or conv not in "diuxXcs%" or set(flags) & set("+ #")
               for flags, prec, conv in convs) or \
                len([c for _, _, c in convs if c != "%"]) != len(args) - 1:
            return None
        values = list(args[1:])
        i = 0
        while i < len(fmt):
            c = fmt[i]
            if c != "%":
                self.push(ord(c))
                self.emit("OUT")
                i += 1
                continue
            j = i + 1
            flags = ""
            while j < len(fmt) and fmt[j] in "-0+ #":
                flags += fmt[j]
                j += 1
            width = ""
            while j < len(fmt) and fmt[j].isdigit():
                width += fmt[j]
                j += 1
            size = ""
            while j < len(fmt) and fmt[j] in "lhz":
                size += fmt[j]
                j += 1
            if j >= len(fmt):
                _error(args[0], "incomplete printf conversion")
            conv = fmt[j]
            i = j + 1
            if conv == "%":
                self.push(ord("%"))
                self.emit("OUT")
                continue
            if conv not in "diuxXcs":
                _error(args[0], f"printf conversion %{conv} is not supported")
            if not values:
                _error(node, "printf has fewer arguments than conversions")
            self.printf_conversion(conv, flags, int(width or 0), size, values.pop(0), node)
        if values:
            _error(node, "printf has more arguments than conversions")
        return False

    def printf_conversion(self, conv, flags, width, size, arg, node):
        conv = "d" if conv == "i" else conv
        left = "-" in flags
        # %hd, %hhu, ...: the value is converted to short or char first
        narrow = {"h": (SHORT, USHORT), "hh": (CHAR, UCHAR)}.get(size)
        if narrow and conv in "duxX":
            self.value_as(arg, narrow[conv != "d"])
        else:
            self.value(arg)
        if conv == "c" and width <= 1:
            self.emit("OUT")
            return
        if width <= 1 and not flags:
            name, extra = {"d": ("__pr_i", []), "u": ("__pr_u", []), "x": ("__pr_x", [ord("a")]),
                           "X": ("__pr_x", [ord("A")]), "s": ("__pr_s", [])}[conv]
        elif conv == "s":
            name, extra = "__pr_sw", [width, int(left)]
        elif conv == "c":
            name, extra = "__pr_cw", [width, int(left)]
        else:
            pad = 2 if left else (1 if "0" in flags else 0)
            name, extra = "__pr_num", [ord(conv), width, pad]
        fn = self.use_function(name, node)
        for e in extra:
            self.push(e)
        ret = self.push_return()
        self._call_jump(fn.type, fn.label, ret)

    # -- linking ---------------------------------------------------------------------
    def link(self) -> m.Program:
        code_end = m.INSTR_WIDTH * len(self.code)
        bss_base = m.MEM_SIZE - ((self.bss_size + 15) & ~15)
        data = bytearray(self.data)
        sp = self.globals["__sp"].index.target
        data[sp:sp + 4] = bss_base.to_bytes(4, "little")

        def resolve(ref):
            if isinstance(ref, int):
                return ref
            if ref.kind == "extern":
                return resolve(self.globals[ref.target].index) + ref.addend
            if ref.kind == "code":
                if ref.target.index is None:
                    raise AssertionError(f"unplaced label {ref.target.name}")
                return m.INSTR_WIDTH * ref.target.index + ref.addend
            if ref.kind == "data":
                return code_end + ref.target + ref.addend
            return bss_base + ref.target + ref.addend

        for off, ref in self.data_relocs:
            data[off:off + 4] = resolve(ref).to_bytes(4, "little")
        code = [(op, resolve(imm) & 0xFFFFFFFF) for op, imm, _ in self.code]
        return m.Program(code=code, data=bytes(data), lines=[ln for _, _, ln in self.code],
                         filename=self.filename,
                         args_addr=code_end + self.globals["__runtime"].index.target,
                         functions=sorted(self.function_starts))


_EXPRESSIONS = {"Assignment", "FuncCall", "UnaryOp", "BinaryOp", "ID", "Constant", "Cast", "StructRef",
                "CompoundLiteral",
                "TernaryOp", "ArrayRef", "ExprList"}


def _in_runtime(node) -> bool:
    return bool(node.coord) and str(node.coord.file).startswith(str(LIBC))


def _wrap(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


def _convert_const(v: int, t: CType) -> int:
    if t.kind != "int" or t.size == 4:
        return _wrap(v) if t.signed or t.kind != "int" else v & 0xFFFFFFFF
    if t == BOOL:
        return int(v != 0)
    bits = 8 * t.size
    v &= (1 << bits) - 1
    return v - (1 << bits) if t.signed and v >= 1 << (bits - 1) else v


_ESCAPES = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, "'": 39, '"': 34, "a": 7, "b": 8,
            "f": 12, "v": 11, "?": 63, "e": 27}


def _unescape(s: str, node) -> bytes:
    if getattr(node, "value", "\"")[0] not in "\"'":
        _error(node, "wide and prefixed (L, u, U, u8) literals are not supported")
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        i += 1
        c = s[i] if i < len(s) else ""
        if c == "x":
            j = i + 1
            while j < len(s) and s[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(s[i + 1:j] or "0", 16) & 255)
            i = j
        elif c in "01234567":
            j = i
            while j < len(s) and j < i + 3 and s[j] in "01234567":
                j += 1
            out.append(int(s[i:j], 8) & 255)
            i = j
        elif c in _ESCAPES:
            out.append(_ESCAPES[c])
            i += 1
        else:
            _error(node, f"unknown escape sequence '\\{c}'")
    return bytes(out)


def _has_side_effects(node) -> bool:
    """Does evaluating ``node`` call, assign or increment (anything but compute)?"""
    if isinstance(node, (c_ast.FuncCall, c_ast.Assignment)) or (
            isinstance(node, c_ast.UnaryOp) and node.op in ("++", "--", "p++", "p--")):
        return True
    return any(_has_side_effects(child) for _, child in node.children())


def _address_taken(body) -> set:
    names = set()

    class V(c_ast.NodeVisitor):
        def visit_UnaryOp(self, node):
            if node.op == "&" and isinstance(node.expr, c_ast.ID):
                names.add(node.expr.name)
            self.generic_visit(node)

    V().visit(body)
    return names


def _local_decls(body) -> list:
    """The declarations and typedefs in a function body, in source order."""
    decls = []

    class V(c_ast.NodeVisitor):
        def visit_Decl(self, node):
            decls.append(node)
            if node.init is not None:
                self.visit(node.init)

        def visit_Typedef(self, node):
            decls.append(node)

        def visit_FuncDef(self, node):
            pass

    V().visit(body)
    return decls


# ---- entry points ---------------------------------------------------------------
class _Parser(c_parser.CParser):
    """pycparser 3 fails an assertion when its lexer meets a '}' that closes no
    block; leave that '}' to the parser, which reports it where it stands."""

    def _lex_on_rbrace_func(self):
        if len(self._scope_stack) > 1:
            super()._lex_on_rbrace_func()


def _parse(text: str, filename: str):
    parser = _Parser()
    try:
        return parser.parse(text, filename=filename)
    except c_parser.ParseError as e:
        msg = str(e)
        parts = msg.split(":", 3)
        if len(parts) == 4 and parts[1].strip().isdigit() and parts[2].strip().isdigit():
            raise CompileError(parts[0] or filename, int(parts[1]), int(parts[2]),
                               parts[3].strip()) from None
        # no coordinate in the message: use the token the parser stopped at
        toks = getattr(parser, "_tokens", None)          # pycparser 3's token stream
        buf = getattr(toks, "_buffer", None)
        tok = buf[min(toks._index, len(buf) - 1)] if buf else None
        file = msg.split(":", 1)[0] or filename
        if tok is None and buf and len(buf) > 1:         # the input ended early: at its last token
            tok, msg = buf[-2], "unexpected end of input"
        raise CompileError(file, tok.lineno if tok else 1, tok.column if tok else 1,
                           msg.split(":", 1)[-1].strip()) from None


CACHE_ENTRIES = 64        # compiled programs kept in a cache directory


def _cached(cache: Path, key: str, compile_it) -> m.Program:
    """The program stored under ``key`` in ``cache``, else ``compile_it()``, stored
    (the oldest entries beyond CACHE_ENTRIES are dropped; a cache that cannot be
    read or written is ignored)."""
    path = cache / f"{key}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:                # absent, damaged or from another version
        pass
    program = compile_it()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(program))
        os.replace(tmp, path)
        for old in sorted(cache.glob("*.pickle"), key=lambda p: p.stat().st_mtime)[:-CACHE_ENTRIES]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
    return program


def compile_source(text: str, filename: str = "<input>", defines=None,
                   include_dirs=(), cache: Path | None = None) -> m.Program:
    """Compile C source text (with the runtime library) into a linked VM program.

    ``cache``: a directory of compiled programs, keyed by the preprocessed text
    and the compiler's own sources (the command line uses one: parsing the
    runtime library is most of a small program's start-up)."""
    pp = Preprocessor(defines, include_dirs)
    try:
        runtime = pp.run(LIBC / "libc.c")
        user = Preprocessor(defines, include_dirs).run(Path(filename), text)
    except PreprocessError as e:
        raise CompileError(e.filename, e.line, e.col, e.message) from None
    compile_it = lambda: _compile(runtime, user, filename, defines, include_dirs)
    if cache is None:
        return compile_it()
    h = hashlib.sha256()
    for part in (runtime, user, filename, repr(sorted((defines or {}).items()))):
        h.update(part.encode() + b"\0")
    for source in (__file__, m.__file__, LIBC / "compute.c"):
        h.update(Path(source).read_bytes())
    return _cached(cache, h.hexdigest()[:24], compile_it)


def _compile(runtime: str, user: str, filename: str, defines, include_dirs) -> m.Program:
    ast = _parse(runtime + user, filename)
    defined = {ext.decl.name for ext in ast.ext
               if isinstance(ext, c_ast.FuncDef) and not _in_runtime(ext)}
    entry = "main"
    if "main" not in defined and "compute" in defined:
        ast.ext += _parse(Preprocessor(defines, include_dirs).run(LIBC / "compute.c"), filename).ext
        entry = "__compute_main"
    comp = Compiler(filename)
    try:
        comp.translation_unit(ast, entry)
    except RecursionError:
        raise CompileError(filename, 1, 1, "expression nested too deeply") from None
    return comp.link()


def compile_file(path, defines=None, include_dirs=(), cache: Path | None = None) -> m.Program:
    path = Path(path)
    return compile_source(path.read_text(), str(path), defines, include_dirs, cache)


def listing(program: m.Program) -> str:
    """The VM code, one instruction per line, with source line markers."""
    lines, last = [], None
    for i, (op, imm) in enumerate(program.code):
        ln = program.lines[i] if i < len(program.lines) else 0
        if ln and ln != last:
            lines.append(f"; {program.filename}:{ln}")
            last = ln
        name = m.OPS[op]
        arg = "" if name in ("DROP", "ADD", "SUB", "OUT", "HALT") or name.startswith(("LOAD", "STORE")) \
            or name in ("EQ", "NE", "LTS", "LTU", "LES", "LEU", "GTS", "GTU", "GES", "GEU") else \
            (f"{imm & 255} {imm >> 8 & 255}" if name == "RET" else str(imm if imm < 1 << 31 else imm - (1 << 32)))
        lines.append(f"{m.INSTR_WIDTH * i:7d}  {name:<8}{arg}")
    lines.append(f"; {len(program.code)} instructions, {len(program.data)} data bytes, "
                 f"{m.INSTR_WIDTH * len(program.code) + len(program.data) + 1} prompt tokens "
                 f"before argv and stdin")
    return "\n".join(lines) + "\n"

"""AST -> IR for one function: the builder's state and emission helpers.

The constructs are in three modules, one ``visit``-style method per
construct: :mod:`.statements`, :mod:`.expressions`, :mod:`.calls`.

Scalar locals whose address is never taken live in virtual registers; the
others, and arrays and structs, live in a memory frame below the C stack
pointer ``__sp`` (the frame pointer is a virtual register, set at entry).
"""
from __future__ import annotations

from dataclasses import dataclass

from pycparser import c_ast

from .. import machine as m
from . import ir
from .calls import Calls
from .context import Context
from .errors import CompileError, error
from .expressions import Expressions
from .floating import FloatExpressions
from .scope import Scope, Var
from .statements import Statements
from .types import CHAR, UINT, CType, adjust_parameter, array, qualified, sizeof, two_words
from .wide import Wide, WideExpressions


MAX_IR = 4 * m.MAX_CODE        # IR instructions built before optimization: more cannot fit


@dataclass
class Addr:
    """A memory address ``base + index + offset``: base and index are VRegs or
    None, offset a Const or Sym."""
    base: ir.VReg | None = None
    index: ir.VReg | None = None
    offset: ir.Const | ir.Sym = ir.Const(0)


class FunctionBuilder(Context, Statements, Expressions, WideExpressions, FloatExpressions,
                      Calls):
    in_function = True
    def __init__(self, unit, decl):
        self.unit, self.decl = unit, decl
        self.scope = Scope(unit.scope)
        coord = decl.node.coord           # a line of the program's file only (0: the runtime's)
        self.fn = ir.Function(decl.name, [], line=coord.line if coord and
                              coord.file == unit.filename else 0)
        self.block: ir.Block | None = None
        self.line = self.fn.line
        self.loops: list = []           # (continue block or None, break block, len(vla_marks))
        self.switches: list = []        # the cases of each enclosing switch
        self.vla_marks: list = []       # __sp before each variable-length array in scope
        self.goto_hops: list = []       # (goto, block freeing VLAs on the way or None, vla_marks)
        self.label_marks: dict = {}     # label -> vla_marks where it is placed
        self.labels: dict[str, ir.Block] = {}
        self.placed_labels: set[str] = set()
        self.gotos: dict[str, c_ast.Goto] = {}
        self.fp: ir.VReg | None = None
        self.frame_size = 0
        self._types: dict = {}
        self._function_name: Var | None = None

    def function_name(self) -> Var:
        """``__func__`` (C99 6.4.2.2): a static char array holding the
        function's name, made the first time the function uses it."""
        if self._function_name is None:
            name = self.decl.name.encode()
            self._function_name = Var("__func__", array(qualified(CHAR, ["const"]), len(name) + 1),
                                      "global",
                                      self.unit.data.string(name))
        return self._function_name

    # -- emission ----------------------------------------------------------------------

    def emit(self, instr: ir.Instr) -> ir.Instr:
        if self.block is None:            # code after a jump: unreachable, kept apart
            self.block = self.fn.new_block("dead")
        instr.line = self.line
        self.block.instrs.append(instr)
        self.unit.instructions += 1
        if self.unit.instructions > MAX_IR:
            raise CompileError(self.unit.filename, self.line or 1, 1,
                               f"the program is too large for the machine (more than "
                               f"{MAX_IR:,} instructions before optimization; the machine "
                               f"holds {m.MAX_CODE:,})")
        return instr

    def terminate(self, term: ir.Instr) -> None:
        if self.block is None:
            self.block = self.fn.new_block("dead")
        term.line = self.line
        self.block.term = term
        self.block = None

    def new_block(self, name: str) -> ir.Block:
        return self.fn.new_block(name)

    def start(self, block: ir.Block) -> None:
        """Continue in ``block``; the current block (if open) falls through to it."""
        if self.block is not None:
            self.terminate(ir.Jump(block))
        self.block = block

    def jump(self, target: ir.Block) -> None:
        self.terminate(ir.Jump(target))

    def temp(self, name: str = "") -> ir.VReg:
        return self.fn.new_vreg(name)

    def into(self, dst: ir.VReg | None, value) -> ir.VReg:
        """``value`` in ``dst`` (a new temporary if None)."""
        if isinstance(value, Wide):
            return self.into_wide(dst, value)
        if dst is None:
            if isinstance(value, ir.VReg):
                return value
            dst = self.temp()
        if value is not dst:
            self.emit(ir.Copy(dst, value))
        return dst

    def at(self, node) -> None:
        """Take the source line of ``node`` for what is emitted next."""
        c = getattr(node, "coord", None)
        if c is not None and c.file == self.unit.filename:
            self.line = c.line

    def type_of(self, node) -> CType:
        t = self._types.get(id(node))
        if t is None:
            t = self._types[id(node)] = Context.type_of(self, node)
        return t

    # -- the memory frame ------------------------------------------------------------------
    def frame_alloc(self, size: int, node) -> Addr:
        """Room for ``size`` bytes in this call's memory frame (the first use
        creates the frame: ``fp = __sp - size`` at entry, ``__sp = fp``)."""
        if self.fp is None:
            self.fp = self.fn.new_vreg("fp")
            sp = self.sp_addr().offset
            self._frame_sub = ir.Bin("sub", self.fp, self.fp, ir.Const(0))   # size: at the end
            prologue = [ir.Load("ld32", self.fp, None, None, sp), self._frame_sub,
                        ir.Store("st32", None, None, sp, self.fp)]
            for instr in prologue:
                instr.line = self.fn.line
            self.fn.blocks[0].instrs[0:0] = prologue
        off = self.frame_size
        self.frame_size += (size + 3) & ~3
        return Addr(self.fp, None, ir.Const(off))

    def variable_array(self, base: CType, node) -> CType:
        """The array type of a local variable or a parameter with a run-time length:
        its size in bytes is computed here, where the declaration is reached (for
        a parameter: on entry)."""
        if self.vla_mode != "local":
            return Context.variable_array(self, base, node)
        size = self.temp("vla_size")
        self.emit(ir.Bin("mul", size, self.rvalue_as(node.dim, UINT), self.size_of(base, node)))
        return CType("array", 4, False, base, None, vla=size)

    def stack_alloc(self, size: ir.VReg, node) -> ir.VReg:
        """Room for a VLA below the C stack pointer, until the end of its scope (the
        function's epilogue resets ``__sp`` from the frame pointer: a frame is made)."""
        self.frame_alloc(0, node)
        sp = self.sp_addr()
        mark = self.load(sp, UINT)
        self.vla_marks.append(mark)
        rounded = self.binop("and", self.binop("add", size, ir.Const(3)), ir.Const(~3))
        return self.store(sp, UINT, self.binop("sub", mark, rounded))

    def release_vlas(self, depth: int, marks=None) -> None:
        """Free the VLAs of ``marks`` (those in scope here by default) beyond the
        first ``depth``: on leaving their scope, by its end or by a jump."""
        marks = self.vla_marks if marks is None else marks
        if len(marks) > depth and self.block is not None:
            self.store(self.sp_addr(), UINT, marks[depth])

    def sp_addr(self) -> Addr:
        return Addr(None, None, self.unit.scope.names["__sp"].at)

    # -- the function ----------------------------------------------------------------------
    def build(self) -> ir.Function:
        node = self.decl.node
        ftype = self.decl.type
        self.fn.returns_value = ftype.ret.kind not in ("void", "struct")
        self.fn.variadic = ftype.variadic
        entry = self.new_block("entry")
        self.block = entry
        self.at(node)
        params = node.decl.type.args.params if node.decl.type.args else []
        self.vla_mode = "prototype"     # the sizes of VLA parameters: once they are bound
        named = [p for p in params if not isinstance(p, c_ast.EllipsisParam)
                 and self.ctype(p.type).kind != "void"]
        self.vla_mode = "local"
        # a function returning a struct gets the address of its caller's space for the
        # result first; a variadic one the address of its extra arguments last
        self.struct_ret = self.temp("result") if ftype.ret.kind == "struct" else None
        self.va_area = self.temp("va") if ftype.variadic else None
        addressed = _address_taken(node.body)
        vregs = [self.struct_ret] if self.struct_ret else []
        for p in named:
            t = adjust_parameter(self.ctype(p.type))
            v = self.new_wide(p.name or "") if two_words(t) else self.temp(p.name or "")
            vregs += v.words() if two_words(t) else [v]    # 64 bits take two slots
            if not p.name:
                continue
            if t.kind == "struct":                         # the slot holds the copy's address
                var = Var(p.name, t, "ref", v)
            elif p.name in addressed:                      # spill an addressed parameter
                at = self.frame_alloc(sizeof(t), p)
                self.store(at, t, v)
                var = Var(p.name, t, "frame", at.offset)
            else:
                var = Var(p.name, t, "vreg", v)
            if p.name in self.scope.names:
                error(p, f"redefinition of parameter '{p.name}'")
            self.scope.names[p.name] = var
        # in the body, an array type's run-time length is evaluated where the type
        # is reached: a declaration, a typedef, a cast, sizeof
        self.vla_mode = "local"
        if self.va_area is not None:
            vregs.append(self.va_area)
        self.fn.params = vregs
        self.addressed = addressed
        self.result = None
        if self.fn.returns_value:
            self.result = self.new_wide("ret") if two_words(ftype.ret) else self.temp("ret")
        self.exit = self.new_block("exit")
        self.statement(node.body)
        for name in self.labels:
            if name not in self.placed_labels:
                error(self.gotos[name], f"label '{name}' used but not defined")
        self.finish_gotos()
        if self.result is not None and self.block is not None:
            self.return_zero()                             # falling off the end returns 0
        self.start(self.exit)
        if self.fp is not None:
            self._frame_sub.b = ir.Const(self.frame_size)
            restored = self.temp()
            self.emit(ir.Bin("add", restored, self.fp, ir.Const(self.frame_size)))
            self.emit(ir.Store("st32", None, None, self.sp_addr().offset, restored))
        if isinstance(self.result, Wide):
            self.terminate(ir.Ret(self.result.lo, self.result.hi))
        else:
            self.terminate(ir.Ret(self.result))
        return self.fn

    def return_zero(self) -> None:
        self.into(self.result, Wide.const(0) if isinstance(self.result, Wide) else ir.Const(0))


def store_op(t: CType) -> str:
    return {1: "st8", 2: "st16"}.get(sizeof(t), "st32")


def load_op(t: CType) -> str:
    if t.size == 1:
        return "ld8s" if t.signed else "ld8u"
    if t.size == 2:
        return "ld16s" if t.signed else "ld16u"
    return "ld32"


def _address_taken(body) -> set:
    names = set()

    def operands(node):
        """What ``&node`` may take the address of: a _Generic's choice is known
        only while compiling, so each of its associations counts."""
        if isinstance(node, c_ast.GenericSelection):
            return [e for a in node.associations for e in operands(a.expr)]
        return [node]

    class V(c_ast.NodeVisitor):
        def visit_UnaryOp(self, node):
            if node.op == "&":
                names.update(e.name for e in operands(node.expr) if isinstance(e, c_ast.ID))
            self.generic_visit(node)

    V().visit(body)
    return names

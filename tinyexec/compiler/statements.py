"""AST -> IR: statements and local declarations."""
from __future__ import annotations

from pycparser import c_ast

from . import ir
from .errors import error
from .parse import CaseRange
from .scope import Scope, Typedef, Var
from .types import array, is_wide, promote, sizeof, two_words
from .typing import EXPRESSIONS
from .wide import Wide



class Statements:
    """Mixin of :class:`~tinyexec.compiler.builder.FunctionBuilder`."""

    def statement(self, node):
        if node is None:
            return
        self.at(node)
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is not None:
            method(node)
        elif isinstance(node, EXPRESSIONS):
            self.discard(node)
        else:
            error(node, f"{type(node).__name__} statements are not supported")

    def stmt_Compound(self, node):
        outer, self.scope = self.scope, Scope(self.scope)
        depth = len(self.vla_marks)
        for item in node.block_items or []:
            self.statement(item)
        self.leave_scope(outer, depth)

    def leave_scope(self, outer: Scope, depth: int):
        """Back to scope ``outer``, freeing the VLAs declared since ``depth``."""
        self.release_vlas(depth)
        del self.vla_marks[depth:]
        self.scope = outer

    def stmt_EmptyStatement(self, node):
        pass

    def stmt_Pragma(self, node):
        pass                # #pragma and _Pragma inside a function: no pragma changes code

    def stmt_StaticAssert(self, node):
        self.static_assert(node)

    def stmt_Typedef(self, node):
        self.scope.names[node.name] = Typedef(self.ctype(node.type))

    def stmt_DeclList(self, node):
        for d in node.decls:
            self.statement(d)

    def stmt_Decl(self, node):
        if node.name is None:                           # enum { ... }; a bare type
            self.ctype(node.type)
            return
        if isinstance(node.type, c_ast.FuncDecl):
            self.scope.names[node.name] = self.unit.declare_function(node, None)
            return
        if node.name in self.scope.names and "extern" not in node.storage:
            error(node, f"redefinition of '{node.name}'")
        if "extern" in node.storage:
            found = self.unit.scope.names.get(node.name)
            if not isinstance(found, Var):
                error(node, f"undefined extern '{node.name}'")
            self.scope.names[node.name] = found
            return
        if "static" in node.storage:
            if _mentions(node.init, "__func__"):
                # the unit builds its initializer: __func__ must be in the scope it sees
                self.scope.names.setdefault("__func__", self.function_name())
            self.unit.global_var(node, self.scope)
            return
        t = self.ctype(node.type)
        if t.vla is not None:
            if node.init is not None:
                error(node.init, "a variable-length array cannot be initialized")
            self.scope.names[node.name] = Var(node.name, t, "ref", self.stack_alloc(t.vla, node))
            return
        if t.kind == "array" and t.length is None:
            if node.init is None:
                error(node, f"array '{node.name}' has no size")
            t = self.initializer(t, node.init)[0]
        if t.kind == "void":
            error(node, f"variable '{node.name}' declared void")
        if t.kind in ("array", "struct") or node.name in self.addressed:
            var = Var(node.name, t, "frame", self.frame_alloc(sizeof(t, node), node).offset)
        else:
            var = Var(node.name, t, "vreg",
                      self.new_wide(node.name) if two_words(t) else self.temp(node.name))
        init = node.init
        if init is not None and t.kind in ("array", "struct") and (
                isinstance(init, c_ast.InitList) or t.kind == "array"):
            self.scope.names[node.name] = var
            self.init_object(self.address(c_ast.ID(node.name, node.coord)), t, init)
            return
        self.scope.names[node.name] = var       # in scope within its own initializer
        if init is None:
            return
        if isinstance(init, c_ast.InitList):
            if len(init.exprs) != 1:
                error(init, "scalar initializer with several values")
            init = init.exprs[0]
        if var.where == "vreg":
            self.into(var.at, self.rvalue_as(init, t, var.at))
        elif t.kind == "struct":
            self.copy_struct(self.address(c_ast.ID(node.name, node.coord)),
                             self.struct_address(init), sizeof(t, init))
        else:
            self.store(self.address(c_ast.ID(node.name, node.coord)), t,
                       self.rvalue_as(init, t))

    # -- control flow -------------------------------------------------------------------
    def stmt_Return(self, node):
        ret = self.decl.type.ret
        if self.struct_ret is not None:
            if node.expr is None or self.type_of(node.expr) != ret:
                error(node, "return needs a struct of the function's type")
            from .builder import Addr
            self.copy_struct(Addr(self.struct_ret), self.struct_address(node.expr),
                             sizeof(ret, node))
        elif node.expr is not None:
            if ret.kind == "void":
                if self.type_of(node.expr).kind != "void":
                    error(node, "void function returns a value")
                self.discard(node.expr)
            else:
                self.into(self.result, self.rvalue_as(node.expr, ret, self.result))
        elif self.result is not None:
            self.return_zero()
        self.jump(self.exit)

    def stmt_If(self, node):
        then, end = self.new_block("then"), self.new_block("endif")
        other = self.new_block("else") if node.iffalse is not None else end
        self.condition(node.cond, then, other)
        self.start(then)
        self.statement(node.iftrue)
        if node.iffalse is not None:
            self.jump_if_open(end)
            self.start(other)
            self.statement(node.iffalse)
        self.start(end)

    def jump_if_open(self, target):
        if self.block is not None:
            self.jump(target)

    def loop(self, cond, body, step, test_first):
        """A loop with its test at the bottom (and, for while and for, a copy of
        the test before it), so that an iteration takes one branch."""
        top, cont, end = self.new_block("loop"), self.new_block("continue"), self.new_block("break")
        if test_first and cond is not None:
            self.condition(cond, top, end)
        self.start(top)
        self.loops.append((cont, end, len(self.vla_marks)))
        self.statement(body)
        self.loops.pop()
        self.start(cont)
        if step is not None:
            self.discard(step)
        if cond is not None:
            self.condition(cond, top, end)
        else:
            self.jump(top)
        self.start(end)

    def stmt_While(self, node):
        self.loop(node.cond, node.stmt, None, True)

    def stmt_DoWhile(self, node):
        self.loop(node.cond, node.stmt, None, False)

    def stmt_For(self, node):
        outer, self.scope = self.scope, Scope(self.scope)
        depth = len(self.vla_marks)
        if isinstance(node.init, c_ast.DeclList):
            for d in node.init.decls:
                self.statement(d)
        elif node.init is not None:
            self.discard(node.init)
        self.loop(node.cond, node.stmt, node.next, True)
        self.leave_scope(outer, depth)

    def stmt_Break(self, node):
        if not self.loops:
            error(node, "break outside a loop or switch")
        _, end, depth = self.loops[-1]
        self.release_vlas(depth)
        self.jump(end)

    def stmt_Continue(self, node):
        loops = [(cont, depth) for cont, _, depth in self.loops if cont is not None]
        if not loops:
            error(node, "continue outside a loop")
        cont, depth = loops[-1]
        self.release_vlas(depth)
        self.jump(cont)

    def stmt_Switch(self, node):
        """The body is generated first, collecting its case labels (at any depth
        of nesting); the dispatch, a chain of compare-and-branches, follows."""
        t = promote(self.type_of(node.cond))
        if t.kind != "int":
            error(node.cond, "switch on a non-integer")
        selector = self.into(self.new_wide("switch") if is_wide(t) else self.temp("switch"),
                             self.rvalue(node.cond))
        dispatch, end = self.new_block("switch"), self.new_block("endswitch")
        self.jump(dispatch)
        cases = {"values": [], "default": None, "type": t, "depth": len(self.vla_marks)}
        self.switches.append(cases)
        self.loops.append((None, end, cases["depth"]))
        self.statement(node.stmt)
        self.loops.pop()
        self.switches.pop()
        self.jump_if_open(end)
        self.block = dispatch
        for low, high, block in cases["values"]:
            self.block = self.case_test(selector, t, low, high, block)
        self.jump(cases["default"] or end)
        self.block = end

    def case_test(self, selector, t, low: int, high: int, block):
        """Jump to ``block`` if ``low <= selector <= high`` (as a range of ``t``'s
        values, one unsigned comparison); returns the block of the next test."""
        test = self.new_block("case_test")
        mask = (1 << 8 * t.size) - 1
        low, span = low & mask, high - low
        if is_wide(t):
            if span:
                selector = self.wide_arith("-", selector, Wide.const(low), False)
            self.wide_branch("<=" if span else "==", selector, Wide.const(span or low), False,
                             block, test)
        elif span:
            offset = self.binop("sub", selector, ir.Const(low))
            self.terminate(ir.Branch("leu", offset, ir.Const(span), block, test))
        else:
            self.terminate(ir.Branch("eq", selector, ir.Const(low), block, test))
        return test

    def case_block(self, node, word):
        if not self.switches:
            error(node, f"'{word}' outside a switch")
        if len(self.vla_marks) > self.switches[-1]["depth"]:
            error(node, "switch jumps into the scope of a variable-length array")
        block = self.new_block(word)
        self.start(block)
        return self.switches[-1]

    def stmt_Case(self, node):
        cases = self.case_block(node, "case")
        ends = (node.expr.low, node.expr.high) if isinstance(node.expr, CaseRange) \
            else (node.expr, node.expr)
        low, high = (self.case_value(e, cases["type"], node) for e in ends)
        if any(low <= h and l <= high for l, h, _ in cases["values"]):
            error(node, "duplicate (or overlapping) case value" if low != high
                  else "duplicate case value")
        if low <= high:             # (gcc ignores an empty range)
            cases["values"].append((low, high, self.block))
        for s in node.stmts or []:
            self.statement(s)

    def case_value(self, expr, t, node) -> int:
        """A case label's value, converted to the selector's type ``t`` (a number
        in the type's range, so that ranges compare as the type does)."""
        v = self.integer_constant(expr)
        v = None if v is None else self.const_as(expr, t)
        if v is None:
            error(node, "case label is not an integer constant")
        return v

    def stmt_Default(self, node):
        cases = self.case_block(node, "default")
        if cases["default"] is not None:
            error(node, "multiple default labels in one switch")
        cases["default"] = self.block
        for s in node.stmts or []:
            self.statement(s)

    def label_block(self, name):
        if name not in self.labels:
            self.labels[name] = self.new_block("label_" + name)
        return self.labels[name]

    def stmt_Goto(self, node):
        self.gotos.setdefault(node.name, node)
        marks = tuple(self.vla_marks)
        # with VLAs in scope the jump may leave theirs: it goes through a block that
        # frees them, filled in by finish_gotos once the label's place is known
        hop = self.new_block("goto") if marks else None
        self.goto_hops.append((node, hop, marks))
        self.jump(hop or self.label_block(node.name))

    def finish_gotos(self):
        """Check that no goto enters the scope of a VLA (C99 6.8.6.1p1); free the
        VLAs whose scope a goto leaves."""
        current = self.block
        for node, hop, marks in self.goto_hops:
            target = self.label_marks[node.name]
            if marks[:len(target)] != target:
                error(node, "goto jumps into the scope of a variable-length array")
            if hop is not None:
                self.block = hop
                self.release_vlas(len(target), marks)
                self.jump(self.label_block(node.name))
        self.block = current

    def stmt_Label(self, node):
        block = self.label_block(node.name)
        if node.name in self.placed_labels:
            error(node, f"duplicate label '{node.name}'")
        self.placed_labels.add(node.name)
        self.label_marks[node.name] = tuple(self.vla_marks)
        self.start(block)
        self.statement(node.stmt)


def _mentions(node, name: str) -> bool:
    """Does the expression ``node`` use the identifier ``name``?"""
    if node is None:
        return False
    if isinstance(node, c_ast.ID) and node.name == name:
        return True
    return any(_mentions(child, name) for _, child in node.children())

"""The translation unit: file-scope declarations, the functions reachable
from the entry point, and the startup code."""
from __future__ import annotations

from pycparser import c_ast

from .. import machine as m
from . import ir
from .context import Context
from .data import Data
from .errors import CompileError, error
from .scope import FunctionDecl, Scope, Typedef, Var
from .types import INT, UINT, CType, array, ptr, CHAR, sizeof

RUNTIME_WORDS = 5            # argc, argv, stdin address, stdin length, heap start


def in_runtime(node, libc_dir) -> bool:
    return bool(node is not None and node.coord) and str(node.coord.file).startswith(str(libc_dir))


def undefined_function(fn: FunctionDecl, node):
    error(node, f"function '{fn.name}' is declared but never defined")


class Unit(Context):
    def __init__(self, filename: str, libc_dir):
        self.filename = filename
        self.libc_dir = libc_dir
        self.unit = self
        self.scope = Scope()
        self.scope.names["__builtin_va_list"] = Typedef(ptr(CHAR))
        self.data = Data()
        self.functions: dict[str, FunctionDecl] = {}
        self.pending: list[FunctionDecl] = []
        self.used: set[str] = set()
        # functions whose address a file-scope initializer took before their
        # definition (which may come further on): (function, where), checked by build
        self.used_before_definition: list = []
        self.file_read = False          # translation_unit is done: every definition is known
        self.definitions: dict = {}     # id of a struct/union definition node -> its Layout
        self.literals: dict = {}        # id of a file-scope compound literal -> its Sym
        self.runtime_objects: set = set()  # file-scope objects the runtime declared
        self.returns: dict = {}            # what the program's own declarations say a function returns
        self.runtime_twins: dict = {}      # name -> the runtime's definition a program's replaced
        self.instructions = 0           # IR instructions built so far
        self.exit_handlers = False      # exit() and main's return call __run_atexit (atexit)
        runtime = self.data.alloc(bytes(4 * RUNTIME_WORDS))
        self.scope.names["__runtime"] = Var("__runtime", array(UINT, RUNTIME_WORDS), "global",
                                            runtime)
        self.scope.names["__sp"] = Var("__sp", ptr(CHAR), "global", self.data.alloc(bytes(4)))
        self.runtime = runtime

    # -- file scope -----------------------------------------------------------------
    def translation_unit(self, ast: c_ast.FileAST):
        undefined = []      # file-scope objects declared but not (yet) defined
        for ext in ast.ext:
            if isinstance(ext, c_ast.FuncDef):
                params = ext.decl.type.args.params if ext.decl.type.args else []
                if ext.param_decls is not None or any(isinstance(p, c_ast.ID) for p in params):
                    self.old_style_parameters(ext)
                self.declare_function(ext.decl, ext)
            elif isinstance(ext, c_ast.Typedef):
                self.scope.names[ext.name] = Typedef(self.ctype(ext.type))
            elif isinstance(ext, c_ast.Decl):
                if isinstance(ext.type, c_ast.FuncDecl):
                    self.declare_function(ext, None)
                elif ext.name is None:
                    self.ctype(ext.type)          # a bare struct/enum declaration
                elif ext.init is None:
                    self.declare_global(ext, undefined)
                else:
                    self.define_global(ext)
            elif isinstance(ext, c_ast.StaticAssert):
                self.static_assert(ext)
            elif isinstance(ext, c_ast.Pragma):
                continue
            else:
                error(ext, f"unsupported top-level construct ({type(ext).__name__})")
        for ext in undefined:           # never defined: a zero-filled one (C99 6.9.2)
            var = self.scope.names[ext.name]
            if var.at.kind == "extern":
                if var.type.kind == "array" and var.type.length is None:
                    var.type = array(var.type.base, 1)        # int a[];
                var.at = self.data.alloc_bss(sizeof(var.type, ext))

    def declare_global(self, decl: c_ast.Decl, undefined: list):
        """A file-scope object declared without an initializer, ``extern`` or
        not (a tentative definition).  Every declaration of a name is one
        object: its address is resolved at link time, since the definition
        may come later in the file."""
        t = self.ctype(decl.type)
        if t.kind == "void" and "extern" not in decl.storage:
            error(decl, f"variable '{decl.name}' declared void")
        found = self.earlier_object(decl)
        if isinstance(found, Var):
            found.type = self.same_object(decl, found.type, t)
            return
        if found is not None and not isinstance(found, Typedef):
            error(decl, f"'{decl.name}' redeclared as a different kind of symbol")
        self.scope.names[decl.name] = Var(decl.name, t, "global", ir.Sym("extern", decl.name))
        undefined.append(decl)

    def define_global(self, decl: c_ast.Decl):
        """A file-scope object with an initializer: its one definition."""
        found = self.earlier_object(decl)
        if isinstance(found, Var):
            if found.at.kind != "extern":
                error(decl, f"redefinition of '{decl.name}'")
            self.same_object(decl, found.type, self.ctype(decl.type))
        elif found is not None and not isinstance(found, Typedef):
            error(decl, f"'{decl.name}' redeclared as a different kind of symbol")
        self.global_var(decl, self.scope)

    def earlier_object(self, decl: c_ast.Decl):
        """What the name already means at file scope.  The runtime's own
        objects do not count for the program's declarations: a program's
        variable of the same name is another one (as a program's function
        replaces the runtime's)."""
        if in_runtime(decl, self.libc_dir):
            self.runtime_objects.add(decl.name)
        elif decl.name in self.runtime_objects:
            self.runtime_objects.discard(decl.name)
            return None
        found = self.scope.names.get(decl.name)
        if isinstance(found, FunctionDecl) and not in_runtime(decl, self.libc_dir) and \
                decl.name not in self.returns and (found.node is None
                                                   or in_runtime(found.node, self.libc_dir)):
            # a program's variable named as a function only the runtime declared
            # (`int time;` without <time.h>): the runtime's calls keep the function
            if found.node is not None:
                self.keep_runtime_twin(found)
            del self.scope.names[decl.name]
            return None
        return found

    def library_function(self, name: str) -> FunctionDecl | None:
        """The C library's function ``name``: the program's own where it replaced
        the runtime's, else the runtime's (also where a variable of the program
        took the name); None if the runtime has no such function."""
        found = self.scope.names.get(name)
        if isinstance(found, FunctionDecl) and (name in self.runtime_twins or found.node is None
                                                or in_runtime(found.node, self.libc_dir)):
            return found
        return self.runtime_twins.get(name)

    def keep_runtime_twin(self, found: FunctionDecl):
        """The runtime's definition of a function whose name the program takes
        (its own function, or a variable): kept as ``__libc_NAME``, which the
        runtime's own calls reach (``calls.py``)."""
        twin = FunctionDecl(f"__libc_{found.name}", found.type, found.node)
        self.runtime_twins[found.name] = self.functions[twin.name] = twin

    @staticmethod
    def same_object(decl: c_ast.Decl, old: CType, new: CType) -> CType:
        """The type of an object declared again (``int a[]`` completed by ``int
        a[3]``); an error if the two types differ."""
        for complete, incomplete in ((old, new), (new, old)):
            if incomplete.kind == "array" and incomplete.length is None and \
                    complete.kind == "array" and complete.base == incomplete.base:
                return complete
        if old != new:
            error(decl, f"conflicting types for '{decl.name}'")
        return old

    @staticmethod
    def old_style_parameters(node: c_ast.FuncDef):
        """An old-style definition, `double h(x, n) float x; {...}`, gets the
        prototype its declarations spell, `double h(float x, int n)`; an
        undeclared parameter is an int (C89).  Every call in the program sees
        the definition's type (declare_function), so a float argument is
        converted to float either way: what the promotion to double and the
        conversion back at entry would give."""
        declared = {}
        names = [p.name for p in node.decl.type.args.params]
        for d in node.param_decls or []:
            if d.name not in names:
                error(d, f"declaration for parameter '{d.name}' but no such parameter")
            if d.name in declared:
                error(d, f"redefinition of parameter '{d.name}'")
            if d.init is not None:
                error(d, f"parameter '{d.name}' is initialized")
            declared[d.name] = d
        node.decl.type.args.params = [
            declared.get(name) or c_ast.Decl(name, [], [], [], [], c_ast.TypeDecl(
                name, [], None, c_ast.IdentifierType(["int"]), coord=p.coord), None, None,
                coord=p.coord)
            for name, p in zip(names, node.decl.type.args.params)]
        node.param_decls = None

    def declare_function(self, decl: c_ast.Decl, node):
        t = self.ctype(decl.type)
        if not in_runtime(decl, self.libc_dir):
            # only the program's declarations are compared: one that contradicts
            # the runtime's (K&R code's `char *malloc();`) is what gcc accepts too,
            # when the header is not included
            if self.returns.setdefault(decl.name, t.ret) != t.ret:
                error(decl, f"conflicting types for '{decl.name}'")
        found = self.scope.names.get(decl.name)
        if isinstance(found, FunctionDecl):
            if node is not None:
                if found.node is None or in_runtime(found.node, self.libc_dir):
                    # a program's own strlen, say, replaces the runtime's for the
                    # program; the runtime's own calls keep the runtime's, under
                    # another name (as a static link with glibc would)
                    if found.node is not None and not in_runtime(node, self.libc_dir):
                        self.keep_runtime_twin(found)
                    found.node, found.type = node, t
                elif not in_runtime(node, self.libc_dir):
                    error(decl, f"redefinition of '{decl.name}'")
            return found
        if found is not None and not isinstance(found, Typedef):
            error(decl, f"'{decl.name}' redeclared as a different kind of symbol")
        fn = FunctionDecl(decl.name, t, node)
        self.scope.names[decl.name] = fn
        self.functions[decl.name] = fn
        return fn

    def global_var(self, decl: c_ast.Decl, scope: Scope) -> Var:
        """A file-scope variable or a static local, placed in data or bss."""
        t = self.ctype(decl.type)           # the Unit's ctype: a VLA type is an error here
        saved, self.scope = self.scope, scope     # its initializer sees that scope
        try:
            if decl.init is None:
                if t.kind == "array" and t.length is None:
                    t = array(t.base, 1)           # int a[]; (a tentative definition)
                at = self.data.alloc_bss(sizeof(t, decl))
            elif t.kind == "array" and t.length is None:    # its initializer gives its size
                t, blob, relocs = self.static_object(t, decl.init, decl)
                at = self.data.alloc(blob, relocs=relocs)
            else:
                # placed first: it is in scope within its own initializer (C99 6.2.1p7),
                # as in "struct node head = {&head};"
                at = self.data.alloc(bytes(sizeof(t, decl)))
                scope.names[decl.name] = Var(decl.name, t, "global", at)
                t, blob, relocs = self.static_object(t, decl.init, decl)
                self.data.fill(at, blob, relocs)
        finally:
            self.scope = saved
        var = Var(decl.name, t, "global", at)
        scope.names[decl.name] = var
        return var

    def static_literal(self, node: c_ast.CompoundLiteral) -> ir.Sym:
        """A compound literal outside any function: an anonymous static object
        (C99 6.5.2.5p6), made once however often its address is asked for."""
        if id(node) not in self.literals:
            _, blob, relocs = self.static_object(self.literal_type(node), node.init, node)
            self.literals[id(node)] = self.data.alloc(blob, relocs=relocs)
        return self.literals[id(node)]

    # -- functions --------------------------------------------------------------------
    def use_function(self, fn: FunctionDecl, node) -> FunctionDecl:
        """``fn`` is called or its address taken: it must be defined and generated.
        Functions are built once the whole file is read, but a file-scope
        initializer (`int (*op)(int) = twice;`) is read before the rest."""
        if fn.node is None and self.file_read:
            undefined_function(fn, node)
        if fn.node is None:
            self.used_before_definition.append((fn, node))
        if fn.name not in self.used:
            self.used.add(fn.name)
            self.pending.append(fn)
        return fn

    def function_address(self, fn: FunctionDecl, node) -> ir.Sym:
        self.use_function(fn, node)
        fn.address_taken = True
        return ir.Sym("code", fn.name)

    def startup(self, main: FunctionDecl) -> ir.Function:
        """The first code run: call main with argc and argv (or nothing; or also
        envp, the common extension, an empty environment), then HALT with its result."""
        nparams = len(main.type.fixed_params)
        if nparams not in (0, 2, 3) or main.type.variadic:
            error(main.node, f"{main.name} must take (void), (int argc, char **argv) or "
                             "(int argc, char **argv, char **envp)")
        fn = ir.Function("__start", [])
        block = fn.new_block("start")
        args = []
        for word in range(min(nparams, 2)):
            v = fn.new_vreg("arg")
            block.instrs.append(ir.Load("ld32", v, None, None, self.runtime.plus(4 * word)))
            args.append(v)
        if nparams == 3:
            args.append(self.data.alloc(bytes(4)))      # envp: {NULL}
        self.use_function(main, main.node)
        result = None if main.type.ret.kind == "void" else fn.new_vreg("status")
        block.instrs.append(ir.Call(result, main.name, args))
        if self.exit_handlers:
            handlers = self.scope.names.get("__run_atexit")
            self.use_function(handlers, main.node)
            block.instrs.append(ir.Call(None, handlers.name, []))
            fn.calls.add(handlers.name)
        block.instrs.append(ir.Halt(ir.Const(0) if result is None else result))
        block.term = ir.Ret()              # never reached: HALT stops the machine
        fn.calls.add(main.name)
        return fn

    def build(self, entry: str = "main") -> dict[str, ir.Function]:
        """IR of the startup code and of every function reachable from ``entry``."""
        from .builder import FunctionBuilder
        main = self.functions.get(entry)
        if main is None or main.node is None:
            raise CompileError(self.filename, 1, 1, "no main function")
        self.file_read = True
        for fn, node in self.used_before_definition:
            if fn.node is None:
                undefined_function(fn, node)
        functions = {"__start": self.startup(main)}
        while self.pending:
            decl = self.pending.pop()
            functions[decl.name] = FunctionBuilder(self, decl).build()
        for name, decl in self.functions.items():
            if name in functions:
                functions[name].address_taken = decl.address_taken
        return functions

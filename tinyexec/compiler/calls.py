"""AST -> IR: function calls, the builtins the compiler provides, and printf
formats expanded at compile time."""
from __future__ import annotations

import re

from pycparser import c_ast

from . import ir
from .errors import error
from .literals import string_bytes
from .parse import has_side_effects
from .scope import FunctionDecl
from .types import (CHAR, INT, SHORT, UCHAR, UINT, USHORT, CType, argument_promotion, is_wide,
                    promote, sizeof, two_words)
from .unit import in_runtime
from .wide import Wide


class Calls:
    """Mixin of :class:`~tinyexec.compiler.builder.FunctionBuilder`."""

    def expr_FuncCall(self, node, dst):
        value = self.call(node, dst, keep=True)
        if value is None:
            error(node, "use of the value of a void function")
        return value

    def call(self, node, dst, keep: bool):
        """Generate a call; returns its value (None for void)."""
        callee = node.name
        args = node.args.exprs if node.args else []
        name = callee.name if isinstance(callee, c_ast.ID) else None
        found = self.scope.lookup(name) if name else None
        if found is None and name and self.gnu_library_builtin(name):
            found = self.gnu_library_builtin(name)
            name = found.name                       # (the builtins below take exit, printf, ...)
        runtime_caller = in_runtime(self.decl.node, self.unit.libc_dir)
        if runtime_caller and name in self.unit.runtime_twins and \
                found is self.unit.scope.names.get(name):
            found = self.unit.runtime_twins[name]   # the runtime calls its own, not the program's
        if name and (found is None or isinstance(found, FunctionDecl)):
            builtin = getattr(self, "builtin_" + name, None)
            if builtin is not None and (runtime_caller or found is None or found.node is None
                                        or in_runtime(found.node, self.unit.libc_dir)):
                done, value = builtin(node, args, dst, keep)
                if done:
                    return value
        if isinstance(found, FunctionDecl):
            self.unit.use_function(found, node)
            self.fn.calls.add(found.name)
            ftype, target = found.type, found.name
        else:
            ftype = self.callee_type(callee)
            target = self.rvalue(callee)
            if ir.is_imm(target):
                target = self.into(None, target)
        fixed = ftype.fixed_params
        if ftype.unprototyped:
            fixed = tuple(argument_promotion(self.type_of(a)) for a in args)
        extra = args[len(fixed):]
        if len(args) < len(fixed) or (extra and not ftype.variadic):
            error(node, f"'{name or 'function pointer'}' expects {len(fixed)} arguments, "
                        f"got {len(args)}")
        values = []
        result_addr = None
        if ftype.ret.kind == "struct":              # where the callee puts the result
            result_addr = self.frame_alloc(sizeof(ftype.ret, node), node)
            values.append(self.addr_value(result_addr))
        for a, t in zip(args, fixed):
            if t.kind == "struct":                  # by value: the callee gets a copy
                if self.type_of(a) != t:
                    error(a, "argument is not a struct of the parameter's type")
                copy = self.frame_alloc(sizeof(t, a), a)
                self.copy_struct(copy, self.struct_address(a), sizeof(t, a))
                values.append(self.addr_value(copy))
            else:                                   # a 64-bit value in two slots
                v = self.rvalue_as(a, t)
                values += v.words() if isinstance(v, Wide) else [v]
        area_size = 0
        if ftype.variadic:
            area, area_size = self.variadic_area(extra)
            values.append(area)
        self.at(node)
        if two_words(ftype.ret):
            result = self.new_wide()
            self.emit(ir.Call(result.lo, target, values, result.hi))
        else:
            result = (dst or self.temp()) if ftype.ret.kind not in ("void", "struct") else None
            self.emit(ir.Call(result, target, values))
        if area_size:                               # give the area back
            sp = self.sp_addr()
            self.store(sp, UINT, self.binop("add", self.load(sp, UINT), ir.Const(area_size)))
        if result_addr is not None:
            return self.addr_value(result_addr, dst)
        return result

    def variadic_area(self, extra):
        """The extra arguments, stored below __sp as their promoted types (4 or 8
        bytes each; a struct's bytes, rounded up to 4; 4-aligned, as on i386,
        which is what ``va_arg`` reads): (their address, their size)."""
        sp = self.sp_addr()
        area = self.load(sp, UINT)
        # the default argument promotions: a float is passed as a double
        types = [argument_promotion(self.type_of(a)) for a in extra]
        for a, t in zip(extra, types):
            if t.kind == "void":
                error(a, "invalid use of void expression")
            if t.kind not in ("int", "float", "ptr", "struct"):
                error(a, f"cannot pass a value of this type ({t.kind}) to '...'")
        sizes = [(sizeof(t, a) + 3) & ~3 for a, t in zip(extra, types)]
        if not extra:
            return area, 0
        area = self.binop("sub", area, ir.Const(sum(sizes)))
        self.store(sp, UINT, area)
        at = self.as_address(area)
        for a, t, size in zip(extra, types, sizes):
            if t.kind == "struct":
                self.copy_struct(at, self.struct_address(a), sizeof(t, a))
            else:
                self.store(at, t, self.rvalue_as(a, t))
            at = self.offset_address(at, size)
        return area, sum(sizes)

    def call_runtime(self, name: str, args: list, result: CType | None = None, node=None):
        """A call of the C runtime's function ``name``: its value if it returns one
        of type ``result`` (64 bits come back in two words), else None."""
        fn = self.scope.lookup(name)
        if not isinstance(fn, FunctionDecl):
            error(node, f"internal: the runtime has no '{name}'")
        self.unit.use_function(fn, node)
        self.fn.calls.add(name)
        if result is None:
            self.emit(ir.Call(None, name, args))
            return None
        if two_words(result):
            value = self.new_wide()
            self.emit(ir.Call(value.lo, name, args, value.hi))
            return value
        value = self.temp()
        self.emit(ir.Call(value, name, args))
        return value

    # -- builtins: (done, value); done False means: compile it as a real call ------------------
    def builtin___builtin_va_start(self, node, args, dst, keep):
        if self.va_area is None:
            error(node, "va_start used in a function without '...'")
        return True, self.va_area

    def builtin___builtin_expect(self, node, args, dst, keep):
        """gcc's branch hint: the value of its first argument, as a long."""
        if len(args) != 2:
            error(node, "__builtin_expect expects 2 arguments")
        value = self.rvalue_as(args[0], INT, dst) if keep else self.discard(args[0])
        self.discard(args[1])
        return True, value

    def builtin___putc_err(self, node, args, dst, keep):
        """Write a byte to stderr (the ERR instruction); returns it."""
        return self.output_byte("err", node, args, dst, keep)

    def builtin_putchar(self, node, args, dst, keep):
        return self.output_byte("out", node, args, dst, keep)

    def output_byte(self, op, node, args, dst, keep):
        """Write the low byte of the argument; the result is that byte as an unsigned char."""
        if len(args) != 1:
            error(node, f"{node.name.name} expects 1 argument")
        value = self.rvalue_as(args[0], INT)         # the parameter is an int (a long long is two words)
        self.emit(ir.Out(op, value))
        return True, (self.convert(value, promote(CHAR), UCHAR, dst) if keep else None)

    def builtin_exit(self, node, args, dst, keep):
        if len(args) != 1:
            error(node, "exit expects 1 argument")
        status = self.rvalue_as(args[0], INT)        # the parameter is an int, as for putchar
        if self.unit.exit_handlers and not in_runtime(self.decl.node, self.unit.libc_dir):
            self.call_runtime("__run_atexit", [], node=node)    # (the runtime's exits: abort's)
        self.emit(ir.Halt(status))
        self.terminate(ir.Ret())                   # not reached
        return True, ir.Const(0)

    def builtin_printf(self, node, args, dst, keep):
        """A literal format is expanded here into output instructions and printer
        calls; anything else is a call of the C library's printf, and so is a
        printf whose result is used (the library counts what it writes) or one
        with an argument that has side effects: the expansion evaluates each
        argument where its conversion prints, but all must come before any output."""
        if keep or not args or not (isinstance(args[0], c_ast.Constant)
                                     and args[0].type == "string") \
                or any(has_side_effects(a) or promote(self.type_of(a)).kind == "float"
                       or is_wide(promote(self.type_of(a))) for a in args[1:]):
            return False, None
        fmt = string_bytes(args[0]).decode("latin-1")
        convs = re.findall(r"%([-0+ #]*)\d*(\.\d*)?([lhzjtL]*)(.)", fmt)
        if any(prec or conv not in "diuxXcs%" or set(flags) & set("+ #")
               or size not in ("", "l", "h", "hh", "z") for flags, prec, size, conv in convs) or \
                len([c for *_, c in convs if c != "%"]) != len(args) - 1 or \
                re.search(r"%[-0+ #']*\d*(\.\d*)?[lhzjtL]*$", fmt.replace("%%", "")):
            return False, None      # (a format ending inside a conversion: the library's)
        values = list(args[1:])
        i = 0
        while i < len(fmt):
            c = fmt[i]
            if c != "%":
                self.emit(ir.Out("out", ir.Const(ord(c))))
                i += 1
                continue
            match = re.match(r"%([-0+ #]*)(\d*)([lhz]*)(.)", fmt[i:])
            flags, width, size, conv = match.groups()
            i += match.end()
            if conv == "%":
                self.emit(ir.Out("out", ir.Const(ord("%"))))
                continue
            self.printf_conversion(conv, flags, int(width or 0), size, values.pop(0), node)
        return True, None

    def printf_conversion(self, conv, flags, width, size, arg, node):
        conv = "d" if conv == "i" else conv
        left = "-" in flags
        # %hd, %hhu, ...: the value is converted to short or char first
        narrow = {"h": (SHORT, USHORT), "hh": (CHAR, UCHAR)}.get(size)
        if narrow and conv in "duxX":
            value = self.rvalue_as(arg, narrow[conv != "d"])
        else:
            value = self.rvalue(arg)
        if conv == "c" and width <= 1:
            self.emit(ir.Out("out", value))
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
        self.call_runtime(name, [value] + [ir.Const(e) for e in extra], node=node)

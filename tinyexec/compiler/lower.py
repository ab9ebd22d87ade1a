"""IR -> IR the machine can encode.

* The calling convention, with fixed registers: parameter ``i`` arrives in
  slot ``1 + i``, a call's argument ``i`` goes to slot ``129 + i`` (the
  callee's ``1 + i``) and its result comes back in slot 129 (a 64-bit
  result's high word in 130); a function returns its value in slot 1 (and 2).
* Operand forms: the first operand of an operation and the value of a store
  must be registers; an immediate goes second (commutative operations and
  compares swap, ``0 - x`` is ``x * -1``); an address is ``base + index +
  immediate``.  What does not fit is materialized into a temporary.
"""
from __future__ import annotations

from .. import machine as m
from . import ir
from .errors import CompileError

ARG0 = m.RESULT             # the first argument slot of a call, and its result slot
MAX_ARGS = 256 - ARG0


def calling_convention(fn: ir.Function, filename: str) -> None:
    entry = fn.blocks[0]
    incoming = [ir.Copy(p, fn.new_vreg("param", 1 + i)) for i, p in enumerate(fn.params)]
    for c in incoming:
        c.line = fn.line
    entry.instrs[0:0] = incoming
    for block in fn.blocks:
        out = []
        for ins in block.instrs:
            if isinstance(ins, ir.Call):
                if len(ins.args) > MAX_ARGS:
                    raise CompileError(filename, ins.line, 1, f"a call passes more than "
                                                              f"{MAX_ARGS} arguments")
                slots = [fn.new_vreg("arg", ARG0 + i) for i in range(len(ins.args))]
                moves = [ir.Copy(s, a) for s, a in zip(slots, ins.args)]
                results = (ins.dst, ins.dst_hi)
                ins.args = slots
                ins._dst, ins.dst_hi = (None if r is None else fn.new_vreg("result", ARG0 + i)
                                        for i, r in enumerate(results))
                tail = [ir.Copy(r, slot) for r, slot in zip(results, (ins.dst, ins.dst_hi))
                        if r is not None]
                for x in moves + tail:
                    x.line = ins.line
                out += moves + [ins] + tail
            else:
                out.append(ins)
        block.instrs = out
        term = block.term
        if isinstance(term, ir.Ret) and term.value is not None:
            slots = [fn.new_vreg("ret", 1 + i) for i in range(1 + (term.value_hi is not None))]
            for slot, value in zip(slots, (term.value, term.value_hi)):
                copy = ir.Copy(slot, value)
                copy.line = term.line
                block.instrs.append(copy)
            term.value, term.value_hi = slots + [None] * (2 - len(slots))


def legalize(fn: ir.Function) -> None:
    for block in fn.blocks:
        out = []

        def reg(value, line):
            """``value`` in a register (a new temporary for an immediate)."""
            if isinstance(value, ir.VReg):
                return value
            t = fn.new_vreg("k")
            c = ir.Copy(t, value)
            c.line = line
            out.append(c)
            return t

        for ins in block.instrs:
            if isinstance(ins, ir.Bin) and ir.is_imm(ins.a):
                if ins.op in ir.MIRROR and isinstance(ins.b, ir.VReg):
                    ins.op, ins.a, ins.b = ir.MIRROR[ins.op], ins.b, ins.a
                elif ins.op in ir.COMMUTATIVE and isinstance(ins.b, ir.VReg):
                    ins.a, ins.b = ins.b, ins.a
                elif ins.op == "sub" and ins.a == ir.Const(0) and isinstance(ins.b, ir.VReg):
                    ins.op, ins.a, ins.b = "mul", ins.b, ir.Const(-1)
                else:
                    ins.a = reg(ins.a, ins.line)
            elif isinstance(ins, ir.Ext) and ir.is_imm(ins.src):
                ins.src = reg(ins.src, ins.line)
            elif isinstance(ins, (ir.Load, ir.Store)):
                _legal_address(ins, lambda v: reg(v, ins.line))
                if isinstance(ins, ir.Store) and ir.is_imm(ins.value):
                    ins.value = reg(ins.value, ins.line)
            out.append(ins)
        term = block.term
        if isinstance(term, ir.Branch) and ir.is_imm(term.a):
            if isinstance(term.b, ir.VReg):
                term.op, term.a, term.b = ir.MIRROR[term.op], term.b, term.a
            else:
                term.a = reg(term.a, term.line)
        block.instrs = out


def _legal_address(ins, reg) -> None:
    """``base + index + offset`` with registers in base and index, an immediate in offset."""
    regs, offset = [], ins.offset
    for p in (ins.base, ins.index):
        if isinstance(p, ir.VReg):
            regs.append(p)
        elif p is not None:
            folded = ir.add_imm(offset, p)
            if folded is None:
                regs.append(reg(p))
            else:
                offset = folded
    ins.base = regs[0] if regs else None
    ins.index = regs[1] if len(regs) > 1 else None
    ins.offset = offset

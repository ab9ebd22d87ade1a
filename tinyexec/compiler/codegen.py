"""IR with slots -> machine instructions, and the linker.

Blocks are laid out so that a jump falls through where it can; a branch
jumps on the condition that leaves the next block to fall into.  Jump
targets, called functions and symbols stay symbolic until :func:`link`.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import machine as m
from . import ir
from .errors import CompileError


@dataclass
class Emitted:
    """One machine instruction before linking: ``imm`` may be a Sym; ``target``
    (a jump's) is ``("local", index within the function)`` or a function name."""
    name: str
    d: int = 0
    a: int = 0
    b: int = 0
    imm: object = 0
    target: object = None
    line: int = 0


def layout(fn: ir.Function) -> list:
    """Blocks in emission order: each followed, where possible, by the
    successor it would otherwise jump to."""
    order, placed = [], set()
    pending = list(fn.blocks)
    while pending:
        block = pending.pop(0)
        while block is not None and block not in placed:
            placed.add(block)
            order.append(block)
            term = block.term
            nxt = term.target if isinstance(term, ir.Jump) else \
                term.else_ if isinstance(term, ir.Branch) else None
            if nxt in placed:
                nxt = term.then if isinstance(term, ir.Branch) and term.then not in placed else None
            block = nxt
    return order


def generate(fn: ir.Function, slot: dict) -> list:
    """The function's instructions (with symbolic targets)."""
    out: list[Emitted] = []
    order = layout(fn)
    starts = {}

    def emit(name, line, **fields):
        out.append(Emitted(name, line=line, **fields))

    for i, block in enumerate(order):
        starts[block] = len(out)
        following = order[i + 1] if i + 1 < len(order) else None
        for ins in block.instrs:
            _instruction(ins, slot, emit)
        term = block.term
        if isinstance(term, ir.Jump):
            if term.target is not following:
                emit("JMP", term.line, target=term.target)
        elif isinstance(term, ir.Branch):
            op, then, other = term.op, term.then, term.else_
            if then is following:
                op, then, other = ir.NEGATE[op], other, then
            if isinstance(term.b, ir.VReg):
                emit(m.BY_FORM[("branch", op, "slot", "slot")], term.line, a=slot[term.a],
                     b=slot[term.b], target=then)
            else:
                emit(m.BY_FORM[("branch", op, "slot", "imm")], term.line, a=slot[term.a],
                     imm=term.b, target=then)
            if other is not following:
                emit("JMP", term.line, target=other)
        elif isinstance(term, ir.Ret):
            emit("RET", term.line, a=0)
    for e in out:                   # block targets -> indices within the function
        if isinstance(e.target, ir.Block):
            e.target = ("local", starts[e.target])
    return out


def _instruction(ins, slot, emit):
    line = ins.line
    if isinstance(ins, ir.Copy):
        if isinstance(ins.src, ir.VReg):
            if slot[ins.src] != slot[ins.dst]:
                emit("MOV", line, d=slot[ins.dst], b=slot[ins.src])
        else:
            emit("MOVI", line, d=slot[ins.dst], imm=ins.src)
    elif isinstance(ins, ir.Bin):
        kind = "set" if ins.op in ir.NEGATE else "alu"
        if isinstance(ins.b, ir.VReg):
            emit(m.BY_FORM[(kind, ins.op, "slot", "slot")], line, d=slot[ins.dst],
                 a=slot[ins.a], b=slot[ins.b])
        else:
            emit(m.BY_FORM[(kind, ins.op, "slot", "imm")], line, d=slot[ins.dst],
                 a=slot[ins.a], imm=ins.b)
    elif isinstance(ins, ir.Ext):
        emit(ins.op.upper(), line, d=slot[ins.dst], a=slot[ins.src])
    elif isinstance(ins, (ir.Load, ir.Store)):
        kind = "load" if isinstance(ins, ir.Load) else "store"
        x = "slot" if ins.base is not None else "zero"
        y = "slot" if ins.index is not None else "zero"
        reg = ins.dst if kind == "load" else ins.value
        emit(m.BY_FORM[(kind, ins.op, x, y)], line, d=slot[reg],
             a=slot[ins.base] if ins.base is not None else 0,
             b=slot[ins.index] if ins.index is not None else 0, imm=ins.offset)
    elif isinstance(ins, ir.Call):
        if isinstance(ins.callee, str):
            emit("CALL", line, target=ins.callee)
        else:
            emit("CALLR", line, a=slot[ins.callee])
    elif isinstance(ins, ir.Out):
        if isinstance(ins.value, ir.VReg):
            emit(ins.op.upper(), line, b=slot[ins.value])
        else:
            emit(ins.op.upper() + "I", line, imm=ins.value)
    elif isinstance(ins, ir.Halt):
        if isinstance(ins.value, ir.VReg):
            emit("HALT", line, b=slot[ins.value])
        else:
            emit("HALTI", line, imm=ins.value)
    else:
        raise AssertionError(f"cannot generate {ins!r}")


def link(functions: list, data, runtime: ir.Sym, stack_pointer: ir.Sym, externs: dict,
         filename: str) -> m.Program:
    """Place the functions (``[(name, [Emitted])]``, the first is the entry),
    resolve targets and symbols, and build the Program.  Zero-filled data goes
    to the top of memory; the C stack grows down from below it.  ``externs``
    maps the names of globals declared ``extern`` to their definitions."""
    entry = {}
    index = m.FIRST_INSTR
    for name, code in functions:
        entry[name] = index
        index += len(code)
    if index - m.FIRST_INSTR > m.MAX_CODE:     # before a target too large is encoded
        raise CompileError(filename, 1, 1, f"the program has {index - m.FIRST_INSTR:,} "
                                           f"instructions; the machine's limit is {m.MAX_CODE:,}")
    code_end = m.position(index)
    if data.bss_size > m.MEM_SIZE - m.MAX_PROMPT:     # it would overlap the program's half
        raise CompileError(filename, 1, 1, f"the zero-filled data takes {data.bss_size:,} "
                                           f"bytes; the machine's limit is "
                                           f"{m.MEM_SIZE - m.MAX_PROMPT:,}")
    bss_base = m.MEM_SIZE - ((data.bss_size + 15) & ~15)

    def address(sym) -> int:
        if isinstance(sym, ir.Const):
            return sym.value
        if sym.kind == "code":
            return entry[sym.target] + sym.addend
        if sym.kind == "data":
            return code_end + sym.target + sym.addend
        if sym.kind == "bss":
            return bss_base + sym.target + sym.addend
        if sym.kind == "extern":            # declared extern, defined later in the file
            return address(externs[sym.target]) + sym.addend
        raise AssertionError(f"unresolved symbol {sym!r}")

    instrs, lines, starts = [], [], []
    for name, code in functions:
        starts.append((entry[name], name))
        for e in code:
            at = m.FIRST_INSTR + len(instrs)
            op = m.OPS[m.OP[e.name]]
            imm = e.imm if isinstance(e.imm, int) else address(e.imm)
            d, b = e.d, e.b
            if e.target is not None:
                target = entry[name] + e.target[1] if isinstance(e.target, tuple) \
                    else entry[e.target]
                if op.kind == "call":
                    imm = target | (at + 1) << 16
                elif op.target == "db":
                    d, b = target & 255, target >> 8
                else:
                    imm = target
            elif op.kind == "call":                 # CALLR: the return index only
                imm = (at + 1) << 16
            instrs.append(m.encode(e.name, d, e.a, b, imm))
            lines.append(e.line)
    image = bytearray(data.image)
    for off, sym in data.relocs + [(stack_pointer.target, ir.Const(bss_base))]:
        image[off:off + 4] = (address(sym) & 0xFFFFFFFF).to_bytes(4, "little")
    return m.Program(code=instrs, data=bytes(image), lines=lines, filename=filename,
                     args_addr=address(runtime), functions=starts)

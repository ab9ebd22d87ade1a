"""Inlining: a call of a small function is replaced by a copy of its body.

A call costs a CALL step (7 tokens), a RET (3), moving the arguments into the
callee's slots and its result back (5 each), about 20 tokens: a small
function's body is often cheaper than that, and inlined it also meets its
caller's optimizations.  Inlined: functions of at most ``SMALL_SIZE`` IR
instructions, and functions called from one place of at most
``SINGLE_SIZE`` (each instruction costs 8 prompt tokens, so a bigger copy
should pay for itself).  Recursive functions and variadic ones are not.
A function left without callers (and whose address is not taken) is dropped.
The entry point is not inlined into the startup code, so that listings and
traces show ``main``.
"""
from __future__ import annotations

from . import ir

SMALL_SIZE = 40
SINGLE_SIZE = 160
MAX_CALLER_SIZE = 2000


def _calls(fn: ir.Function):
    for block in fn.blocks:
        for i, ins in enumerate(block.instrs):
            if isinstance(ins, ir.Call) and isinstance(ins.callee, str):
                yield block, i, ins


def _bottom_up(functions: dict) -> list:
    """Functions, callees before callers; those on a call cycle are marked."""
    order, state, cyclic = [], {}, set()

    def visit(name, path):
        state[name] = "open"
        for _, _, call in list(_calls(functions[name])):
            callee = call.callee
            if callee not in functions:
                continue
            if state.get(callee) == "open":
                cyclic.update(path[path.index(callee):] if callee in path else [callee])
            elif callee not in state:
                visit(callee, path + [callee])
        state[name] = "done"
        order.append(name)

    for name in functions:
        if name not in state:
            visit(name, [name])
    return [(n, n in cyclic) for n in order]


def inline_small_functions(functions: dict) -> None:
    order = _bottom_up(functions)
    cyclic = {n for n, c in order if c}
    sites: dict = {}
    for fn in functions.values():
        for _, _, call in _calls(fn):
            sites[call.callee] = sites.get(call.callee, 0) + 1
    for name, _ in order:
        if name == "__start":
            continue                   # main stays a function of its own (listings, traces)
        fn = functions[name]
        done = False
        while not done:
            done = True
            for block, i, call in list(_calls(fn)):
                callee = functions.get(call.callee)
                if callee is None or callee is fn or call.callee in cyclic or callee.variadic:
                    continue
                size = callee.size()
                if not (size <= SMALL_SIZE or sites.get(call.callee) == 1
                        and size <= SINGLE_SIZE) or fn.size() + size > MAX_CALLER_SIZE:
                    continue
                _inline(fn, block, i, call, callee)
                sites[call.callee] -= 1
                for _, _, inner in _calls(callee):
                    sites[inner.callee] = sites.get(inner.callee, 0) + 1
                done = False
                break
    needed = {"__start"}
    stack = ["__start"] + [n for n, f in functions.items() if f.address_taken]
    while stack:
        name = stack.pop()
        needed.add(name)
        for _, _, call in _calls(functions[name]):
            if call.callee in functions and call.callee not in needed:
                stack.append(call.callee)
    for name in [n for n in functions if n not in needed]:
        del functions[name]


def _inline(fn: ir.Function, block: ir.Block, i: int, call: ir.Call, callee: ir.Function):
    """Replace ``block.instrs[i]`` (the call) by a copy of ``callee``'s body."""
    cont = fn.new_block("after_" + callee.name)
    cont.instrs = block.instrs[i + 1:]
    cont.term = block.term
    block.instrs = block.instrs[:i]
    regs: dict = {}

    def reg(v):
        if not isinstance(v, ir.VReg):
            return v
        if v not in regs:
            regs[v] = fn.new_vreg(v.name)
        return regs[v]

    blocks = {b: fn.new_block(f"{callee.name}_{b.name}") for b in callee.blocks}
    for p, a in zip(callee.params, call.args):
        copy = ir.Copy(reg(p), a)
        copy.line = call.line
        block.instrs.append(copy)
    block.term = ir.Jump(blocks[callee.blocks[0]])
    block.term.line = call.line
    for old, new in blocks.items():
        for ins in old.instrs:
            new.instrs.append(_copy_instr(ins, reg))
        t = old.term
        if isinstance(t, ir.Ret):
            for dst, value in ((call.dst, t.value), (call.dst_hi, t.value_hi)):
                if value is not None and dst is not None:
                    result = ir.Copy(dst, reg(value))
                    result.line = t.line
                    new.instrs.append(result)
            new.term = ir.Jump(cont)
        elif isinstance(t, ir.Jump):
            new.term = ir.Jump(blocks[t.target])
        else:
            new.term = ir.Branch(t.op, reg(t.a), reg(t.b), blocks[t.then], blocks[t.else_])
        new.term.line = t.line
    fn.calls |= callee.calls


def _copy_instr(ins: ir.Instr, reg) -> ir.Instr:
    new = object.__new__(type(ins))
    new.__dict__.update(ins.__dict__)
    if ins.dst is not None:
        new._dst = reg(ins.dst)
    if isinstance(ins, ir.Call):
        new.dst_hi = reg(ins.dst_hi) if ins.dst_hi is not None else None
        new.args = [reg(a) for a in ins.args]
        new.callee = ins.callee if isinstance(ins.callee, str) else reg(ins.callee)
    else:
        new.map_uses(reg)
    return new

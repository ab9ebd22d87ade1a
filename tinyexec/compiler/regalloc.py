"""Register allocation: every virtual register gets a frame slot.

Slots 1..127 belong to the function and survive calls; slots 129..255 are
the frame of the next call (its arguments), so a value may live there only
if no call happens while it is live.  Slot 0 holds the return link and 128
the link of a call.  The allocator colours the interference graph greedily,
fixed registers first, and gives a register the slot of a register it is
copied from or to when it can (the copy then disappears).

The machine faults on reading a slot that was never written, so a register
that may be read before any assignment (a C variable declared without an
initializer) is set to 0 at entry.
"""
from __future__ import annotations

from collections import defaultdict

from .. import machine as m
from . import ir
from .dataflow import live_after, liveness
from .errors import CompileError

OWN = tuple(range(1, m.LINK))                            # survive calls
ANY = OWN + tuple(range(m.LINK + 1, 256))


def zero_uninitialized(fn: ir.Function) -> None:
    live_in, _ = liveness(fn)
    entry = fn.blocks[0]
    zeros = [ir.Copy(v, ir.Const(0)) for v in sorted(live_in[entry], key=lambda v: v.id)
             if v.fixed is None]
    for z in zeros:
        z.line = fn.line
    entry.instrs[0:0] = zeros


def allocate(fn: ir.Function, filename: str) -> dict:
    """{VReg: slot} for every register of ``fn``."""
    zero_uninitialized(fn)
    _, live_out = liveness(fn)
    neighbors = defaultdict(set)
    crosses = set()                    # live across a call: must stay in OWN
    hints = defaultdict(list)
    regs = set()
    for block in fn.blocks:
        seq, after = live_after(block, live_out[block])
        for ins, live in zip(seq, after):
            defs = ins.defs()
            regs.update(defs)
            regs.update(ins.uses())
            if isinstance(ins, ir.Call):
                crosses |= live - set(defs)
            for d in defs:
                for v in live:
                    if v is d or (isinstance(ins, ir.Copy) and ins.src is v):
                        continue
                    neighbors[d].add(v)
                    neighbors[v].add(d)
            if isinstance(ins, ir.Copy) and isinstance(ins.src, ir.VReg):
                hints[ins.dst].append(ins.src)
                hints[ins.src].append(ins.dst)
    color = {}
    for v in regs:
        if v.fixed is not None:
            color[v] = v.fixed
    for v in sorted((v for v in regs if v.fixed is None),
                    key=lambda v: (v not in crosses, -len(neighbors[v]), v.id)):
        taken = {color[n] for n in neighbors[v] if n in color}
        allowed = OWN if v in crosses else ANY
        preferred = [color[h] for h in hints[v] if h in color]
        choice = next((c for c in preferred if c not in taken and c in allowed), None)
        if choice is None:
            choice = next((c for c in allowed if c not in taken), None)
        if choice is None:
            raise CompileError(filename, fn.line, 1, f"function '{fn.name}' needs more than "
                                                     f"{len(allowed)} values at once")
        color[v] = choice
    return color

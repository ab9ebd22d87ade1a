"""Dataflow analyses on the IR: liveness, dominators and natural loops."""
from __future__ import annotations

from . import ir


def block_uses_defs(block: ir.Block):
    """(upward-exposed uses, definitions) of a block."""
    uses, defs = set(), set()
    for ins in list(block.instrs) + ([block.term] if block.term else []):
        for v in ins.uses():
            if v not in defs:
                uses.add(v)
        defs.update(ins.defs())
    return uses, defs


def liveness(fn: ir.Function):
    """(live_in, live_out): the VRegs live at the start and end of each block."""
    info = {b: block_uses_defs(b) for b in fn.blocks}
    live_in = {b: set() for b in fn.blocks}
    live_out = {b: set() for b in fn.blocks}
    changed = True
    order = list(reversed(fn.blocks))
    while changed:
        changed = False
        for b in order:
            out = set()
            for s in b.successors():
                out |= live_in[s]
            uses, defs = info[b]
            new_in = uses | (out - defs)
            if new_in != live_in[b] or out != live_out[b]:
                live_in[b], live_out[b] = new_in, out
                changed = True
    return live_in, live_out


def live_after(block: ir.Block, live_out: set):
    """For each instruction of ``block`` (terminator last), the set live after it,
    as a list in instruction order."""
    live = set(live_out)
    seq = list(block.instrs) + ([block.term] if block.term else [])
    after = [None] * len(seq)
    for i in range(len(seq) - 1, -1, -1):
        after[i] = set(live)
        ins = seq[i]
        live -= set(ins.defs())
        live |= set(ins.uses())
    return seq, after


def reverse_postorder(fn: ir.Function) -> list:
    seen, order = set(), []
    stack = [(fn.blocks[0], iter(fn.blocks[0].successors()))]
    seen.add(fn.blocks[0])
    while stack:
        block, it = stack[-1]
        for s in it:
            if s not in seen:
                seen.add(s)
                stack.append((s, iter(s.successors())))
                break
        else:
            stack.pop()
            order.append(block)
    return order[::-1]


def dominators(fn: ir.Function) -> dict:
    """The immediate dominator of each reachable block (the entry: itself)."""
    order = reverse_postorder(fn)
    index = {b: i for i, b in enumerate(order)}
    preds = ir.predecessors(fn)
    idom = {order[0]: order[0]}

    def intersect(a, b):
        while a is not b:
            while index[a] > index[b]:
                a = idom[a]
            while index[b] > index[a]:
                b = idom[b]
        return a

    changed = True
    while changed:
        changed = False
        for b in order[1:]:
            done = [p for p in preds[b] if p in idom]
            new = done[0]
            for p in done[1:]:
                new = intersect(p, new)
            if idom.get(b) is not new:
                idom[b] = new
                changed = True
    return idom


def dominates(idom: dict, a, b) -> bool:
    while True:
        if a is b:
            return True
        if idom[b] is b:
            return False
        b = idom[b]


def natural_loops(fn: ir.Function):
    """[(header, set of blocks)] for every back edge (loops sharing a header merge)."""
    idom = dominators(fn)
    preds = ir.predecessors(fn)
    loops: dict = {}
    for b in idom:
        for s in b.successors():
            if s in idom and dominates(idom, s, b):
                body = loops.setdefault(s, {s})
                stack = [b]
                while stack:
                    x = stack.pop()
                    if x not in body:
                        body.add(x)
                        stack += [p for p in preds[x] if p in idom]
    return list(loops.items())

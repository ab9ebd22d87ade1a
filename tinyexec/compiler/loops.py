"""Loop optimizations: invariant code motion and strength reduction.

The IR is not in SSA form, so an instruction ``t = op a, b`` in a loop is
invariant when no assignment to ``a`` or ``b`` is in the loop, it is the
loop's only assignment to ``t``, and ``t`` is not live at the loop's entry
(so every use inside the loop sees this assignment).  It moves to the
preheader, a block that runs once before the loop.

Strength reduction: for a basic induction variable ``i`` (its only
assignment in the loop is ``i = i + c``), each ``t = i * k`` becomes a copy
of a new variable ``j`` kept equal to ``i * k`` (``j = i * k`` before the
loop, ``j = j + c * k`` after each step of ``i``).  A multiplication costs a
step just as an addition does, so this pays when ``i`` then dies: when its
only other use is the loop test ``i < n`` for a constant n, which becomes
``j < n * k``.
"""
from __future__ import annotations

from . import ir
from .dataflow import liveness, natural_loops


def _defs_in(blocks) -> dict:
    count: dict = {}
    for b in blocks:
        for ins in b.instrs:
            for d in ins.defs():
                count[d] = count.get(d, 0) + 1
    return count


def _preheader(fn: ir.Function, header: ir.Block, body: set) -> ir.Block:
    """The block that runs right before the loop (made if there is none)."""
    outside = [p for p in ir.predecessors(fn)[header] if p not in body]
    if len(outside) == 1 and isinstance(outside[0].term, ir.Jump):
        return outside[0]
    pre = ir.Block(f"pre_{header.name}")
    pre.term = ir.Jump(header)
    pre.term.line = header.instrs[0].line if header.instrs else 0
    for p in outside:
        t = p.term
        if isinstance(t, ir.Jump):
            t.target = pre
        elif isinstance(t, ir.Branch):
            t.then = pre if t.then is header else t.then
            t.else_ = pre if t.else_ is header else t.else_
    fn.blocks.insert(fn.blocks.index(header), pre)
    return pre


def _safe(ins) -> bool:
    """Pure and unable to fault wherever it runs."""
    if isinstance(ins, ir.Copy) or isinstance(ins, ir.Ext):
        return True
    if isinstance(ins, ir.Bin):
        if ins.op in ("divu", "remu", "divs", "rems"):
            return isinstance(ins.b, ir.Const) and ins.b.value != 0
        return True
    return False


def hoist_invariants(fn: ir.Function, constants_only: bool = False) -> bool:
    changed = False
    for header, body in sorted(natural_loops(fn), key=lambda hb: len(hb[1])):
        live_in, _ = liveness(fn)
        blocks = [b for b in fn.blocks if b in body]
        moved = []
        while True:
            defs = _defs_in(blocks)
            found = None
            for b in blocks:
                for ins in b.instrs:
                    if not _safe(ins) or defs.get(ins.dst) != 1 or ins.dst in live_in[header] \
                            or ins.dst.fixed is not None:     # a call's slots: clobbered
                        continue
                    if constants_only and not (isinstance(ins, ir.Copy) and ir.is_imm(ins.src)):
                        continue
                    if all(defs.get(u, 0) == 0 for u in ins.uses()):
                        found = (b, ins)
                        break
                if found:
                    break
            if found is None:
                break
            b, ins = found
            b.instrs.remove(ins)
            moved.append(ins)
        if moved:
            pre = _preheader(fn, header, body)
            pre.instrs += moved
            changed = True
    return changed


def _induction_variables(blocks) -> dict:
    """{i: (its step instruction, c)} for ``i = i + c`` / ``i = i - c``, i's only
    assignment in the loop."""
    defs = _defs_in(blocks)
    ivs = {}
    for b in blocks:
        for ins in b.instrs:
            if isinstance(ins, ir.Bin) and ins.op in ("add", "sub") and ins.a is ins.dst and \
                    isinstance(ins.b, ir.Const) and defs.get(ins.dst) == 1:
                ivs[ins.dst] = (b, ins, ins.b.signed if ins.op == "add" else -ins.b.signed)
    return ivs


def reduce_strength(fn: ir.Function) -> bool:
    changed = False
    for header, body in natural_loops(fn):
        blocks = [b for b in fn.blocks if b in body]
        ivs = _induction_variables(blocks)
        for iv, (step_block, step, c) in ivs.items():
            products = [(b, ins) for b in blocks for ins in b.instrs
                        if isinstance(ins, ir.Bin) and ins.op == "mul" and ins.a is iv
                        and isinstance(ins.b, ir.Const) and ins is not step]
            factors = {ins.b.value for _, ins in products}
            for k in factors:
                if _replace_iv(fn, header, body, blocks, iv, step_block, step, c, k, products):
                    changed = True
                    break
    return changed


def _replace_iv(fn, header, body, blocks, iv, step_block, step, c, k, products) -> bool:
    """Rewrite ``iv * k`` as a new induction variable if ``iv`` then dies: its
    other uses in the loop are the step and one loop test against a constant."""
    uses = [(b, ins) for b in blocks for ins in b.instrs + [b.term] if iv in ins.uses()]
    mine = [ins for _, ins in products if ins.b.value == k]
    others = [(b, ins) for b, ins in uses if ins is not step and ins not in mine]
    tests = [(b, ins) for b, ins in others if isinstance(ins, ir.Branch) and ins.a is iv
             and isinstance(ins.b, ir.Const) and ins.op in ("lts", "les", "gts", "ges", "ne", "eq")]
    live_in, _ = liveness(fn)
    exits_live = any(iv in live_in[s] for b in blocks for s in b.successors() if s not in body)
    if len(others) != len(tests) or len(tests) > 1 or exits_live or not 0 < k < 1 << 15:
        return False
    pre = _preheader(fn, header, body)
    if tests:
        # i * k must not wrap while i runs from its value at entry to the bound
        # (the test keeps it there only if it is the loop's exit test)
        (test_block, test), = tests
        start, bound = _entry_value(fn, pre, iv), test.b.signed
        if start is None or not _exits_at_bound(header, body, test_block, test, step_block,
                                                c, start):
            return False
        lo, hi = min(start, bound) - abs(c), max(start, bound) + abs(c)
        if not -(1 << 31) <= lo * k and hi * k < 1 << 31:
            return False
    j = fn.new_vreg(f"{iv.name or 'i'}x{k}")
    init = ir.Bin("mul", j, iv, ir.Const(k))
    init.line = step.line
    pre.instrs.append(init)
    bump = ir.Bin("add", j, j, ir.Const(c * k))
    bump.line = step.line
    step_block.instrs.insert(step_block.instrs.index(step) + 1, bump)
    for ins in mine:
        ins.__class__ = ir.Copy
        ins.__dict__ = {"_dst": ins.dst, "src": j, "line": ins.line}
    for _, test in tests:
        test.a, test.b = j, ir.Const(test.b.signed * k)
    return True


def _exits_at_bound(header, body, block, test, step_block, c: int, start: int) -> bool:
    """Whether ``test`` (``i op n``) keeps i between ``start`` and n (plus a
    step): it must be the branch back to the header, the loop's only one, in
    the block of the step (so it sees each value i takes), and leave the loop
    once i has passed n in the direction of the step.  A test elsewhere bounds
    nothing: in ``if (i < 5) cnt++;`` i may go on far beyond 5."""
    if block is not step_block or header not in (test.then, test.else_) or \
            any(header in b.successors() for b in body if b is not block):
        return False
    stay, leave = (test.op, test.else_) if test.then is header else \
        (ir.NEGATE[test.op], test.then)
    if leave in body:
        return False
    if stay == "ne":                  # i must meet n exactly, some steps on
        return (test.b.signed - start) % c == 0 and (test.b.signed - start) // c > 0
    return stay in (("lts", "les") if c > 0 else ("gts", "ges"))


def _entry_value(fn: ir.Function, pre: ir.Block, v):
    """The constant ``v`` holds when the loop starts, if the blocks leading to the
    preheader (a chain of single predecessors) set it to one."""
    preds = ir.predecessors(fn)
    block = pre
    for _ in range(4):
        for ins in reversed(block.instrs):
            if v in ins.defs():
                return ins.src.signed if isinstance(ins, ir.Copy) and \
                    isinstance(ins.src, ir.Const) else None
        if len(preds[block]) != 1:
            return None
        block = preds[block][0]
    return None


def optimize_loops(fn: ir.Function) -> bool:
    changed = hoist_invariants(fn)
    changed |= reduce_strength(fn)
    return changed

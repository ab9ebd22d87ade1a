"""Optimization passes over the IR.

Every executed instruction costs trace tokens (5 for most), so the passes
remove instructions from the paths that run:

* :func:`simplify_cfg` -- unreachable blocks, jumps to jumps (threading),
  constant branches, blocks merged into their only predecessor, small return
  blocks copied into the blocks that jump to them;
* :func:`propagate` -- constants and copies, forward over the whole function,
  with constant folding and algebraic identities;
* :func:`local_values` -- within a block: common subexpressions and repeated
  loads, a load of what was just stored, a store that needs no narrowing, a
  compare fused into the branch that tests it;
* :func:`remove_dead_code` -- computations whose result is never read;
* :mod:`.loops` -- loop-invariant code motion and strength reduction of
  induction variables; :mod:`.inline` -- inlining of small functions.

The IR is not in SSA form: a pass that moves or reuses a value checks that
no assignment intervenes.
"""
from __future__ import annotations

from . import ir
from .dataflow import live_after, liveness, reverse_postorder

MASK = 0xFFFFFFFF


# ---- constant folding --------------------------------------------------------------
def _signed(v: int) -> int:
    return v - (1 << 32) if v >= 1 << 31 else v


def fold(op: str, a: int, b: int):
    """``a op b`` on 32-bit values as the machine computes it, or None when it
    would fault (a division by zero stays in the code)."""
    sa, sb = _signed(a), _signed(b)
    if op in ("divu", "remu", "divs", "rems") and b == 0:
        return None
    if op in ("divs", "rems"):
        q = abs(sa) // abs(sb)
        q = q if (sa < 0) == (sb < 0) else -q
        return (q if op == "divs" else sa - q * sb) & MASK
    table = {"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b,
             "and": lambda: a & b, "or": lambda: a | b, "xor": lambda: a ^ b,
             "shl": lambda: a << (b & 31), "shru": lambda: a >> (b & 31),
             "shrs": lambda: sa >> (b & 31), "divu": lambda: a // b, "remu": lambda: a % b,
             "eq": lambda: a == b, "ne": lambda: a != b, "lts": lambda: sa < sb,
             "ltu": lambda: a < b, "les": lambda: sa <= sb, "leu": lambda: a <= b,
             "gts": lambda: sa > sb, "gtu": lambda: a > b, "ges": lambda: sa >= sb,
             "geu": lambda: a >= b}
    return int(table[op]()) & MASK


def _fold_sym(op, a, b):
    """``a op b`` when one side is a symbol (an address known at link time)."""
    if op == "add" and isinstance(a, ir.Sym) and isinstance(b, ir.Const):
        return a.plus(b.signed)
    if op == "add" and isinstance(b, ir.Sym) and isinstance(a, ir.Const):
        return b.plus(a.signed)
    if op == "sub" and isinstance(a, ir.Sym) and isinstance(b, ir.Const):
        return a.plus(-b.signed)
    if op == "sub" and isinstance(a, ir.Sym) and isinstance(b, ir.Sym) and \
            (a.kind, a.target) == (b.kind, b.target):
        return ir.Const(a.addend - b.addend)
    return None


def simplified(ins: ir.Instr):
    """A cheaper instruction computing the same as ``ins`` (a Bin or Ext), or None."""
    if isinstance(ins, ir.Ext) and isinstance(ins.src, ir.Const):
        bits = 8 if ins.op == "sext8" else 16
        v = ins.src.value & ((1 << bits) - 1)
        return ir.Copy(ins.dst, ir.Const(v - (1 << bits) if v >> (bits - 1) else v))
    if not isinstance(ins, ir.Bin):
        return None
    op, a, b = ins.op, ins.a, ins.b
    if isinstance(a, ir.Const) and isinstance(b, ir.Const):
        v = fold(op, a.value, b.value)
        return None if v is None else ir.Copy(ins.dst, ir.Const(v))
    sym = _fold_sym(op, a, b)
    if sym is not None:
        return ir.Copy(ins.dst, sym)
    if isinstance(a, ir.Const) and op in ir.COMMUTATIVE:
        a, b = b, a
    if isinstance(b, ir.Const):
        k = b.value
        if k == 0 and op in ("add", "sub", "or", "xor", "shl", "shru", "shrs") or \
                k == 1 and op in ("mul", "divu", "divs") or k == MASK and op == "and":
            return ir.Copy(ins.dst, a)
        if k == 0 and op in ("mul", "and") or k == 1 and op in ("remu", "rems"):
            return ir.Copy(ins.dst, ir.Const(0))
        if k == 0 and op in ("geu",) or k == MASK and op == "leu":
            return ir.Copy(ins.dst, ir.Const(1))
        if k == 0 and op == "ltu" or k == MASK and op == "gtu":
            return ir.Copy(ins.dst, ir.Const(0))
    if isinstance(a, ir.VReg) and a is b and op in ("sub", "xor", "ne", "lts", "ltu", "gts",
                                                      "gtu", "eq", "les", "leu", "ges", "geu"):
        return ir.Copy(ins.dst, ir.Const(int(op in ("eq", "les", "leu", "ges", "geu"))))
    if (a, b) != (ins.a, ins.b):
        return ir.Bin(op, ins.dst, a, b)
    return None


def _decided(op, a, b):
    """The outcome of a compare known without running it, or None."""
    if isinstance(a, ir.Const) and isinstance(b, ir.Const):
        return bool(fold(op, a.value, b.value))
    if isinstance(a, ir.VReg) and a is b:
        return op in ("eq", "les", "leu", "ges", "geu")
    return None


# ---- control flow --------------------------------------------------------------------
def simplify_cfg(fn: ir.Function) -> bool:
    changed = False
    for block in fn.blocks:              # constant branches, branches to one place
        t = block.term
        if isinstance(t, ir.Branch):
            outcome = True if t.then is t.else_ else _decided(t.op, t.a, t.b)
            if outcome is not None:
                block.term = _jump(t.then if outcome else t.else_, t.line)
                changed = True

    ends: dict = {}

    def final(target):
        """Where a jump to ``target`` ends up, through empty blocks that just jump
        (remembered for every block on the way, so long chains cost linear time)."""
        path, seen = [], set()
        while target not in ends and not target.instrs and isinstance(target.term, ir.Jump) \
                and target not in seen:
            seen.add(target)
            path.append(target)
            target = target.term.target
        end = ends.get(target, target)
        for b in path:
            ends[b] = end
        return end

    for block in fn.blocks:              # thread jumps through empty blocks
        t = block.term
        if isinstance(t, ir.Jump):
            new = final(t.target)
            changed |= new is not t.target
            t.target = new
        elif isinstance(t, ir.Branch):
            then, other = final(t.then), final(t.else_)
            changed |= then is not t.then or other is not t.else_
            t.then, t.else_ = then, other
    changed |= _drop_unreachable(fn)
    preds = ir.predecessors(fn)
    for block in list(fn.blocks):        # merge a block into its only predecessor
        if block not in preds:
            continue                     # merged into another one already
        t = block.term
        while isinstance(t, ir.Jump) and t.target is not block and t.target is not fn.blocks[0] \
                and len(preds[t.target]) == 1:
            nxt = t.target
            block.instrs += nxt.instrs
            block.term = nxt.term
            for s in nxt.successors():
                preds[s] = [block if p is nxt else p for p in preds[s]]
            fn.blocks.remove(nxt)
            preds.pop(nxt)
            t = block.term
            changed = True
    for block in fn.blocks:              # copy small return blocks into their jumpers
        t = block.term
        if isinstance(t, ir.Jump) and isinstance(t.target.term, ir.Ret) and \
                len(t.target.instrs) <= 3 and t.target is not block:
            block.instrs += [_clone(i) for i in t.target.instrs]
            block.term = _clone(t.target.term)
            changed = True
    changed |= _drop_unreachable(fn)
    return changed


def _jump(target, line):
    j = ir.Jump(target)
    j.line = line
    return j


def _clone(ins: ir.Instr) -> ir.Instr:
    new = object.__new__(type(ins))
    new.__dict__.update(ins.__dict__)
    if isinstance(ins, ir.Call):
        new.args = list(ins.args)
    return new


def _drop_unreachable(fn: ir.Function) -> bool:
    seen, stack = {fn.blocks[0]}, [fn.blocks[0]]
    while stack:
        for s in stack.pop().successors():
            if s not in seen:
                seen.add(s)
                stack.append(s)
    before = len(fn.blocks)
    fn.blocks = [b for b in fn.blocks if b in seen]
    return len(fn.blocks) != before


# ---- constants and copies ------------------------------------------------------------
def _kill(state: dict, v) -> None:
    """``v`` is assigned: forget what was known of it, and the copies of it."""
    state.pop(v, None)
    for k in [k for k, val in state.items() if val is v]:
        del state[k]


def _transfer(ins, state: dict) -> None:
    for d in ins.defs():
        _kill(state, d)
    if isinstance(ins, ir.Copy) and ins.src is not ins.dst:
        src = state.get(ins.src, ins.src) if isinstance(ins.src, ir.VReg) else ins.src
        if src is not ins.dst:
            state[ins.dst] = src


def propagate(fn: ir.Function) -> bool:
    """Replace each use of a register by the constant or the register it is a
    copy of, wherever that holds on every path; then fold."""
    order = reverse_postorder(fn)
    preds = ir.predecessors(fn)
    out: dict = {b: None for b in fn.blocks}          # None: not reached yet (top)
    changed = True
    while changed:
        changed = False
        for block in order:
            state = _meet([out[p] for p in preds[block] if out[p] is not None]) \
                if block is not fn.blocks[0] else {}
            for ins in block.instrs:
                _transfer(ins, state)
            if state != out[block]:
                out[block], changed = state, True
    any_change = False
    for block in order:
        state = _meet([out[p] for p in preds[block] if out[p] is not None]) \
            if block is not fn.blocks[0] else {}
        new = []
        for ins in block.instrs + [block.term]:
            before = [getattr(ins, n) for n in ins.operands]
            ins.map_uses(lambda v: state.get(v, v) if isinstance(v, ir.VReg) else v)
            if isinstance(ins, ir.Call) and not isinstance(ins.callee, (str, ir.VReg)):
                if isinstance(ins.callee, ir.Sym) and ins.callee.kind == "code" \
                        and not ins.callee.addend:
                    ins.callee = ins.callee.target           # a known function: a direct call
                    fn.calls.add(ins.callee)
                else:
                    ins.callee = before[0]
            any_change |= before != [getattr(ins, n) for n in ins.operands]
            better = simplified(ins)
            if better is not None:
                better.line = ins.line
                ins, any_change = better, True
            if ins is not block.term:
                _transfer(ins, state)
                new.append(ins)
        block.instrs = new
    return any_change


def _meet(states: list) -> dict:
    if not states:
        return {}
    first = states[0]
    return {k: v for k, v in first.items() if all(s.get(k) == v and
                                                    (type(s.get(k)) is type(v)) for s in states[1:])}


# ---- within a block ---------------------------------------------------------------
_WIDTH = {"ld8u": "u8", "ld8s": "s8", "ld16u": "u16", "ld16s": "s16"}
_STORED_AS = {"st8": ({"s8": "ld8s", "u8": "ld8u"}), "st16": {"s16": "ld16s", "u16": "ld16u"},
              "st32": {}}


def _extension(ins) -> str | None:
    """Which narrow range the result of ``ins`` is known to lie in."""
    if isinstance(ins, ir.Ext):
        return "s8" if ins.op == "sext8" else "s16"
    if isinstance(ins, ir.Load):
        return _WIDTH.get(ins.op)
    if isinstance(ins, ir.Bin) and ins.op == "and" and isinstance(ins.b, ir.Const):
        return "u8" if ins.b.value == 255 else "u16" if ins.b.value == 0xFFFF else None
    return None


def local_values(fn: ir.Function) -> bool:
    """Common subexpressions, repeated loads, store-to-load forwarding and
    store narrowing, within each block and into a block from its only
    predecessor."""
    changed = False
    preds = ir.predecessors(fn)
    at_end: dict = {}                 # block -> its three tables after its last instruction
    for block in reverse_postorder(fn):
        inherited = at_end.get(preds[block][0]) if len(preds[block]) == 1 else None
        available, narrow_of, facts = ({}, {}, {}) if inherited is None else \
            (dict(inherited[0]), dict(inherited[1]), dict(inherited[2]))
        # available: expression key -> the register holding it; narrow_of: register ->
        # (range, the wider register it came from); facts: register -> its narrow range;
        # offsets: register -> (register, constant or register) it is the sum of
        offsets = {} if inherited is None else dict(inherited[3])
        new = []
        for ins in block.instrs:
            if isinstance(ins, (ir.Load, ir.Store)):
                changed |= _fold_offsets(ins, offsets)
            key = _key(ins)
            if key is not None and key in available:
                copy = ir.Copy(ins.dst, available[key])
                copy.line = ins.line
                ins, changed = copy, True
            elif isinstance(ins, ir.Store):
                narrowed = narrow_of.get(ins.value)
                width = {"st8": ("s8", "u8", "s16", "u16"), "st16": ("s16", "u16")}.get(ins.op, ())
                if narrowed is not None and narrowed[0] in width:
                    ins.value, changed = narrowed[1], True   # the store truncates anyway
            for d in ins.defs():
                for r in [r for r, (x, y) in offsets.items() if d in (r, x) or y is d]:
                    del offsets[r]
                for k in [k for k, v in available.items() if v is d or d in k]:
                    del available[k]
                for r in [r for r, (_, w) in narrow_of.items() if w is d or r is d]:
                    del narrow_of[r]
                facts.pop(d, None)
            if isinstance(ins, (ir.Store, ir.Call)):
                for k in [k for k in available if k[0] == "load" and _may_alias(k, ins)]:
                    del available[k]
            if isinstance(ins, ir.Store) and isinstance(ins.value, ir.VReg):
                fact = facts.get(ins.value) if ins.op != "st32" else "w32"
                load = "ld32" if ins.op == "st32" else _STORED_AS[ins.op].get(fact)
                if load is not None:
                    available[("load", load, ins.base, ins.index, ins.offset)] = ins.value
            if key is not None and isinstance(ins, (ir.Bin, ir.Ext, ir.Load)) and \
                    ins.dst not in _operands(key):
                available[key] = ins.dst
            if isinstance(ins, (ir.Bin, ir.Ext, ir.Load)):
                fact = _extension(ins)
                if fact is not None:
                    facts[ins.dst] = fact
                    source = ins.a if isinstance(ins, ir.Bin) else getattr(ins, "src", None)
                    if isinstance(source, ir.VReg) and source is not ins.dst:
                        narrow_of[ins.dst] = (fact, source)
            elif isinstance(ins, ir.Copy) and isinstance(ins.src, ir.VReg) and ins.src in facts:
                facts[ins.dst] = facts[ins.src]
            if isinstance(ins, ir.Bin) and ins.op in ("add", "sub") and \
                    isinstance(ins.a, ir.VReg) and ins.a is not ins.dst and ins.b is not ins.dst:
                if isinstance(ins.b, ir.Const):
                    offsets[ins.dst] = (ins.a, ins.b.signed if ins.op == "add" else -ins.b.signed)
                elif isinstance(ins.b, ir.VReg) and ins.op == "add":
                    offsets[ins.dst] = (ins.a, ins.b)
            new.append(ins)
        block.instrs = new
        at_end[block] = (available, narrow_of, facts, offsets)
    return changed


def _fold_offsets(ins, offsets: dict) -> bool:
    """``[v + ...]`` with ``v = x + k`` becomes ``[x + ... + k]``, and ``[v + k]``
    with ``v = x + y`` becomes ``[x + y + k]`` (v may then die)."""
    changed = False
    for part in ("base", "index"):
        v = getattr(ins, part)
        if v not in offsets:
            continue
        x, y = offsets[v]
        if isinstance(y, int):
            folded = ir.add_imm(ins.offset, ir.Const(y))
            if folded is not None:
                setattr(ins, part, x)
                ins.offset, changed = folded, True
        elif ins.index is None:
            ins.base, ins.index, changed = x, y, True
    return changed


def _operands(key) -> tuple:
    return tuple(x for x in key[1:] if isinstance(x, ir.VReg))


def _rank(v):
    """An order of operands that does not depend on where objects sit in memory:
    registers by number, then immediates."""
    return (0, v.id) if isinstance(v, ir.VReg) else (1, 0)


def _key(ins):
    """What ``ins`` computes, as a hashable expression, if it is worth reusing."""
    if isinstance(ins, ir.Bin):
        a, b = ins.a, ins.b
        if ins.op in ir.COMMUTATIVE and _rank(a) > _rank(b):
            a, b = b, a
        return ("bin", ins.op, a, b)
    if isinstance(ins, ir.Ext):
        return ("ext", ins.op, ins.src)
    if isinstance(ins, ir.Load):
        return ("load", ins.op, ins.base, ins.index, ins.offset)
    return None


def _may_alias(load_key, ins) -> bool:
    """Can the store (or call) ``ins`` change what ``load_key`` read?  Two
    accesses at the addresses of two different named objects (a global plus an
    index) cannot: C keeps an index within its object.  Nor can a store
    through the same registers at a distant constant offset."""
    if isinstance(ins, ir.Call):
        return True
    _, op, base, index, offset = load_key
    if isinstance(offset, ir.Sym) and isinstance(ins.offset, ir.Sym) and \
            (offset.kind, offset.target) != (ins.offset.kind, ins.offset.target):
        return False
    if (base, index) != (ins.base, ins.index):
        return True
    if isinstance(offset, ir.Const) and isinstance(ins.offset, ir.Const) or \
            isinstance(offset, ir.Sym) and isinstance(ins.offset, ir.Sym) and \
            (offset.kind, offset.target) == (ins.offset.kind, ins.offset.target):
        a = offset.value if isinstance(offset, ir.Const) else offset.addend
        b = ins.offset.value if isinstance(ins.offset, ir.Const) else ins.offset.addend
        size = {"ld8u": 1, "ld8s": 1, "ld16u": 2, "ld16s": 2, "ld32": 4}[op]
        stored = {"st8": 1, "st16": 2, "st32": 4}[ins.op]
        return _signed(a & MASK) < _signed(b & MASK) + stored and \
            _signed(b & MASK) < _signed(a & MASK) + size
    return True


def fuse_branches(fn: ir.Function) -> bool:
    """``t = a < b; if t != 0`` (t read nowhere else) becomes ``if a < b``."""
    changed = False
    _, live_out = liveness(fn)
    for block in fn.blocks:
        t = block.term
        if not (isinstance(t, ir.Branch) and t.op in ("ne", "eq") and t.b == ir.Const(0)
                and isinstance(t.a, ir.VReg) and t.a not in live_out[block]):
            continue
        for i in range(len(block.instrs) - 1, -1, -1):
            ins = block.instrs[i]
            if t.a in ins.defs():
                if isinstance(ins, ir.Bin) and ins.op in ir.NEGATE and \
                        not any(t.a in later.uses() for later in block.instrs[i + 1:]) and \
                        not any(d in (ins.a, ins.b) for later in block.instrs[i + 1:]
                                for d in later.defs()):
                    t.op = ins.op if t.op == "ne" else ir.NEGATE[ins.op]
                    t.a, t.b = ins.a, ins.b
                    del block.instrs[i]
                    changed = True
                break
    return changed


# ---- dead code -------------------------------------------------------------------------
def _useless(fn: ir.Function) -> set:
    """Registers whose values only feed pure computations of themselves or of
    other useless registers (a counter nothing reads, for one)."""
    instrs = list(fn.instructions())
    candidates = {d for ins in instrs if ins.pure for d in ins.defs()}
    candidates -= {d for ins in instrs if not ins.pure for d in ins.defs()}
    changed = True
    while changed:
        changed = False
        for ins in instrs:
            if ins.pure and ins.dst in candidates:
                continue
            for u in ins.uses():
                if u in candidates:
                    candidates.discard(u)
                    changed = True
    return candidates


def remove_dead_code(fn: ir.Function) -> bool:
    useless = _useless(fn)
    changed = False
    if useless:
        for block in fn.blocks:
            keep = [i for i in block.instrs if not (i.pure and i.dst in useless)]
            changed |= len(keep) != len(block.instrs)
            block.instrs = keep
    while True:
        _, live_out = liveness(fn)
        removed = False
        for block in fn.blocks:
            seq, after = live_after(block, live_out[block])
            keep = []
            for ins, live in zip(seq[:-1] if block.term else seq, after):
                dead = ins.pure and ins.dst not in live or \
                    isinstance(ins, ir.Copy) and ins.src is ins.dst
                if dead:
                    removed = True
                else:
                    keep.append(ins)
            block.instrs = keep
        if not removed:
            return changed
        changed = True


# ---- the driver ------------------------------------------------------------------------
def clean(fn: ir.Function) -> None:
    """The function-local passes, until none changes anything (bounded)."""
    for _ in range(8):
        changed = simplify_cfg(fn)
        changed |= propagate(fn)
        changed |= local_values(fn)
        changed |= fuse_branches(fn)
        changed |= remove_dead_code(fn)
        if not changed:
            break


def optimize(functions: dict) -> None:
    from . import inline, loops
    for fn in functions.values():
        clean(fn)
    inline.inline_small_functions(functions)
    for fn in functions.values():
        clean(fn)
        if loops.optimize_loops(fn):
            clean(fn)


def hoist_constants(fn: ir.Function) -> None:
    """After legalization: constants that had to go to a register are set once,
    before the loops that use them."""
    from . import loops
    loops.hoist_invariants(fn, constants_only=True)

"""Optimization passes over the IR (work in progress)."""
from __future__ import annotations

from . import ir


def simplify_cfg(fn: ir.Function) -> None:
    """Drop unreachable blocks."""
    seen, stack = {fn.blocks[0]}, [fn.blocks[0]]
    while stack:
        for s in stack.pop().successors():
            if s not in seen:
                seen.add(s)
                stack.append(s)
    fn.blocks = [b for b in fn.blocks if b in seen]


def optimize(functions: dict) -> None:
    for fn in functions.values():
        simplify_cfg(fn)


def hoist_constants(fn: ir.Function) -> None:
    pass

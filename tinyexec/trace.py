"""Reading a generated trace back as executed instructions.

:class:`StepDecoder` walks the tokens step by step and rebuilds, from the
tokens alone, what the model's run did: the PC (the latest jump target, plus
one per step since), the call depth, the instruction and its source line,
the operands it read (from a shadow of the slots, filled with the values
earlier steps wrote) and the value it wrote.  What an instruction reads and
writes comes from ``machine.OPS``.  Nothing here decides a token; it only
explains the ones generated.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import asdict, dataclass, field

from . import machine as m
from .asm import format_instr


@dataclass
class Step:
    index: int                 # 0-based number of the executed instruction
    position: int              # trace position (from the end of the prompt) of its first token
    pc: int                    # instruction index
    op: str
    instr: str                 # the instruction as the listing shows it
    line: int                  # source line, 0 for runtime code
    function: str
    reads: list[int] = field(default_factory=list)     # operands X, Y, Z read, signed 32-bit
    writes: int | None = None  # the value its B tokens spell (result, stored value, jump target)
    address: int | None = None # memory address of a load or store
    fault: str | None = None   # why the machine stopped here
    tokens: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def text(self, filename: str) -> str:
        where = f"{filename}:{self.line}" if self.line else "<runtime>"
        reads = ",".join(map(str, self.reads))
        wrote = "" if self.writes is None else f" -> {self.writes}"
        at = "" if self.address is None else f" @{self.address}"
        fault = f" FAULT: {self.fault}" if self.fault else ""
        return (f"{self.index:>9} {where:<22} {self.function:<14} {self.instr:<28} "
                f"[{reads}]{at}{wrote}{fault}  {' '.join(self.tokens)}")


def _signed(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


class StepDecoder:
    """Turns trace tokens, fed chunk by chunk, into :class:`Step` records."""

    def __init__(self, program: m.Program):
        self.program = program
        self.starts = [s for s, _ in program.functions] or [m.FIRST_INSTR]
        self.names = [n for _, n in program.functions] or ["?"]
        self.slots: dict[int, int] = {}
        self.pc, self.depth, self.index, self.position = m.FIRST_INSTR, 0, 0, 0
        self.pending: list[int] = []
        self.done = False

    def feed(self, tokens) -> list[Step]:
        self.pending.extend(int(t) for t in tokens)
        out, i, toks = [], 0, self.pending
        while not self.done:
            j = i
            while j < len(toks) and toks[j] < m.P0:
                j += 1
            if j >= len(toks):
                break                                  # the step is not complete yet
            out.append(self._step(toks[i:j], toks[j]))
            self.position += j + 1 - i
            i = j + 1
        del toks[:i]
        return out

    def _operand(self, mode, field_, ins):
        if mode == "slot":
            return self.slots.get(m.FRAME * self.depth + field_, 0)
        return ins.imm if mode == "imm" else 0

    def _step(self, body, commit) -> Step:
        p = self.program
        pc = self.pc
        at = pc - m.FIRST_INSTR
        tokens = [m.token_name(t) for t in body + [commit]]
        function = self.names[max(bisect.bisect_right(self.starts, self.pc) - 1, 0)]
        if commit == m.TOK_FAULT:
            self.done = True
            kind = body[-1] - m.B0 if body else 0
            valid = 0 <= at < len(p.code)
            return Step(self.index, self.position, pc,
                        m.OPS[p.code[at].op].name if valid else "?",
                        format_instr(p.code[at]) if valid else "?",
                        p.lines[at] if valid and at < len(p.lines) else 0, function,
                        fault=m.FAULTS.get(kind, "unknown fault"), tokens=tokens)
        ins = p.code[at]
        op = m.OPS[ins.op]
        x = self._operand(op.x, ins.a, ins)
        y = self._operand(op.y, ins.b, ins)
        reads = [_signed(v) for v, mode in ((x, op.x), (y, op.y)) if mode in ("slot", "imm")]
        if op.z:
            reads.append(_signed(self.slots.get(m.FRAME * self.depth + ins.d, 0)))
        address = x + _signed(y) + _signed(ins.imm) if op.kind in ("load", "store") else None
        value_bytes = body[op.scratch:op.scratch + op.value] if op.value else body[-2:]
        value = sum(b << (8 * k) for k, b in enumerate(value_bytes)) if body else None
        frame = m.FRAME * self.depth
        if op.writes == "slot":
            self.slots[frame + ins.d] = value
        elif op.writes == "link":
            self.slots[frame + m.LINK] = value
        if commit in (m.TOK_N, m.TOK_OUT, m.TOK_ERR):
            self.pc += 1
        elif m.J_FIRST <= commit < m.TOK_OUT:
            self.depth += m.J_DELTAS[commit - m.J_FIRST]
            self.pc = body[-2] + 256 * body[-1]
        else:                                          # HALT
            self.done = True
        step = Step(self.index, self.position, pc, op.name,
                    format_instr(ins), p.lines[at] if at < len(p.lines) else 0, function, reads,
                    _signed(value) if value is not None and op.value == 4 else value, address,
                    tokens=tokens)
        self.index += 1
        return step


def steps(program: m.Program, tokens) -> list[Step]:
    """The :class:`Step` of every complete step in a trace."""
    return StepDecoder(program).feed(tokens)


class Profile:
    """Executed instructions and tokens per C function and per source line."""

    def __init__(self, filename: str):
        self.filename = filename
        self.instructions = {"function": Counter(), "source line": Counter()}
        self.tokens = {"function": Counter(), "source line": Counter()}

    def add(self, step: Step) -> None:
        line = f"{self.filename}:{step.line}" if step.line else "<runtime>"
        for kind, key in (("function", step.function), ("source line", line)):
            self.instructions[kind][key] += 1
            self.tokens[kind][key] += len(step.tokens)

    def render(self, top: int = 10) -> str:
        out = []
        for kind in ("function", "source line"):
            out.append(f"{'top ' + kind + 's':<28} {'instructions':>14} {'tokens':>12}")
            for key, n in self.instructions[kind].most_common(top):
                out.append(f"{key:<28} {n:>14,} {self.tokens[kind][key]:>12,}")
            out.append("")
        return "\n".join(out)

"""Reading a generated trace back as executed instructions.

:func:`steps` walks the tokens step by step and rebuilds, from the tokens
alone, what the model's run did: the PC (the latest jump target, plus 5 per
step), the instruction and its source line, the operands it read (from a
shadow stack filled with the values earlier steps wrote) and the value it
wrote.  Nothing here decides a token; it only explains the ones generated.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import asdict, dataclass, field

from . import machine as m


@dataclass
class Step:
    index: int                 # 0-based number of the executed instruction
    position: int              # trace position (from the end of the prompt) of its first token
    pc: int
    op: str
    imm: int
    line: int                  # source line, 0 for runtime code
    function: str
    reads: list[int] = field(default_factory=list)     # operands, as signed 32-bit values
    writes: int | None = None  # the value its B tokens spell (stored, pushed, jumped to, ...)
    address: int | None = None # memory address of a load or store
    tokens: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def text(self, filename: str) -> str:
        imm = "" if self.op not in ("PUSH", "GET", "SET", "JMP", "JZ", "JNZ", "RET") else \
            f" {self.imm & 255} {self.imm >> 8 & 255}" if self.op == "RET" else f" {_signed(self.imm)}"
        where = f"{filename}:{self.line}" if self.line else "<runtime>"
        reads = ",".join(map(str, self.reads))
        wrote = "" if self.writes is None else f" -> {_signed(self.writes) if len(self.tokens) > 4 else self.writes}"
        at = "" if self.address is None else f" @{self.address}"
        return (f"{self.index:>9} {where:<22} {self.function:<14} {self.op + imm:<14} "
                f"[{reads}]{at}{wrote}  {' '.join(self.tokens)}")


def _signed(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


_WRITES_SLOT = {"PUSH": 0, "GET": 0, "ADD": -2, "SUB": -2, "MUL": -2, "DIVU": -2, "REMU": -2,
                "AND": -2, "OR": -2, "XOR": -2, "DIVS": -2, "REMS": -2, "SHL": -2, "SHRU": -2,
                "SHRS": -2, "LOAD8U": -1, "LOAD8S": -1,
                "LOAD16U": -1, "LOAD16S": -1, "LOAD32": -1}
for _c in ("EQ", "NE", "LTS", "LTU", "LES", "LEU", "GTS", "GTU", "GES", "GEU"):
    _WRITES_SLOT[_c] = -2


class StepDecoder:
    """Turns trace tokens, fed chunk by chunk, into :class:`Step` records."""

    def __init__(self, program: m.Program):
        self.program = program
        self.starts = [s for s, _ in program.functions] or [0]
        self.names = [n for _, n in program.functions] or ["?"]
        self.slots: dict[int, int] = {}
        self.sp = self.pc = self.index = self.position = 0
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

    def _step(self, body, commit) -> Step:
        p = self.program
        op_id, imm = p.code[self.pc // m.INSTR_WIDTH]
        op = m.OPS[op_id]
        scratch = {"DIVU": 4, "REMU": 4, "SHL": 4, "DIVS": 8, "REMS": 8, "SHRU": 8,
                   "SHRS": 8}.get(op, 0)
        written = body[scratch:] if len(body) == scratch + 4 else body   # after the scratch bytes
        value = sum(b << (8 * k) for k, b in enumerate(written)) if body else None
        slots, sp = self.slots, self.sp
        a, b = slots.get(sp - 2, 0), slots.get(sp - 1, 0)
        if op in ("GET", "RET"):
            reads = [slots.get(sp - (imm & 255), 0)]
        elif op in ("SET", "DROP", "JZ", "JNZ", "OUT", "ERR", "HALT") or op.startswith("LOAD"):
            reads = [b]
        elif op in ("PUSH", "JMP"):
            reads = []
        else:
            reads = [a, b]
        address = b if op.startswith("LOAD") else (a if op.startswith("STORE") else None)
        at = self.pc // m.INSTR_WIDTH
        step = Step(self.index, self.position, self.pc, op, imm,
                    p.lines[at] if at < len(p.lines) else 0,
                    self.names[bisect.bisect_right(self.starts, at) - 1],
                    [_signed(r) for r in reads], value, address,
                    [m.token_name(t) for t in body + [commit]])
        if op in _WRITES_SLOT and m.N0 <= commit < m.J0:
            slots[sp + _WRITES_SLOT[op]] = value
        elif op == "SET":
            slots[sp - 1 - (imm & 255)] = value
        if m.N0 <= commit < m.J0:
            self.sp += m.N_DELTAS[commit - m.N0]
            self.pc += m.INSTR_WIDTH
        elif m.J0 <= commit < m.TOK_OUT:
            self.sp += commit - m.J0 + m.J_MIN
            self.pc = value
        elif commit in (m.TOK_OUT, m.TOK_ERR):
            self.sp -= 1
            self.pc += m.INSTR_WIDTH
        else:                                          # HALT
            self.done = True
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

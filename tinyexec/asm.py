"""VM code as text: the listing of one instruction, and a small assembler
for hand-written test programs.  Both read the operand syntax of
``machine.OPS``, so they cannot disagree with the machine.

Syntax: ``r<k>`` is slot field ``k``; ``[r1 + r2 + 16]``, ``[r1 + 16]`` and
``[16]`` are the three addressing forms; an immediate or target may be a
number or a label; ``label:`` names the next instruction, ``; ...`` is a
comment.  A CALL's return index (the high half of its immediate) is the next
instruction; a CALL (or CALLR) writes its link to the callee's slot 0.
"""
from __future__ import annotations

import re

from . import machine as m

_FIELD = {"d": "d", "a": "a", "b": "b"}


def _pattern(syntax: str) -> re.Pattern:
    """A regular expression for an operand list; groups are named after the fields."""
    out = re.escape(syntax)
    out = out.replace(r"\[", r"\[\s*").replace(r"\]", r"\s*\]").replace(r"\ \+\ ", r"\s*\+\s*")
    out = out.replace(r",\ ", r"\s*,\s*")
    for name in ("d", "a", "b"):
        out = re.sub(rf"\b{name}\b", rf"r(?P<{name}>\\d+)", out)
    out = re.sub(r"\bimm\b", r"(?P<imm>-?[\\w.]+)", out)
    out = re.sub(r"\btarget\b", r"(?P<target>[\\w.]+)", out)
    return re.compile(rf"^{out}$")


_PATTERNS = {op.name: _pattern(op.syntax) for op in m.OPS}


def format_instr(ins: m.Instr) -> str:
    """``ADDI r3, r1, 7``: mnemonic and operands, as the table spells them."""
    op = m.OPS[ins.op]
    imm = ins.imm - (1 << 32) if ins.imm >= 1 << 31 else ins.imm
    target = {"imm": ins.imm & 0xFFFF, "db": ins.d + 256 * ins.b}.get(op.target)

    def operand(match):
        word = match.group(0)
        if word in _FIELD:
            return f"r{getattr(ins, word)}"
        return str(target if word == "target" else imm)

    return f"{op.name:<7} " + re.sub(r"\b(d|a|b|imm|target)\b", operand, op.syntax)


class AsmError(ValueError):
    pass


def assemble(text: str, data: bytes = b"", filename: str = "<asm>") -> m.Program:
    """A Program from assembly text.  The data image follows the code; the
    symbol ``data`` is its address.  The runtime block (argc, argv, ...) is
    placed after ``data``."""
    lines = []
    labels = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        while ":" in line and re.match(r"^[A-Za-z_.][\w.]*\s*:", line):
            name, line = line.split(":", 1)
            labels[name.strip()] = m.FIRST_INSTR + len(lines)
            line = line.strip()
        if line:
            lines.append((number, line))
    code_end = m.position(m.FIRST_INSTR + len(lines))
    data = bytes(data)
    labels["data"] = code_end
    labels["runtime"] = code_end + len(data)

    def value(word, number):
        if word in labels:
            return labels[word]
        try:
            return int(word, 0)
        except ValueError:
            raise AsmError(f"{filename}:{number}: unknown label or bad number '{word}'") from None

    code = []
    for index, (number, line) in enumerate(lines, m.FIRST_INSTR):
        name, _, rest = line.partition(" ")
        if name not in m.OP:
            raise AsmError(f"{filename}:{number}: unknown instruction '{name}'")
        match = _PATTERNS[name].match(rest.strip())
        if match is None:
            raise AsmError(f"{filename}:{number}: {name} takes '{m.OPS[name and m.OP[name]].syntax}'")
        fields = {k: int(v) for k, v in match.groupdict().items() if k in _FIELD and v}
        op = m.OPS[m.OP[name]]
        imm = value(match.group("imm"), number) if "imm" in match.groupdict() else 0
        if "target" in match.groupdict():
            target = value(match.group("target"), number)
            if op.target == "db":
                fields["d"], fields["b"] = target & 255, target >> 8
            else:
                imm = target
        if op.kind == "call":
            imm = (imm & 0xFFFF) | (index + 1) << 16
        code.append(m.encode(name, imm=imm, **fields))
    return m.Program(code=code, data=data + bytes(20), lines=[n for n, _ in lines],
                     filename=filename, args_addr=code_end + len(data))

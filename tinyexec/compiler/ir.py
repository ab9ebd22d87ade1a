"""The intermediate representation: typed three-address code in basic blocks.

Every value is 32 bits wide; its C type decides only which operation is used
(signed or unsigned compare and division, the width and sign of a load).  A
64-bit C value is a pair of them (see :mod:`.wide`): a call and a return may
carry a second, high word.

* :class:`VReg` -- a virtual register (a C scalar, or a temporary).  Several
  assignments may target the same VReg: the IR is not in SSA form.  A VReg
  with ``fixed`` set must live in that machine slot (parameters, call
  arguments and results).
* :class:`Const`, :class:`Sym` -- immediates: a 32-bit constant, or an
  address known only at link time (a global, a string, a function).

Instructions name their operation by the machine's function names
(``machine.ARITH``, ``machine.COMPARES``, ``ld8u``, ``st32``, ...), so that
code generation is a table lookup.  A block ends in one terminator: Jump,
Branch (a compare-and-branch) or Ret.
"""
from __future__ import annotations

from dataclasses import dataclass, field

COMMUTATIVE = {"add", "mul", "and", "or", "xor", "eq", "ne"}
MIRROR = {"eq": "eq", "ne": "ne", "lts": "gts", "gts": "lts", "les": "ges", "ges": "les",
          "ltu": "gtu", "gtu": "ltu", "leu": "geu", "geu": "leu"}          # a < b == b > a
NEGATE = {"eq": "ne", "ne": "eq", "lts": "ges", "ges": "lts", "les": "gts", "gts": "les",
          "ltu": "geu", "geu": "ltu", "leu": "gtu", "gtu": "leu"}         # !(a < b) == a >= b


class VReg:
    __slots__ = ("id", "name", "fixed")

    def __init__(self, id_: int, name: str = "", fixed: int | None = None):
        self.id, self.name, self.fixed = id_, name, fixed

    def __repr__(self):
        if self.fixed is not None:
            return f"r{self.fixed}"
        return f"%{self.name}.{self.id}" if self.name else f"%{self.id}"


@dataclass(frozen=True)
class Const:
    value: int                      # 0 .. 2**32 - 1

    def __post_init__(self):
        object.__setattr__(self, "value", self.value & 0xFFFFFFFF)

    @property
    def signed(self) -> int:
        return self.value - (1 << 32) if self.value >= 1 << 31 else self.value

    def __repr__(self):
        return str(self.signed)


@dataclass(frozen=True)
class Sym:
    """The address of ``kind`` (data, bss, code, extern) ``target`` plus ``addend``."""
    kind: str
    target: object
    addend: int = 0

    def plus(self, k: int) -> "Sym":
        return Sym(self.kind, self.target, self.addend + k)

    def __repr__(self):
        base = self.target if self.kind in ("code", "extern") else f"{self.kind}+{self.target}"
        return f"&{base}" + (f"{self.addend:+d}" if self.addend else "")


def is_imm(v) -> bool:
    return isinstance(v, (Const, Sym))


def add_imm(a, b):
    """The immediate ``a + b``, or None if it is not one (two symbols)."""
    if isinstance(a, Const) and isinstance(b, Const):
        return Const(a.value + b.value)
    if isinstance(a, Sym) and isinstance(b, Const):
        return a.plus(b.signed)
    if isinstance(a, Const) and isinstance(b, Sym):
        return b.plus(a.signed)
    return None


class Instr:
    """Base of the instructions: ``dst`` (or None) and the operand fields."""
    operands: tuple = ()           # names of the fields that hold used Values
    line = 0

    @property
    def dst(self):
        return getattr(self, "_dst", None)

    def uses(self):
        out = []
        for name in self.operands:
            v = getattr(self, name)
            if isinstance(v, list):
                out += [x for x in v if isinstance(x, VReg)]
            elif isinstance(v, VReg):
                out.append(v)
        return out

    def defs(self):
        return [self.dst] if isinstance(self.dst, VReg) else []

    def map_uses(self, f):
        """Replace every used Value v by f(v)."""
        for name in self.operands:
            v = getattr(self, name)
            if isinstance(v, list):
                setattr(self, name, [f(x) for x in v])
            elif v is not None:
                setattr(self, name, f(v))

    @property
    def pure(self) -> bool:
        """No effect but its result (removable when the result is dead)."""
        return False


class Bin(Instr):
    operands = ("a", "b")

    def __init__(self, op, dst, a, b):
        self.op, self._dst, self.a, self.b = op, dst, a, b

    pure = True

    def __repr__(self):
        return f"{self.dst} = {self.op} {self.a}, {self.b}"


class Copy(Instr):
    operands = ("src",)

    def __init__(self, dst, src):
        self._dst, self.src = dst, src

    pure = True

    def __repr__(self):
        return f"{self.dst} = {self.src}"


class Ext(Instr):
    operands = ("src",)

    def __init__(self, op, dst, src):
        self.op, self._dst, self.src = op, dst, src

    pure = True

    def __repr__(self):
        return f"{self.dst} = {self.op} {self.src}"


def _address(base, index, offset) -> str:
    parts = [str(x) for x in (base, index) if x is not None]
    if not parts or offset != Const(0):
        parts.append(str(offset))
    return "[" + " + ".join(parts) + "]"


class Load(Instr):
    operands = ("base", "index")

    def __init__(self, op, dst, base, index, offset):
        self.op, self._dst, self.base, self.index, self.offset = op, dst, base, index, offset

    pure = True

    def __repr__(self):
        return f"{self.dst} = {self.op} {_address(self.base, self.index, self.offset)}"


class Store(Instr):
    operands = ("base", "index", "value")

    def __init__(self, op, base, index, offset, value):
        self.op, self.base, self.index, self.offset, self.value = op, base, index, offset, value

    def __repr__(self):
        return f"{self.op} {_address(self.base, self.index, self.offset)}, {self.value}"


class Call(Instr):
    operands = ("callee", "args")

    def __init__(self, dst, callee, args, dst_hi=None):
        self._dst, self.callee, self.args, self.dst_hi = dst, callee, list(args), dst_hi

    def defs(self):
        return [d for d in (self.dst, self.dst_hi) if isinstance(d, VReg)]

    def map_uses(self, f):
        if not isinstance(self.callee, str):
            self.callee = f(self.callee)
        self.args = [f(x) for x in self.args]

    def uses(self):
        out = [x for x in self.args if isinstance(x, VReg)]
        return out + ([self.callee] if isinstance(self.callee, VReg) else [])

    def __repr__(self):
        head = f"{self.dst} = " if self.dst is not None else ""
        if self.dst_hi is not None:
            head = f"{self.dst}:{self.dst_hi} = "
        return f"{head}call {self.callee}({', '.join(map(str, self.args))})"


class Out(Instr):
    operands = ("value",)

    def __init__(self, op, value):
        self.op, self.value = op, value

    def __repr__(self):
        return f"{self.op} {self.value}"


class Halt(Instr):
    operands = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"halt {self.value}"


class Jump(Instr):
    def __init__(self, target):
        self.target = target

    def __repr__(self):
        return f"jump {self.target.name}"


class Branch(Instr):
    operands = ("a", "b")

    def __init__(self, op, a, b, then, else_):
        self.op, self.a, self.b, self.then, self.else_ = op, a, b, then, else_

    def __repr__(self):
        return f"if {self.op} {self.a}, {self.b} then {self.then.name} else {self.else_.name}"


class Ret(Instr):
    operands = ("value", "value_hi")

    def __init__(self, value=None, value_hi=None):
        self.value, self.value_hi = value, value_hi

    def __repr__(self):
        hi = f":{self.value_hi}" if self.value_hi is not None else ""
        return "ret" + (f" {self.value}{hi}" if self.value is not None else "")


TERMINATORS = (Jump, Branch, Ret)


@dataclass(eq=False)
class Block:
    name: str
    instrs: list = field(default_factory=list)
    term: Instr | None = None

    def successors(self) -> list["Block"]:
        if isinstance(self.term, Jump):
            return [self.term.target]
        if isinstance(self.term, Branch):
            return [self.term.then, self.term.else_]
        return []

    def __repr__(self):
        return f"Block({self.name})"


@dataclass(eq=False)
class Function:
    name: str
    params: list                     # VRegs, in order (the hidden struct-return pointer first)
    blocks: list = field(default_factory=list)   # blocks[0] is the entry
    returns_value: bool = False
    line: int = 0
    n_vregs: int = 0
    calls: set = field(default_factory=set)      # names of the functions it calls directly
    address_taken: bool = False      # its address is used: keep it even when fully inlined
    variadic: bool = False

    def new_vreg(self, name: str = "", fixed: int | None = None) -> VReg:
        self.n_vregs += 1
        return VReg(self.n_vregs, name, fixed)

    def new_block(self, name: str) -> Block:
        block = Block(f"{name}{len(self.blocks)}")
        self.blocks.append(block)
        return block

    def instructions(self):
        for block in self.blocks:
            yield from block.instrs
            if block.term is not None:
                yield block.term

    def size(self) -> int:
        return sum(len(b.instrs) + 1 for b in self.blocks)

    def text(self) -> str:
        lines = [f"function {self.name}({', '.join(map(str, self.params))}):"]
        for block in self.blocks:
            lines.append(f"  {block.name}:")
            lines += [f"    {ins}" for ins in block.instrs]
            lines.append(f"    {block.term}")
        return "\n".join(lines)


def predecessors(fn: Function) -> dict:
    preds = {b: [] for b in fn.blocks}
    for b in fn.blocks:
        for s in b.successors():
            preds[s].append(b)
    return preds

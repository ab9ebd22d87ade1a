"""The tinyexec virtual machine: one instruction table, the vocabulary, the
prompt and the trace.

A 32-bit register machine whose every state change is written into a token
trace, so that a transformer can execute it by reading that trace back.

State
-----
* ``r[k]``  -- frame slots (32-bit registers).  Slot ``k`` of the current
  frame is the machine-wide slot ``128 * depth + k``: a frame owns slots 0..127
  (0 holds the return link, 1.. the arguments, then locals), and slots
  128..255 of an instruction reach into the frame of the next call (128 its
  link, 129.. its arguments, 129 its result after it returns).  A call only
  increments ``depth``, so a caller's slots survive every call untouched.
* ``mem[]`` -- byte-addressed little-endian memory of ``MEM_SIZE`` bytes.  The
  prompt *is* the initial memory image: the byte carried by a ``P`` token at
  prompt position ``a`` is ``mem[a]``; everything else starts at zero.
  Addresses below ``NULL_PAGE`` are not accessible (a NULL dereference faults).
* ``PC``    -- the index of the current instruction (``Program.code[PC - 1]``;
  index 0 is never an instruction); ``depth`` -- calls open.

Instructions
------------
Every instruction is 8 prompt tokens: the opcode, three slot fields ``D A B``
and a 32-bit immediate ``I``.  It reads up to three operands:

* ``X`` = ``r[A]`` (or 0 where the table says ``zero``);
* ``Y`` = ``r[B]``, the immediate ``I``, or 0;
* ``Z`` = ``r[D]`` (the value a store writes).

``OPS`` below is the one table every layer reads: the compiler and the
listing (mnemonic and operands), the reference interpreter (what each
instruction does), the interpreter graph (which bytes a step writes, its
commit, its operands) and the trace decoder.

Why this machine: 56 % of the instructions of the stack machine it replaced
only moved data (PUSH, GET, SET).  Taking operands from frame slots and
immediates, with ``base + index + offset`` addressing, sign extension and
compare-and-branch, the six demo programs (collatz, fibonacci, hungarian,
sudoku, crc32, factorial) execute 566 K instructions instead of 1.98 M (3.0x
fewer on crc32 to 3.6x on factorial), at 4.10 tokens per step instead of
4.77: 2.32 M generated tokens instead of 9.47 M (0.245x).  Percepta's own
sudoku.c on Inkala's puzzle executes 463 K instructions here, 1.99 M on the
stack machine and 1.40 M as clang -O2 -> WebAssembly.  Slots are addressed by call depth
rather than by a frame pointer so that a call is one step whose state change
is a single ``+1``.  Operands are read by attention lookups keyed by slot
(the transformer keeps one sorted key array for all three), so three operands
cost no more depth than one.  Native ``MUL``/``DIV``/bitwise/shifts keep the
step layouts of the stack machine.

Trace
-----
Each executed instruction appends a *step*: the bytes it writes, as ``B``
tokens, then one *commit* token:

* ``N``   -- the next instruction follows;
* ``J<d>`` -- jump to the 16-bit instruction index spelled by the two ``B``
  tokens before it (low byte first) and change ``depth`` by ``d`` (+1 call,
  -1 return, 0 jump);
* ``OUT``/``ERR`` -- the byte before it goes to stdout/stderr; ``HALT`` -- the
  four bytes before it are the exit code;
* ``FAULT`` -- the byte before it says why the machine stopped (``FAULTS``).

The machine state is a pure function of the trace: ``depth`` is the running
sum of the jumps' ``d``, ``PC`` the latest jump target plus one per ``N``,
``OUT`` or ``ERR`` since, a slot holds the bytes most recently written to it,
a memory byte likewise (or its prompt byte, or zero).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MEM_SIZE = 1 << 22          # bytes of memory; also the initial C stack pointer
NULL_PAGE = 8               # addresses 0..7 fault: they hold the zero word of the prompt
INSTR_WIDTH = 8             # prompt tokens per instruction: OP D A B I0 I1 I2 I3
FIRST_INSTR = 1             # index of the first instruction; index 0 is the prompt's zero
                            # block (BOS and 7 zero bytes), so jumping or calling 0 faults
CODE_START = INSTR_WIDTH * FIRST_INSTR   # its prompt position
ZERO_WORD = CODE_START - 1  # the prompt position ending four zero bytes (an operand 0)
MAX_CODE = (1 << 16) - FIRST_INSTR       # instructions: a jump target is 16 bits
FRAME = 128                 # slots per frame; fields 128..255 reach the next frame
LINK, RESULT = 128, 129     # the callee's link and result slots, as the caller names them
MAX_DEPTH = 1 << 14         # calls open at once
SLOT_BASE = 1 << 22         # slot keys sit above every prompt position (see the interpreter)
MIN_PROMPT = 2048           # the model's MUL/DIV read numbers up to 2047 off the position line
MAX_STEP_TOKENS = 13        # the longest step: DIVS/REMS/SHRU/SHRS, 12 B and the commit

# why a FAULT step stops the machine; checked in this order
FAULT_MEMORY, FAULT_PC, FAULT_DEPTH, FAULT_DIV_ZERO, FAULT_UNINIT = 1, 2, 3, 4, 5
FAULTS = {FAULT_PC: "jump to a position that holds no instruction",
          FAULT_UNINIT: "read of a slot that was never written",
          FAULT_DEPTH: f"call depth outside 0..{MAX_DEPTH - 1}",
          FAULT_DIV_ZERO: "division by zero",
          FAULT_MEMORY: f"memory access outside {NULL_PAGE}..{MEM_SIZE - 1}"}


# ---- the instruction table ---------------------------------------------------------
@dataclass(frozen=True)
class Op:
    """One instruction.

    ``func`` is what it computes (shared by the forms of one operation, e.g. ADD
    and ADDI); ``x``/``y`` say where X and Y come from (``slot``: r[A] / r[B],
    ``imm``: the immediate, ``zero``, None: not read); ``z``: it reads r[D].
    A step writes ``scratch`` bytes, then ``value`` bytes of its result, then
    (a jump) two target bytes, then the commit.  ``target``: where a jump's
    target comes from (``imm``: I & 0xFFFF, ``db``: D + 256 B, ``x``: X & 0xFFFF,
    ``link``: X >> 16).  ``writes``: ``slot`` (r[D]), ``link`` (r[LINK], the
    callee's slot 0), ``mem``, or None.
    """
    name: str
    kind: str                 # alu set mov ext load store branch jump call ret out halt
    func: str
    x: str | None = None
    y: str | None = None
    z: bool = False
    writes: str | None = None
    scratch: int = 0
    value: int = 0
    target: str | None = None
    commit: str = "N"         # N J0 J+1 J-1 OUT ERR HALT, or "branch": J0 if taken, else N
    size: int = 4             # loads and stores: bytes of memory
    signed: bool = False      # loads: sign-extend; ALU: the signed form
    guard: str | None = None  # the group whose flag guards its neurons in the model
    syntax: str = ""          # operands in the listing

    @property
    def target_bytes(self) -> int:
        return 2 if self.target else 0

    @property
    def step_bytes(self) -> int:
        """B tokens of the step (a branch: when taken)."""
        return self.scratch + self.value + self.target_bytes


ARITH = ("add", "sub", "mul", "and", "or", "xor", "shl", "shru", "shrs",
         "divu", "remu", "divs", "rems")
COMPARES = ("eq", "ne", "lts", "ltu", "les", "leu", "gts", "gtu", "ges", "geu")
# scratch bytes written before the result: 2**n for shifts, |a| and the quotient for divisions
_SCRATCH = {"shl": 4, "divu": 4, "remu": 4, "shru": 8, "shrs": 8, "divs": 8, "rems": 8}
_GUARD = {"add": "addsub", "sub": "addsub"}


def _table() -> tuple:
    ops = []
    for f in ARITH:
        for imm in (False, True):
            ops.append(Op(f.upper() + "I" * imm, "alu", f, "slot", "imm" if imm else "slot",
                          writes="slot", scratch=_SCRATCH.get(f, 0), value=4,
                          signed=f in ("divs", "rems", "shrs"), guard=_GUARD.get(f, "arith"),
                          syntax="d, a, imm" if imm else "d, a, b"))
    for f in COMPARES:
        for imm in (False, True):
            ops.append(Op(f.upper() + "I" * imm, "set", f, "slot", "imm" if imm else "slot",
                          writes="slot", value=4, guard="cmp",
                          syntax="d, a, imm" if imm else "d, a, b"))
    ops.append(Op("MOV", "mov", "mov", y="slot", writes="slot", value=4, syntax="d, b"))
    ops.append(Op("MOVI", "mov", "mov", y="imm", writes="slot", value=4, syntax="d, imm"))
    for f in ("sext8", "sext16"):
        ops.append(Op(f.upper(), "ext", f, "slot", writes="slot", value=4, syntax="d, a"))
    # addressing: [a + imm], [a + b + imm] (X: indexed), [imm] (A: absolute).  The
    # parts are added as signed 32-bit numbers, without wrapping: any split of a C
    # address into base, index and offset gives it (a pointer is below MEM_SIZE),
    # and a sum outside NULL_PAGE..MEM_SIZE faults
    modes = (("", "slot", "zero", "[a + imm]"), ("X", "slot", "slot", "[a + b + imm]"),
             ("A", "zero", "zero", "[imm]"))
    for size, signs in ((1, (False, True)), (2, (False, True)), (4, (False,))):
        for signed in signs:
            f = f"ld{8 * size}" + ("" if size == 4 else "s" if signed else "u")
            for suffix, x, y, syntax in modes:
                ops.append(Op(f.upper() + suffix, "load", f, x, y, writes="slot", value=4,
                              size=size, signed=signed, guard="load", syntax="d, " + syntax))
    for size in (1, 2, 4):
        for suffix, x, y, syntax in modes:
            ops.append(Op(f"ST{8 * size}" + suffix, "store", f"st{8 * size}", x, y, z=True,
                          writes="mem", value=size, size=size, syntax=syntax + ", d"))
    for f in COMPARES:
        ops.append(Op("J" + f.upper(), "branch", f, "slot", "slot", target="imm",
                      commit="branch", guard="cmp", syntax="a, b, target"))
        ops.append(Op("J" + f.upper() + "I", "branch", f, "slot", "imm", target="db",
                      commit="branch", guard="cmp", syntax="a, imm, target"))
    ops += [Op("JMP", "jump", "jmp", target="imm", commit="J0", syntax="target"),
            # the link I = target | return << 16 goes to the callee's slot 0 (the
            # listing shows the target; the return is the next instruction)
            Op("CALL", "call", "call", y="imm", writes="link", value=4, target="imm",
               commit="J+1", syntax="target"),
            # its target is read after the link is written (a = 128 reads the link)
            Op("CALLR", "call", "call", "slot", "imm", writes="link", value=4, target="x",
               commit="J+1", syntax="a"),
            Op("RET", "ret", "ret", "slot", target="link", commit="J-1", syntax="a"),
            Op("OUT", "out", "out", y="slot", value=1, commit="OUT", syntax="b"),
            Op("OUTI", "out", "out", y="imm", value=1, commit="OUT", syntax="imm"),
            Op("ERR", "out", "err", y="slot", value=1, commit="ERR", syntax="b"),
            Op("ERRI", "out", "err", y="imm", value=1, commit="ERR", syntax="imm"),
            Op("HALT", "halt", "halt", y="slot", value=4, commit="HALT", syntax="b"),
            Op("HALTI", "halt", "halt", y="imm", value=4, commit="HALT", syntax="imm")]
    return tuple(ops)


OPS: tuple[Op, ...] = _table()
OP = {op.name: i for i, op in enumerate(OPS)}          # name -> opcode
NUM_OPS = len(OPS)
# (kind, func, x, y) -> name: how the compiler finds the instruction of an operation
BY_FORM: dict[tuple, str] = {(op.kind, op.func, op.x, op.y): op.name for op in OPS}

# ---- vocabulary -------------------------------------------------------------------
B0 = 0                      # B tokens: bytes written by a step
P0 = 256                    # P tokens: prompt bytes (fields, immediates, memory image)
OP0 = 512                   # opcode tokens
TOK_N = OP0 + NUM_OPS       # commit: the next instruction
J_DELTAS = (-1, 0, 1)
J_FIRST = TOK_N + 1         # J<d> commit tokens, d in J_DELTAS
TOK_OUT = J_FIRST + len(J_DELTAS)
TOK_ERR = TOK_OUT + 1
TOK_HALT = TOK_ERR + 1
TOK_FAULT = TOK_HALT + 1
TOK_GO = TOK_FAULT + 1
TOK_BOS = TOK_GO + 1
NIBBLE0 = TOK_BOS + 1       # NIBBLE<i>: a table in every prompt (see the interpreter)
VOCAB_SIZE = NIBBLE0 + 256
COMMITS = {"N": TOK_N, "J-1": J_FIRST, "J0": J_FIRST + 1, "J+1": J_FIRST + 2, "OUT": TOK_OUT,
           "ERR": TOK_ERR, "HALT": TOK_HALT, "FAULT": TOK_FAULT}


def tok_j(delta: int) -> int:
    return J_FIRST + J_DELTAS.index(delta)


def is_commit(t: int) -> bool:
    return TOK_N <= t <= TOK_FAULT


def token_name(t: int) -> str:
    t = int(t)
    if t < P0:
        return f"B{t}"
    if t < OP0:
        return f"P{t - P0}"
    if t < OP0 + NUM_OPS:
        return OPS[t - OP0].name
    if J_FIRST <= t < TOK_OUT:
        return f"J{J_DELTAS[t - J_FIRST]:+d}".replace("+0", "0")
    if NIBBLE0 <= t < NIBBLE0 + 256:
        return f"NIBBLE{t - NIBBLE0}"
    return {TOK_N: "N", TOK_OUT: "OUT", TOK_HALT: "HALT", TOK_GO: "GO", TOK_ERR: "ERR",
            TOK_FAULT: "FAULT", TOK_BOS: "BOS"}.get(t, f"?{t}")


def vocabulary() -> list[str]:
    return [token_name(t) for t in range(VOCAB_SIZE)]


# ---- programs and prompts ---------------------------------------------------------
@dataclass(frozen=True)
class Instr:
    op: int                   # index into OPS
    d: int = 0
    a: int = 0
    b: int = 0
    imm: int = 0              # 32 bits, stored unsigned


def encode(name: str, d: int = 0, a: int = 0, b: int = 0, imm: int = 0) -> Instr:
    """An instruction by mnemonic (``imm`` may be negative)."""
    for field_, v in (("d", d), ("a", a), ("b", b)):
        if not 0 <= v < 256:
            raise ValueError(f"{name}: slot field {field_}={v} is outside 0..255")
    return Instr(OP[name], d, a, b, imm & 0xFFFFFFFF)


@dataclass
class Program:
    """A linked VM program: code, initial data and debugging information."""
    code: list[Instr]
    data: bytes = b""                         # image placed right after the code
    lines: list[int] = field(default_factory=list)   # source line per instruction
    filename: str = "<input>"
    args_addr: int = 0    # where the loader writes argc/argv/stdin (see ``runtime_image``)
    functions: list[tuple[int, str]] = field(default_factory=list)  # (first instruction, name)

    @property
    def code_end(self) -> int:
        """The prompt position (and memory address) right after the code."""
        return CODE_START + INSTR_WIDTH * len(self.code)


def position(index: int) -> int:
    """Prompt position of the instruction with index ``index`` (``code[index - FIRST_INSTR]``)."""
    return INSTR_WIDTH * index


def encode_code(code) -> list[int]:
    toks = [TOK_BOS] + [P0] * (CODE_START - 1)
    for ins in code:
        toks += [OP0 + ins.op, P0 + ins.d, P0 + ins.a, P0 + ins.b]
        toks += [P0 + ((ins.imm >> (8 * i)) & 255) for i in range(4)]
    return toks


def runtime_image(program: Program, argv: list[bytes], stdin: bytes) -> bytes:
    """The data image with the runtime block filled in.

    The compiler reserves at ``program.args_addr`` five 32-bit words:
    ``argc, argv, stdin_ptr, stdin_len, heap_start``; the argv strings, the argv
    pointer array and the stdin bytes are appended to the image.
    """
    image = bytearray(program.data)
    base = program.code_end
    end = base + len(image)

    def put(blob: bytes) -> int:
        nonlocal end
        addr = end
        image.extend(blob)
        end += len(blob)
        return addr

    ptrs = [put(a + b"\0") for a in argv]
    while end % 4:
        put(b"\0")
    argv_addr = put(b"".join(p.to_bytes(4, "little") for p in ptrs + [0]))
    stdin_addr = put(stdin)
    heap = (end + 15) & ~15
    words = (len(argv), argv_addr, stdin_addr, len(stdin), heap)
    off = program.args_addr - base
    for i, w in enumerate(words):
        image[off + 4 * i: off + 4 * i + 4] = w.to_bytes(4, "little")
    return bytes(image)


MAX_PROMPT = MEM_SIZE // 2    # program, data and input; the rest is heap and C stack


def prompt(program: Program, argv: list[bytes] | None = None,
           stdin: bytes = b"") -> np.ndarray:
    """Token ids of the prompt for running ``program`` with ``argv``/``stdin``."""
    argv = argv if argv is not None else [program.filename.encode()]
    size = program.code_end + len(program.data) + sum(len(a) + 5 for a in argv) + len(stdin)
    if size + 256 >= MAX_PROMPT:
        raise ValueError(f"program, arguments and input are too large for the machine: "
                         f"{size:,} bytes, the limit is {MAX_PROMPT - 257:,}")
    if len(program.code) > MAX_CODE:
        raise ValueError(f"the program is too large for the machine: {len(program.code):,} "
                         f"instructions, the limit is {MAX_CODE:,}")
    image = runtime_image(program, argv, stdin)
    toks = encode_code(program.code) + [P0 + b for b in image]
    toks += [P0] * (MIN_PROMPT - 257 - len(toks))               # zero memory, as unwritten
    toks += list(range(NIBBLE0, NIBBLE0 + 256)) + [TOK_GO]
    return np.asarray(toks, dtype=np.int32)


# ---- reading a trace ----------------------------------------------------------------
def output_bytes(trace, stream: int = TOK_OUT) -> bytes:
    """The bytes a trace wrote to stdout (each ``B`` right before an ``OUT``),
    or to stderr with ``stream=TOK_ERR``."""
    t = np.asarray(trace)
    idx = np.nonzero(t[1:] == stream)[0]
    return bytes((t[idx] - B0).astype(np.uint8).tolist())


def exit_code(trace) -> int | None:
    """The HALT value of a finished trace (as a signed 32-bit int), else None."""
    t = np.asarray(trace)
    if len(t) < 5 or t[-1] != TOK_HALT:
        return None
    v = sum(int(t[-5 + i]) << (8 * i) for i in range(4))
    return v - (1 << 32) if v >= 1 << 31 else v


def fault(trace) -> int | None:
    """The fault kind of a trace that ended in FAULT, else None."""
    t = np.asarray(trace)
    if len(t) < 2 or t[-1] != TOK_FAULT:
        return None
    return int(t[-2]) - B0

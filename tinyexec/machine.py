"""The tinyexec virtual machine: instruction set, vocabulary, prompt and trace.

A 32-bit stack machine whose every state change is written into a token trace,
so that a transformer can execute it by reading that trace back.

State
-----
* ``slot[]``  -- the operand stack: 32-bit slots; ``SP`` slots are in use and
  ``slot[SP-1]`` is the top.  C scalars that never have their address taken
  live here too (addressed relative to ``SP``: the compiler knows the depth).
* ``mem[]``   -- byte-addressed little-endian memory of ``MEM_SIZE`` bytes.
  The prompt *is* the initial memory image: the byte carried by a ``P`` token
  at prompt position ``a`` is ``mem[a]``.  Everything else starts at zero.
* ``PC``      -- the prompt position of the current instruction's opcode token.

Prompt
------
``[code][data][nibble table][GO]``.  Instruction ``i`` occupies positions
``5i .. 5i+4``: one opcode token and four ``P`` tokens holding its 32-bit
little-endian immediate.  The data image (globals, string literals, argv,
stdin, zero padding up to ``MIN_PROMPT``) follows as ``P`` tokens; their
addresses equal their positions.  The 256 ``NIBBLE`` tokens are a lookup
table (AND of two nibbles, ``2**(i & 31)``, ``[i >= j]``) for AND/OR/XOR, the
shifts and the step phase; they are not memory.  ``GO`` ends the prompt and starts
execution at position 0.

Instructions (``a`` = ``slot[SP-2]``, ``b`` = ``slot[SP-1]``, ``imm`` = immediate)
----------------------------------------------------------------------------
=============  ======================================  =======================
PUSH imm       push imm                                4 B, N+1
GET k          push slot[SP-k]            (k = imm&255) 4 B, N+1
SET k          slot[SP-1-k] = b; pop                   4 B, N-1
DROP           pop                                     N-1
ADD SUB MUL    a+b, a-b, a*b (mod 2**32) replace a, b  4 B, N-1
AND OR XOR     bitwise a&b, a|b, a^b replace a, b       4 B, N-1
DIVU REMU      a/b, a%b (unsigned) replace a, b        4 B quotient (high byte
               first), then 4 B result, N-1; if b == 0:
               jump to DIV_ZERO_TRAP, pop 2            3 B, J-2
DIVS REMS      a/b, a%b (signed, truncating)           4 B |a|, 4 B |a|/|b| (high
               the same trap when b == 0               byte first), 4 B result, N-1
SHL            a << (b & 31)                           4 B 2**(b&31) (high byte
                                                       first), 4 B result, N-1
SHRU SHRS      a >> (b & 31), unsigned / arithmetic    4 B 2**(b&31), 4 B quotient
               (SHRS: ~(~a >> n) for negative a)       (high first), 4 B result, N-1
EQ NE LT* ...  comparison (signed S / unsigned U) -> 0/1  4 B, N-1
LOAD8U ...     b = zero/sign-extended mem[b ..]        4 B, N0
STOREn         mem[a .. a+n-1] = low n bytes of b      n B, N-2
JMP t          PC = t                                  3 B (t), J0
JZ/JNZ t       pop b; jump to t if b == 0 / b != 0     3 B (t), J-1  | N-1
RET            PC = low 24 bits of slot[SP-k]; pop m   3 B, J-m
               (k = imm byte 0, m = imm byte 1)
OUT            write byte b&255 to stdout; pop         1 B, OUT
ERR            write byte b&255 to stderr; pop         1 B, ERR
HALT           stop; exit code b                       4 B, HALT
=============  ======================================  =======================

Trace
-----
Each executed instruction appends a *step*: first the bytes it writes, as
``B`` tokens (the value pushed or stored, a jump target, an output byte, the
exit code), then one *commit* token.  ``N<d>`` means "PC advances to the next
instruction, SP changes by d"; ``J<d>`` means "PC becomes the 24-bit target
spelled by the three B tokens before it, SP changes by d".  ``OUT`` and
``HALT`` are commits too.  The machine state is a pure function of the trace:
SP is the running sum of the commits' d, PC is the latest jump target plus 5
per ``N``/``OUT`` commit since, a slot holds the bytes most recently written
to it, a memory byte likewise (or its prompt byte, or zero).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MEM_SIZE = 1 << 22          # bytes of memory; also the initial C stack pointer
MAX_SLOTS = 1 << 16         # operand stack depth
INSTR_WIDTH = 5             # prompt tokens per instruction
MAX_STEP_TOKENS = 13        # the longest step: DIVS/REMS/SHRU/SHRS, 12 B and the commit
MIN_PROMPT = 2048           # the model's MUL/DIV read numbers up to 2043 off the position line
DIV_ZERO_TRAP = 5           # instruction 1: where a division by zero jumps (the compiler's handler)
MAX_POP = 255               # largest pop count of a RET

OPS = (
    "PUSH", "GET", "SET", "DROP", "ADD", "SUB",
    "EQ", "NE", "LTS", "LTU", "LES", "LEU", "GTS", "GTU", "GES", "GEU",
    "LOAD8U", "LOAD8S", "LOAD16U", "LOAD16S", "LOAD32",
    "STORE8", "STORE16", "STORE32",
    "JMP", "JZ", "JNZ", "RET", "OUT", "HALT", "ERR", "MUL", "DIVU", "REMU",
    "AND", "OR", "XOR", "DIVS", "REMS", "SHL", "SHRU", "SHRS",
)
OP = {name: i for i, name in enumerate(OPS)}
NUM_OPS = len(OPS)

# ---- vocabulary -------------------------------------------------------------
B0 = 0                      # B tokens: bytes written by a step
P0 = 256                    # P tokens: prompt bytes (immediates, memory image)
OP0 = 512                   # opcode tokens
N_DELTAS = (-2, -1, 0, 1)
N0 = OP0 + 48               # N<d> commit tokens (room for more opcodes)
J_MIN, J_MAX = -MAX_POP, 1
J0 = N0 + len(N_DELTAS)     # J<d> commit tokens
TOK_OUT = J0 + (J_MAX - J_MIN + 1)
TOK_HALT = TOK_OUT + 1
TOK_GO = TOK_HALT + 1
TOK_ERR = TOK_GO + 1
NIBBLE0 = TOK_ERR + 1       # NIBBLE<i>: a table in every prompt (see the interpreter)
VOCAB_SIZE = NIBBLE0 + 256


def tok_n(delta: int) -> int:
    return N0 + N_DELTAS.index(delta)


def tok_j(delta: int) -> int:
    return J0 + delta - J_MIN


def token_name(t: int) -> str:
    t = int(t)
    if t < P0:
        return f"B{t}"
    if t < OP0:
        return f"P{t - P0}"
    if t < OP0 + NUM_OPS:
        return OPS[t - OP0]
    if N0 <= t < J0:
        return f"N{N_DELTAS[t - N0]:+d}"
    if J0 <= t < TOK_OUT:
        return f"J{t - J0 + J_MIN:+d}"
    if NIBBLE0 <= t < NIBBLE0 + 256:
        return f"NIBBLE{t - NIBBLE0}"
    return {TOK_OUT: "OUT", TOK_HALT: "HALT", TOK_GO: "GO", TOK_ERR: "ERR"}.get(t, f"?{t}")


def vocabulary() -> list[str]:
    return [token_name(t) for t in range(VOCAB_SIZE)]


# ---- programs and prompts ---------------------------------------------------
@dataclass
class Program:
    """A linked VM program: code, initial data and debugging information."""
    code: list[tuple[int, int]]               # (opcode, immediate)
    data: bytes = b""                         # image placed right after the code
    lines: list[int] = field(default_factory=list)   # source line per instruction
    filename: str = "<input>"
    args_addr: int = 0    # where the loader writes argc/argv/stdin (see ``prompt``)
    functions: list[tuple[int, str]] = field(default_factory=list)  # (first instruction, name)

    @property
    def code_end(self) -> int:
        return INSTR_WIDTH * len(self.code)


def encode_code(code) -> list[int]:
    toks = []
    for op, imm in code:
        imm &= 0xFFFFFFFF
        toks.append(OP0 + op)
        toks.extend(P0 + ((imm >> (8 * i)) & 255) for i in range(4))
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


def prompt(program: Program, argv: list[bytes] | None = None,
           stdin: bytes = b"") -> np.ndarray:
    """Token ids of the prompt for running ``program`` with ``argv``/``stdin``."""
    argv = argv if argv is not None else [program.filename.encode()]
    image = runtime_image(program, argv, stdin)
    toks = encode_code(program.code) + [P0 + b for b in image]
    toks += [P0] * (MIN_PROMPT - 257 - len(toks))               # zero memory, as unwritten
    toks += list(range(NIBBLE0, NIBBLE0 + 256)) + [TOK_GO]
    if len(toks) >= MEM_SIZE // 2:
        raise ValueError("program and input are too large for the machine")
    return np.asarray(toks, dtype=np.int32)


# ---- reading a trace --------------------------------------------------------
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

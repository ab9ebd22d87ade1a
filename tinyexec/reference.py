"""The reference interpreter: executes the VM directly and writes the exact
token trace the transformer must generate.

It is the oracle of the tests and the baseline of ``make bench``; it never
decides a token of a transformer run.  What each instruction does comes from
``machine.OPS`` (as arrays of codes the kernel can read); state lives in NumPy
arrays so a run can be resumed chunk by chunk, like the engine.
"""
from __future__ import annotations

import numpy as np
from numba import njit

from . import machine as m

# codes of the table's columns, in the order of these tuples
KINDS = ("alu", "set", "mov", "ext", "load", "store", "branch", "jump", "call", "ret", "out",
         "halt")
FUNCS = m.ARITH + m.COMPARES + ("mov", "sext8", "sext16", "ld8u", "ld8s", "ld16u", "ld16s",
                                  "ld32", "st8", "st16", "st32", "jmp", "call", "ret", "out",
                                  "err", "halt")
MODES = (None, "slot", "imm", "zero")
TARGETS = (None, "imm", "db", "x", "link")
WRITES = (None, "slot", "link", "mem")
COMMIT_NAMES = ("N", "J0", "J+1", "J-1", "OUT", "ERR", "HALT", "branch")
(ALU, SET, MOV, EXT, LOAD, STORE, BRANCH, JUMP, CALL, RET, OUT, HALT) = range(len(KINDS))
F = {name: i for i, name in enumerate(FUNCS)}
SLOT, IMM, ZERO = MODES.index("slot"), MODES.index("imm"), MODES.index("zero")
T_IMM, T_DB, T_X, T_LINK = (TARGETS.index(t) for t in ("imm", "db", "x", "link"))
W_SLOT, W_LINK = WRITES.index("slot"), WRITES.index("link")
C_OUT, C_ERR = COMMIT_NAMES.index("OUT"), COMMIT_NAMES.index("ERR")
(F_ADD, F_SUB, F_MUL, F_AND, F_OR, F_XOR, F_SHL, F_SHRU, F_SHRS, F_DIVU, F_REMU, F_DIVS,
 F_REMS) = (F[f] for f in m.ARITH)
F_EQ, F_NE, F_LTS, F_LTU, F_LES, F_LEU, F_GTS, F_GTU, F_GES, F_GEU = (F[f] for f in m.COMPARES)
F_SEXT8 = F["sext8"]


def _columns() -> np.ndarray:
    """One row per opcode: kind, func, x, y, z, writes, scratch, value, target,
    commit, size, signed."""
    rows = [(KINDS.index(o.kind), F[o.func], MODES.index(o.x), MODES.index(o.y), o.z,
             WRITES.index(o.writes), o.scratch, o.value, TARGETS.index(o.target),
             COMMIT_NAMES.index(o.commit), o.size, o.signed) for o in m.OPS]
    return np.array(rows, dtype=np.int64)


TABLE = _columns()
(C_KIND, C_FUNC, C_X, C_Y, C_Z, C_WRITES, C_SCRATCH, C_VALUE, C_TARGET, C_COMMIT, C_SIZE,
 C_SIGNED) = range(TABLE.shape[1])

# regs[] layout shared with the Python wrapper
PC, DEPTH, STATUS, STEPS, FAULT = range(5)
RUNNING, DONE, FAULTED = range(3)

_B = np.int64(m.B0)
_N = np.int64(m.TOK_N)
_MASK = np.int64(0xFFFFFFFF)


@njit(cache=True)
def _signed(v):
    return v - (1 << 32) if v >= (1 << 31) else v


@njit(cache=True)
def _emit(out, n, v, count):
    """``count`` bytes of ``v``, low byte first."""
    for i in range(count):
        out[n + i] = _B + ((v >> (8 * i)) & 255)
    return n + count


@njit(cache=True)
def _emit_high_first(out, n, v):
    for k in (3, 2, 1, 0):
        out[n] = _B + ((v >> (8 * k)) & 255)
        n += 1
    return n


@njit(cache=True)
def _compare(func, a, b):
    sa, sb = _signed(a), _signed(b)
    if func == F_EQ:
        return a == b
    if func == F_NE:
        return a != b
    if func == F_LTS:
        return sa < sb
    if func == F_LTU:
        return a < b
    if func == F_LES:
        return sa <= sb
    if func == F_LEU:
        return a <= b
    if func == F_GTS:
        return sa > sb
    if func == F_GTU:
        return a > b
    if func == F_GES:
        return sa >= sb
    return a >= b


@njit(cache=True)
def _arith(func, a, b, out, n):
    """The result of an ALU function; the scratch bytes its step writes first
    (2**n for shifts, |a| and the quotient for divisions) go to ``out``."""
    if func == F_ADD:
        return (a + b) & _MASK, n
    if func == F_SUB:
        return (a - b) & _MASK, n
    if func == F_MUL:
        return (a * b) & _MASK, n
    if func == F_AND:
        return a & b, n
    if func == F_OR:
        return a | b, n
    if func == F_XOR:
        return a ^ b, n
    if func == F_SHL or func == F_SHRU or func == F_SHRS:
        s = b & 31
        n = _emit_high_first(out, n, np.int64(1) << s)
        if func == F_SHL:
            return (a << s) & _MASK, n
        neg = func == F_SHRS and a >= (1 << 31)
        q = (a ^ _MASK if neg else a) >> s
        n = _emit_high_first(out, n, q)
        return (q ^ _MASK if neg else q), n
    signed = func == F_DIVS or func == F_REMS
    ua = (-_signed(a)) & _MASK if signed and a >= (1 << 31) else a
    ub = (-_signed(b)) & _MASK if signed and b >= (1 << 31) else b
    if signed:
        n = _emit(out, n, ua, 4)
    q = ua // ub
    n = _emit_high_first(out, n, q)
    if signed and (a >= (1 << 31)) != (b >= (1 << 31)):
        q = (-q) & _MASK
    if func == F_DIVU or func == F_DIVS:
        return q, n
    return (a - q * b) & _MASK, n


@njit(cache=True)
def _run(table, code, mem, slots, written, regs, out, limit, log):
    """Execute until ``limit`` tokens are in ``out`` (or HALT, or a fault); return
    the count.  If ``log`` has rows, step ``s`` records ``(pc, X, Y, Z, address)``
    (the address of a load or store, else -1)."""
    n = 0
    pc = regs[PC]
    depth = regs[DEPTH]
    steps = regs[STEPS]
    n_code = code.shape[0]
    while n + m.MAX_STEP_TOKENS <= limit and regs[STATUS] == RUNNING:
        fault = 0
        i = pc - m.FIRST_INSTR
        if i < 0 or i >= n_code:
            fault = m.FAULT_PC
            op = 0
        else:
            op = code[i, 0]
        row = table[op]
        kind, func = row[C_KIND], row[C_FUNC]
        d = a = b = imm = np.int64(0)
        if fault == 0:
            d, a, b, imm = code[i, 1], code[i, 2], code[i, 3], code[i, 4]
        frame = m.FRAME * depth
        x = y = z = np.int64(0)
        if fault == 0:
            if row[C_X] == SLOT:
                x = slots[frame + a]
                fault = 0 if written[frame + a] else m.FAULT_UNINIT
            if row[C_Y] == SLOT:
                y = slots[frame + b]
                fault = fault if written[frame + b] else m.FAULT_UNINIT
            elif row[C_Y] == IMM:
                y = imm
            if row[C_Z]:
                z = slots[frame + d]
                fault = fault if written[frame + d] else m.FAULT_UNINIT
        address = _signed(x) + _signed(y) + _signed(imm)
        if fault == 0:
            if kind == CALL and depth >= m.MAX_DEPTH - 1 or kind == RET and depth == 0:
                fault = m.FAULT_DEPTH
            elif kind == CALL and row[C_TARGET] == T_X and x > 0xFFFF:
                fault = m.FAULT_PC
            elif kind == ALU and func >= F_DIVU and y == 0:
                fault = m.FAULT_DIV_ZERO
            elif (kind == LOAD or kind == STORE) and (address < m.NULL_PAGE or
                                                     address + row[C_SIZE] > m.MEM_SIZE):
                fault = m.FAULT_MEMORY
        if steps < log.shape[0]:
            log[steps, 0] = pc
            log[steps, 1] = x
            log[steps, 2] = y
            log[steps, 3] = z
            log[steps, 4] = address if kind == LOAD or kind == STORE else -1
        steps += 1
        if fault:
            out[n] = _B + fault
            out[n + 1] = m.TOK_FAULT
            n += 2
            regs[STATUS] = FAULTED
            regs[FAULT] = fault
            break
        if kind <= LOAD:                              # a 4-byte value into a slot
            if kind == ALU:
                v, n = _arith(func, x, y, out, n)
            elif kind == SET:
                v = np.int64(1) if _compare(func, x, y) else np.int64(0)
            elif kind == MOV:
                v = y
            elif kind == EXT:
                bits = 8 if func == F_SEXT8 else 16
                v = x & ((1 << bits) - 1)
                if v >> (bits - 1):
                    v |= _MASK ^ ((1 << bits) - 1)
            else:
                size = row[C_SIZE]
                v = np.int64(0)
                for k in range(size):
                    v |= np.int64(mem[address + k]) << (8 * k)
                if row[C_SIGNED] and (v >> (8 * size - 1)) & 1:
                    v |= _MASK ^ ((np.int64(1) << (8 * size)) - 1)
            slots[frame + d] = v
            written[frame + d] = 1
            n = _emit(out, n, v, 4)
            out[n] = _N
            n += 1
            pc += 1
        elif kind == STORE:
            for k in range(row[C_SIZE]):
                mem[address + k] = (z >> (8 * k)) & 255
            n = _emit(out, n, z, row[C_SIZE])
            out[n] = _N
            n += 1
            pc += 1
        elif kind == BRANCH and not _compare(func, x, y):
            out[n] = _N
            n += 1
            pc += 1
        elif kind <= RET:                             # taken branch, jump, call, return
            delta = 0
            if kind == CALL:
                slots[frame + m.LINK] = y
                written[frame + m.LINK] = 1
                n = _emit(out, n, y, 4)
                delta = 1
            elif kind == RET:
                delta = -1
            t = row[C_TARGET]
            if t == T_X:               # read after the link is written, as its bytes come after
                x = slots[frame + a]
            target = (imm & 0xFFFF if t == T_IMM else d + 256 * b if t == T_DB
                      else x & 0xFFFF if t == T_X else (x >> 16) & 0xFFFF)
            n = _emit(out, n, target, 2)
            out[n] = m.J_FIRST + delta + 1            # J_DELTAS = (-1, 0, 1)
            n += 1
            depth += delta
            pc = target
        elif kind == OUT:
            n = _emit(out, n, y, 1)
            out[n] = m.TOK_OUT if row[C_COMMIT] == C_OUT else m.TOK_ERR
            n += 1
            pc += 1
        else:                                         # HALT
            n = _emit(out, n, y, 4)
            out[n] = m.TOK_HALT
            n += 1
            regs[STATUS] = DONE
    regs[PC] = pc
    regs[DEPTH] = depth
    regs[STEPS] = steps
    return n


def code_array(prompt) -> np.ndarray:
    """The instructions of a prompt as rows ``(opcode, d, a, b, imm)``."""
    prompt = np.asarray(prompt, dtype=np.int64)
    rows = []
    pos = m.CODE_START
    while pos + m.INSTR_WIDTH < len(prompt) and m.OP0 <= prompt[pos] < m.OP0 + m.NUM_OPS:
        f = prompt[pos + 1: pos + m.INSTR_WIDTH] - m.P0
        rows.append((prompt[pos] - m.OP0, f[0], f[1], f[2],
                     int(f[3]) | int(f[4]) << 8 | int(f[5]) << 16 | int(f[6]) << 24))
        pos += m.INSTR_WIDTH
    return np.array(rows, dtype=np.int64).reshape(-1, 5)


class Reference:
    """Resumable direct execution of a prompt; produces the trace in chunks."""

    def __init__(self, prompt: np.ndarray, log_steps: int = 0):
        prompt = np.asarray(prompt, dtype=np.int64)
        self.prompt = prompt
        self.code = code_array(prompt)
        self.mem = np.zeros(m.MEM_SIZE, dtype=np.uint8)
        is_byte = (prompt >= m.P0) & (prompt < m.OP0)
        self.mem[np.nonzero(is_byte)[0]] = (prompt[is_byte] - m.P0).astype(np.uint8)
        n_slots = m.FRAME * (m.MAX_DEPTH + 1)
        self.slots = np.zeros(n_slots, dtype=np.int64)
        self.written = np.zeros(n_slots, dtype=np.uint8)
        self.regs = np.zeros(5, dtype=np.int64)
        self.regs[PC] = m.FIRST_INSTR
        self.log = np.zeros((log_steps, 5), dtype=np.int64)
        self._pending = np.zeros(0, np.int32)     # tokens of a step cut by a limit

    @property
    def halted(self) -> bool:
        """Stopped (HALT or a fault) with every token delivered."""
        return bool(self.regs[STATUS]) and len(self._pending) == 0

    @property
    def fault(self) -> str | None:
        if self.regs[STATUS] != FAULTED or len(self._pending):
            return None
        return m.FAULTS[int(self.regs[FAULT])]

    @property
    def steps(self) -> int:
        return int(self.regs[STEPS])

    def advance(self, max_tokens: int) -> np.ndarray:
        """Generate exactly ``max_tokens`` further trace tokens (fewer at the end),
        a million at a time: the buffer of a chunk is allocated up front."""
        parts, left = [], int(max_tokens)
        while left > 0:
            asked = min(left, 1 << 20)
            parts.append(self._advance(asked))
            left -= len(parts[-1])
            if len(parts[-1]) < asked:
                break                                   # the machine stopped
        return np.concatenate(parts) if parts else np.zeros(0, np.int32)

    def _advance(self, want: int) -> np.ndarray:
        out = np.empty(want + m.MAX_STEP_TOKENS, dtype=np.int64)
        k = min(len(self._pending), want)
        out[:k] = self._pending[:k]
        self._pending = self._pending[k:]
        n = k
        if n < want and not self.regs[STATUS]:
            n += _run(TABLE, self.code, self.mem, self.slots, self.written, self.regs, out[n:],
                      want - n + m.MAX_STEP_TOKENS, self.log)
        self._pending = np.concatenate([self._pending, out[want:n].astype(np.int32)])
        return out[:min(n, want)].astype(np.int32)


def run_reference(prompt: np.ndarray, max_tokens: int = 10**8) -> np.ndarray:
    """The complete trace of ``prompt`` (stops at HALT, a fault or ``max_tokens``)."""
    ref = Reference(prompt)
    parts = []
    total = 0
    while not ref.halted and total < max_tokens:
        part = ref.advance(min(1 << 20, max_tokens - total))
        if len(part) == 0:
            break
        parts.append(part)
        total += len(part)
    return np.concatenate(parts) if parts else np.zeros(0, np.int32)

"""The reference interpreter: executes the VM directly and writes the exact
token trace the transformer must generate.

It is the oracle of the tests and the baseline of ``make bench``; it never
decides a token of a transformer run.  State lives in NumPy arrays so a run can
be resumed chunk by chunk, like the engine.
"""
from __future__ import annotations

import numpy as np
from numba import njit

from . import machine as m

# regs[] layout shared with the Python wrapper
PC, SP, HALTED, STEPS = range(4)
# regs[HALTED]: why the run stopped
RUNNING, DONE, MEMORY_FAULT, STACK_FAULT, PC_FAULT = range(5)
FAULTS = {MEMORY_FAULT: "memory access outside 0..MEM_SIZE",
          STACK_FAULT: "operand stack overflow or underflow",
          PC_FAULT: "jump to a position that holds no instruction"}

_OP = np.int64(m.OP0)
_B = np.int64(m.B0)
_N0 = np.int64(m.N0)
_J0 = np.int64(m.J0)
_JMIN = np.int64(m.J_MIN)
_OUT = np.int64(m.TOK_OUT)
_ERR = np.int64(m.TOK_ERR)
_HALT = np.int64(m.TOK_HALT)


@njit(cache=True)
def _n(delta):
    return _N0 + delta + 2          # N_DELTAS = (-2, -1, 0, 1)


@njit(cache=True)
def _j(delta):
    return _J0 + delta - _JMIN


@njit(cache=True)
def _signed(v):
    return v - (1 << 32) if v >= (1 << 31) else v


@njit(cache=True)
def op_pops(op):
    """Operand slots an opcode reads below SP (RET/GET read deeper: checked by k)."""
    if op == 0 or op == 1:
        return 0
    if 4 <= op <= 15 or 21 <= op <= 23 or 31 <= op <= 41:
        return 2
    if op == 24:
        return 0
    return 1


@njit(cache=True)
def _emit_value(out, n, v, count):
    for i in range(count):
        out[n + i] = _B + ((v >> (8 * i)) & 255)
    return n + count


@njit(cache=True)
def _run(ops, imms, mem, slots, regs, out, limit, log):
    """Execute until ``limit`` tokens are in ``out`` (or HALT); return count.

    If ``log`` has rows, step ``s`` records ``(pc, a, b, address)`` there: the
    two top slots before the step and, for GET/SET/RET, the slot it reads.
    """
    n = 0
    pc = regs[PC]
    sp = regs[SP]
    steps = regs[STEPS]
    mask = np.int64(0xFFFFFFFF)
    while n + m.MAX_STEP_TOKENS <= limit and regs[HALTED] == RUNNING:
        i = pc // 5
        if pc % 5 != 0 or i >= len(ops):
            regs[HALTED] = PC_FAULT
            break
        if sp < 2 and op_pops(ops[i]) > sp or sp >= len(slots) - 1:
            regs[HALTED] = STACK_FAULT
            break
        op = ops[i]
        imm = imms[i]
        b = slots[sp - 1] if sp >= 1 else 0
        a = slots[sp - 2] if sp >= 2 else 0
        if steps < log.shape[0]:
            log[steps, 0] = pc
            log[steps, 1] = a
            log[steps, 2] = b
            log[steps, 3] = slots[sp - (imm & 255)] if op == 1 or op == 27 else 0
        steps += 1
        if op == 0:                                   # PUSH
            slots[sp] = imm
            n = _emit_value(out, n, imm, 4)
            out[n] = _n(1); n += 1
            sp += 1; pc += 5
        elif op == 1:                                 # GET
            v = slots[sp - (imm & 255)]
            slots[sp] = v
            n = _emit_value(out, n, v, 4)
            out[n] = _n(1); n += 1
            sp += 1; pc += 5
        elif op == 2:                                 # SET
            slots[sp - 1 - (imm & 255)] = b
            n = _emit_value(out, n, b, 4)
            out[n] = _n(-1); n += 1
            sp -= 1; pc += 5
        elif op == 3:                                 # DROP
            out[n] = _n(-1); n += 1
            sp -= 1; pc += 5
        elif op <= 15 or op == 31 or 34 <= op <= 36:  # ADD SUB MUL AND OR XOR, comparisons
            if op == 31:
                v = (a * b) & mask
            elif op == 34:
                v = a & b
            elif op == 35:
                v = a | b
            elif op == 36:
                v = a ^ b
            elif op == 4:
                v = (a + b) & mask
            elif op == 5:
                v = (a - b) & mask
            else:
                sa = _signed(a)
                sb = _signed(b)
                if op == 6:
                    r = a == b
                elif op == 7:
                    r = a != b
                elif op == 8:
                    r = sa < sb
                elif op == 9:
                    r = a < b
                elif op == 10:
                    r = sa <= sb
                elif op == 11:
                    r = a <= b
                elif op == 12:
                    r = sa > sb
                elif op == 13:
                    r = a > b
                elif op == 14:
                    r = sa >= sb
                else:
                    r = a >= b
                v = np.int64(1) if r else np.int64(0)
            slots[sp - 2] = v
            n = _emit_value(out, n, v, 4)
            out[n] = _n(-1); n += 1
            sp -= 1; pc += 5
        elif op == 32 or op == 33 or op == 37 or op == 38:   # DIVU REMU DIVS REMS
            if b == 0:
                n = _emit_value(out, n, m.DIV_ZERO_TRAP, 3)
                out[n] = _j(-2); n += 1
                sp -= 2; pc = m.DIV_ZERO_TRAP
            else:
                signed = op >= 37
                ua = (-_signed(a)) & mask if signed and a >= (1 << 31) else a
                ub = (-_signed(b)) & mask if signed and b >= (1 << 31) else b
                if signed:
                    n = _emit_value(out, n, ua, 4)
                q = ua // ub
                n = _emit_value(out, n, q >> 24, 1)
                n = _emit_value(out, n, q >> 16, 1)
                n = _emit_value(out, n, q >> 8, 1)
                n = _emit_value(out, n, q, 1)
                if signed and (a >= (1 << 31)) != (b >= (1 << 31)):
                    q = (-q) & mask
                v = q if op == 32 or op == 37 else (a - q * b) & mask
                slots[sp - 2] = v
                n = _emit_value(out, n, v, 4)
                out[n] = _n(-1); n += 1
                sp -= 1; pc += 5
        elif op >= 39:                                # SHL SHRU SHRS
            s = b & 31
            for k in (3, 2, 1, 0):                    # 2**s, high byte first
                n = _emit_value(out, n, (np.int64(1) << s) >> (8 * k), 1)
            if op == 39:
                v = (a << s) & mask
            else:
                neg = op == 41 and a >= (1 << 31)
                q = (a ^ mask if neg else a) >> s
                for k in (3, 2, 1, 0):
                    n = _emit_value(out, n, q >> (8 * k), 1)
                v = q ^ mask if neg else q
            slots[sp - 2] = v
            n = _emit_value(out, n, v, 4)
            out[n] = _n(-1); n += 1
            sp -= 1; pc += 5
        elif op <= 20:                                # LOADs
            size = 1 if op <= 17 else (2 if op <= 19 else 4)
            if b + size > len(mem):
                regs[HALTED] = MEMORY_FAULT
                break
            signed = op == 17 or op == 19
            v = np.int64(0)
            for k in range(size):
                v |= np.int64(mem[b + k]) << (8 * k)
            if signed and (v >> (8 * size - 1)) & 1:
                v |= mask ^ ((np.int64(1) << (8 * size)) - 1)
            slots[sp - 1] = v
            n = _emit_value(out, n, v, 4)
            out[n] = _n(0); n += 1
            pc += 5
        elif op <= 23:                                # STOREs
            size = 1 if op == 21 else (2 if op == 22 else 4)
            if a + size > len(mem):
                regs[HALTED] = MEMORY_FAULT
                break
            for k in range(size):
                mem[a + k] = (b >> (8 * k)) & 255
            n = _emit_value(out, n, b, size)
            out[n] = _n(-2); n += 1
            sp -= 2; pc += 5
        elif op <= 26:                                # JMP JZ JNZ
            if op == 24:
                taken = True
                pop = 0
            else:
                taken = (b == 0) == (op == 25)
                pop = 1
            if taken:
                n = _emit_value(out, n, imm, 3)
                out[n] = _j(-pop); n += 1
                pc = imm & 0xFFFFFF
            else:
                out[n] = _n(-pop); n += 1
                pc += 5
            sp -= pop
        elif op == 27:                                # RET
            target = slots[sp - (imm & 255)] & 0xFFFFFF
            pop = (imm >> 8) & 255
            n = _emit_value(out, n, target, 3)
            out[n] = _j(-pop); n += 1
            sp -= pop
            pc = target
        elif op == 28 or op == 30:                    # OUT ERR
            n = _emit_value(out, n, b, 1)
            out[n] = _OUT if op == 28 else _ERR; n += 1
            sp -= 1; pc += 5
        elif op == 29:                                # HALT
            n = _emit_value(out, n, b, 4)
            out[n] = _HALT; n += 1
            regs[HALTED] = DONE
    regs[PC] = pc
    regs[SP] = sp
    regs[STEPS] = steps
    return n


class Reference:
    """Resumable direct execution of a prompt; produces the trace in chunks."""

    def __init__(self, prompt: np.ndarray, log_steps: int = 0):
        prompt = np.asarray(prompt, dtype=np.int64)
        self.prompt = prompt
        go = len(prompt) - 1
        n_instr = 0
        while n_instr * 5 < go and m.OP0 <= prompt[n_instr * 5] < m.OP0 + m.NUM_OPS:
            n_instr += 1
        body = prompt[: 5 * n_instr].reshape(-1, 5) if n_instr else np.zeros((0, 5), np.int64)
        self.ops = (body[:, 0] - m.OP0).astype(np.int64)
        weights = np.array([1, 1 << 8, 1 << 16, 1 << 24], dtype=np.int64)
        self.imms = ((body[:, 1:] - m.P0) * weights).sum(axis=1).astype(np.int64)
        self.mem = np.zeros(m.MEM_SIZE, dtype=np.uint8)
        is_byte = (prompt >= m.P0) & (prompt < m.OP0)
        self.mem[np.nonzero(is_byte)[0]] = (prompt[is_byte] - m.P0).astype(np.uint8)
        self.slots = np.zeros(m.MAX_SLOTS, dtype=np.int64)
        self.regs = np.zeros(4, dtype=np.int64)
        self.log = np.zeros((log_steps, 4), dtype=np.int64)

    @property
    def halted(self) -> bool:
        return bool(self.regs[HALTED])

    @property
    def fault(self) -> str | None:
        return FAULTS.get(int(self.regs[HALTED]))

    @property
    def steps(self) -> int:
        return int(self.regs[STEPS])

    def advance(self, max_tokens: int) -> np.ndarray:
        """Generate up to ``max_tokens`` (at least one step's worth) further trace tokens."""
        out = np.empty(max(int(max_tokens), m.MAX_STEP_TOKENS), dtype=np.int64)
        n = _run(self.ops, self.imms, self.mem, self.slots, self.regs, out, len(out), self.log)
        return out[:n].astype(np.int32)


def run_reference(prompt: np.ndarray, max_tokens: int = 10**8) -> np.ndarray:
    """The complete trace of ``prompt`` (stops at HALT or after ``max_tokens``)."""
    ref = Reference(prompt)
    parts = []
    total = 0
    while not ref.halted and total < max_tokens:
        part = ref.advance(min(1 << 20, max_tokens - total + m.MAX_STEP_TOKENS))
        if len(part) == 0:
            break
        parts.append(part)
        total += len(part)
    trace = np.concatenate(parts) if parts else np.zeros(0, np.int32)
    return trace[:max_tokens]

"""The VM interpreter (``tinyexec.machine``) written in the graph language.

At every position the network recomputes the machine state from the trace and
predicts the next token.  Stage by stage (the scheduler finds these layers):

0. cumulative sums of the commit tokens (SP delta, instructions advanced), the
   three previous bytes, and the phase ``p`` = B tokens already emitted in the
   current step (distance to the latest commit);
1. SP and the advance count rounded to exact integers by a lookup on the
   position number line; the latest jump gives ``PC = target + 5 * advances``;
2. fetch the opcode flags and immediate bytes at ``PC`` from the prompt;
3. read operand bytes / full 32-bit values from the stack (keyed by slot);
4. read memory (keyed by address), and the previous position's pre-carry sums;
5. carries, the byte to emit, and which token class comes next.

Why each head is exact (float64 carries 53 bits; traces below 2**24 tokens):

* ``cumsum`` (averaging): its values are the commits' small integer deltas, so
  the running sum S is exact and the mean is one division, ``fl(S/n)``, the
  same in the engine and the dense pass.  ``sp≈ = fl(n * fl(S/n))`` is within
  two ulps of S: below 2**-27.
* ``round_sp``, ``round_cnt``: keys are positions k < 2**24 (``k**2 < 2**48``
  exact); the query is within 2**-27 of an integer, so the nearest key beats
  the next one by a score margin of almost 1 while the rounding error of
  ``2qk - k**2`` stays below 2**-3.  The value returned, ``t``, is exact.
* ``prev*``, ``prev_sums``: integer queries ``t - j`` on position keys.
* ``last_commit``, ``last_jump``: every gated key is the same point (0, 0), so
  the tie-break alone picks the latest; ungated keys sit exactly BIG = 2**50
  lower.
* ``fetch_*``: the query ``PC (+1+p)`` inherits the ~2**-25 error of the
  advance count at the jump; keys are positions, margin as above.
* ``stack_*``, ``slot_*``, ``memory``: queries and keys are exact integers
  (``4*slot + byte`` < 2**19, addresses < 2**22) and each key's square comes
  from :meth:`Graph.select_key`, so it is exact too.
* ``mul_floor``: the query ``(U - 127.5) / 256`` for an integer column value
  ``U < 2**18`` (0 outside MUL) lies within 0.498 of ``floor(U / 256)``, a
  position below 1024, which every prompt has (``machine.MIN_PROMPT``).
* FFN neurons see integers below 2**42 (values up to 2**33 plus SELECT = 2**40
  gate offsets), and their products stay below 2**53.

Every lookup also has a gated key at position 0 (an opcode token), so a winner
always exists.
"""
from __future__ import annotations

import numpy as np

from .. import machine as m
from .graph import SELECT, Expr, Graph

M_CLASS = float(2 ** 30)      # logit bonus of the token class that must come next

_N_DELTA = {"PUSH": 1, "GET": 1, "SET": -1, "DROP": -1, "ADD": -1, "SUB": -1, "MUL": -1,
            "LOAD8U": 0, "LOAD8S": 0, "LOAD16U": 0, "LOAD16S": 0, "LOAD32": 0,
            "STORE8": -2, "STORE16": -2, "STORE32": -2, "JZ": -1, "JNZ": -1}
_CMPS = ("EQ", "NE", "LTS", "LTU", "LES", "LEU", "GTS", "GTU", "GES", "GEU")
for _c in _CMPS:
    _N_DELTA[_c] = -1
_LOADS = ("LOAD8U", "LOAD8S", "LOAD16U", "LOAD16S", "LOAD32")
_STORE_SIZE = {"STORE8": 1, "STORE16": 2, "STORE32": 4}


def _tables():
    """Embedding feature tables over the vocabulary."""
    V = m.VOCAB_SIZE
    ids = np.arange(V)
    t = {}
    is_b = ids < m.P0
    is_p = (ids >= m.P0) & (ids < m.OP0)
    t["isB"] = is_b * 1.0
    t["bB"] = np.where(is_b, ids - m.B0, 0.0)
    t["bBhi"] = np.where(is_b & (ids - m.B0 >= 128), 1.0, 0.0)
    t["isP"] = is_p * 1.0
    t["bP"] = np.where(is_p, ids - m.P0, 0.0)
    t["bPhi"] = np.where(is_p & (ids - m.P0 >= 128), 1.0, 0.0)
    t["isOp"] = ((ids >= m.OP0) & (ids < m.OP0 + m.NUM_OPS)) * 1.0
    for name, op in m.OP.items():
        t["f_" + name] = (ids == m.OP0 + op) * 1.0
    is_n = (ids >= m.N0) & (ids < m.J0)
    is_j = ((ids >= m.J0) & (ids < m.TOK_OUT)) | (ids == m.TOK_GO)
    out = (ids == m.TOK_OUT) | (ids == m.TOK_ERR)
    t["isCommit"] = (is_n | is_j | out | (ids == m.TOK_HALT)) * 1.0
    t["isJ"] = is_j * 1.0
    t["adv"] = (is_n | out) * 1.0
    dsp = np.zeros(V)
    for i, d in enumerate(m.N_DELTAS):
        dsp[m.N0 + i] = d
    for d in range(m.J_MIN, m.J_MAX + 1):
        dsp[m.tok_j(d)] = d
    dsp[m.TOK_OUT] = dsp[m.TOK_ERR] = -1
    t["dSP"] = dsp
    return t


def build_graph() -> Graph:
    g = Graph(m.VOCAB_SIZE)
    one, t, t2 = g.one, g.pos, g.pos_sq
    e = {name: g.token(name, table) for name, table in _tables().items()}
    f = {name: e["f_" + name] for name in m.OPS}
    isB = e["isB"]

    def fsum(names):
        return sum((f[n] for n in names), 0 * one)

    # -- stage 0: running sums, previous bytes, phase -----------------------
    mean_sp, mean_adv = g.mean("cumsum", [e["dSP"], e["adv"]])
    prev = [g.lookup(f"prev{k}", t - k, t, t2, one, [e["bB"]])[0] for k in (1, 2, 3)]
    (last_commit,) = g.lookup("last_commit", 0, 0, 0, e["isCommit"] + e["isOp"], [t])
    p = t - last_commit            # bytes emitted so far in this step
    sp_approx = g.reglu("sp≈", [(t + 1, mean_sp, 1.0)])
    cnt_approx = g.reglu("cnt≈", [(t + 1, mean_adv, 1.0)])

    def hat(name, x, gate_shift=0.0):
        """``[x == 0]`` for integer x, zero unless the shift is 0."""
        return g.reglu(name, [(x + 1 + gate_shift, 1.0, 1.0), (x + gate_shift, 1.0, -2.0),
                              (x - 1 + gate_shift, 1.0, 1.0)])

    ph = [hat(f"p=={j}", p - j) for j in range(5)]
    ph0, ph4 = ph[0], ph[4]
    target = prev[2] + 256 * prev[1] + 65536 * prev[0]       # at a J: its target

    # -- stage 1: exact SP, PC ----------------------------------------------
    (sp,) = g.lookup("round_sp", sp_approx, t, t2, one, [t])
    (cnt,) = g.lookup("round_cnt", cnt_approx, t, t2, one, [t])
    jump_target, cnt_at_jump = g.lookup("last_jump", 0, 0, 0, e["isJ"] + e["isOp"],
                                        [target, cnt_approx])
    pc = jump_target + 5 * (cnt - cnt_at_jump)

    # -- stage 2: fetch -------------------------------------------------------
    code_gate = e["isOp"] + e["isP"]
    fl = g.lookup("fetch_op", pc, t, t2, code_gate, [f[n] for n in m.OPS])
    f = dict(zip(m.OPS, fl))                 # from here on: flags of the current op
    (imm_p,) = g.lookup("fetch_imm_p", pc + 1 + p, t, t2, code_gate, [e["bP"]])
    (k,) = g.lookup("fetch_imm0", pc + 1, t, t2, code_gate, [e["bP"]])
    (imm1,) = g.lookup("fetch_imm1", pc + 2, t, t2, code_gate, [e["bP"]])

    f_alu2 = fsum(("ADD", "SUB", "MUL") + _CMPS)
    f_load = fsum(_LOADS)
    f_store = fsum(_STORE_SIZE)
    f_ws = fsum(("PUSH", "GET", "SET")) + f_alu2 + f_load
    own = p - 1                                   # byte index of this B token
    write_slots = [(sp, fsum(("PUSH", "GET"))), (sp - 1 - k, f["SET"]),
                   (sp - 2, f_alu2), (sp - 1, f_load)]
    kw, kw2 = g.select_key("stack_key", [(4 * s + own, [isB, fl_]) for s, fl_ in write_slots])
    gate_w = g.relu("stack_gate", isB + f_ws - 1)
    kf, kf2 = g.select_key("slot_key", [(s, [isB, fl_, ph4]) for s, fl_ in write_slots])
    gate_f = g.relu("slot_gate", isB + f_ws + ph4 - 2)
    kx = g.mul_flag("k-1", [(f["GET"] + f["RET"], k - 1)])
    size1 = f["LOAD16U"] + f["LOAD16S"] + 3 * f["LOAD32"]      # load size - 1
    p_clip = g.relu("p-size", p - size1)
    ge_size = g.step("p>=size", p - size1)
    y_imm = g.mul_flag("y_imm", [(fsum(("PUSH", "JMP", "JZ", "JNZ")), imm_p)])
    ret_pop = g.mul_flag("ret_pop", [(f["RET"], imm1)])

    # -- stage 3: stack reads -------------------------------------------------
    full_u = prev[2] + 256 * prev[1] + 65536 * prev[0] + 2 ** 24 * e["bB"]
    full_s = full_u - 2 ** 32 * e["bBhi"]
    (x,) = g.lookup("stack_x", 4 * (sp - 1) + p - 4 * kx, kw, kw2, gate_w, [e["bB"]])
    (y2,) = g.lookup("stack_y", 4 * (sp - 2) + p, kw, kw2, gate_w, [e["bB"]])
    slot_bytes = [prev[2], prev[1], prev[0], e["bB"]]
    top_u, top_s, *b_bytes = g.lookup("slot_top", sp - 1, kf, kf2, gate_f, [full_u, full_s] + slot_bytes)
    sec_u, sec_s, *a_bytes = g.lookup("slot_second", sp - 2, kf, kf2, gate_f, [full_u, full_s] + slot_bytes)
    mul_column = _mul_column(g, f["MUL"], ph, a_bytes, b_bytes, [e["bB"], prev[0], prev[1]])

    du, ds = sec_u - top_u, sec_s - top_s
    cmp_neurons = []
    for name in _CMPS:
        d = ds if name.endswith("S") else du
        s = SELECT * (f[name] + ph0 - 2)
        if name == "EQ":
            cmp_neurons += [(d + 1 + s, 1, 1), (d + s, 1, -2), (d - 1 + s, 1, 1)]
        elif name == "NE":
            cmp_neurons += [(d + s, 1, 1), (d - 1 + s, 1, -1), (-d + s, 1, 1), (-d - 1 + s, 1, -1)]
        elif name.startswith("LT"):
            cmp_neurons += [(-d + s, 1, 1), (-d - 1 + s, 1, -1)]
        elif name.startswith("LE"):
            cmp_neurons += [(1 - d + s, 1, 1), (-d + s, 1, -1)]
        elif name.startswith("GT"):
            cmp_neurons += [(d + s, 1, 1), (d - 1 + s, 1, -1)]
        else:
            cmp_neurons += [(d + 1 + s, 1, 1), (d + s, 1, -1)]
    y_cmp = g.reglu("y_cmp", cmp_neurons)
    sz, snz = SELECT * (f["JZ"] - 1), SELECT * (f["JNZ"] - 1)
    taken = g.reglu("taken", [
        (top_u + 1 + sz, 1, 1), (top_u + sz, 1, -2), (top_u - 1 + sz, 1, 1),
        (f["JNZ"], 1, 1),
        (top_u + 1 + snz, 1, -1), (top_u + snz, 1, 2), (top_u - 1 + snz, 1, -1)])
    y_copy = g.mul_flag("y_copy", [(fsum(("GET", "SET", "RET", "OUT", "ERR", "HALT")) + f_store, x)])
    km, km2 = g.select_key("mem_key", [(sec_u + own, [isB, f_store]), (t, [e["isP"]])])
    gate_m = g.relu("mem_gate", isB + f_store - 1) + e["isP"] + e["isOp"]
    q_mem = top_u + p - p_clip

    # -- stage 4: memory, previous pre-carry sums ------------------------------
    mem_byte, mem_hi, mem_key = g.lookup(
        "memory", q_mem, km, km2, gate_m,
        [e["bB"] + e["bP"], e["bBhi"] + e["bPhi"], km])
    s_add, s_sub = y2 + x, y2 - x
    (mul_carry,) = g.lookup("mul_floor", (mul_column - 127.5) * (1 / 256), t, t2, one, [t])
    prev_add, prev_sub = g.lookup("prev_sums", t - 1, t, t2, one, [s_add, s_sub])

    n_bytes = (4 * (fsum(("PUSH", "GET", "SET", "HALT")) + f_alu2 + f_load)
               + sum(n * f[s] for s, n in _STORE_SIZE.items())
               + 3 * (f["JMP"] + f["RET"] + taken) + f["OUT"] + f["ERR"])
    emit_byte = g.step("emit_B", n_bytes - p)
    d_mem = q_mem - mem_key
    s_ld = SELECT * (f_load + (1 - ge_size) - 2)
    s_sx = SELECT * (f["LOAD8S"] + f["LOAD16S"] + ge_size - 2)
    y_mem = g.reglu("y_mem", [
        (d_mem + 1 + s_ld, mem_byte, 1), (d_mem + s_ld, mem_byte, -2), (d_mem - 1 + s_ld, mem_byte, 1),
        (d_mem + 1 + s_sx, mem_hi, 255), (d_mem + s_sx, mem_hi, -510), (d_mem - 1 + s_sx, mem_hi, 255)])
    u_add, u_sub = prev_add - e["bB"], prev_sub - e["bB"]
    s_c = SELECT * (isB + f["ADD"] - 2)
    s_b = SELECT * (isB + f["SUB"] - 2)
    v_alu = g.reglu("alu_sum", [
        (f["ADD"], s_add, 1), (f["SUB"], s_sub, 1),
        (u_add - 127 + s_c, 1, 1), (u_add - 128 + s_c, 1, -1),           # carry in
        (-u_sub - 127 + s_b, 1, -1), (-u_sub - 128 + s_b, 1, 1)])        # borrow in

    # -- stage 5: wrap the ALU byte into 0..255; gather what the output head reads
    # (one slot per output keeps the output head to a handful of columns)
    wrap = [(-v_alu, 1, 256), (-v_alu - 1, 1, -256), (v_alu - 255, 1, -256), (v_alu - 256, 1, 256)]
    y_mul = mul_column - 256 * mul_carry
    byte = y_imm + y_copy + y_cmp + y_mem + v_alu + y_mul
    g.output("byte", g.reglu("byte", wrap + [(one, byte, 1)]))
    outputs = {
        "emit_B": emit_byte,
        "commit_N": fsum(_N_DELTA) - taken,
        "delta_N": sum((d * f[n] for n, d in _N_DELTA.items()), 0 * one),
        "commit_J": f["JMP"] + f["RET"] + taken,
        "delta_J": -taken - ret_pop,
        "commit_OUT": f["OUT"],
        "commit_ERR": f["ERR"],
        "commit_HALT": f["HALT"],
    }
    for name, expr in outputs.items():
        g.output(name, g.reglu(name, [(one, expr, 1)]))
    return g


def _mul_column(g, f_mul, ph, a, b, emitted):
    """Byte ``p`` of ``a * b`` before its final ``mod 256``, at phase ``p`` of a MUL.

    Schoolbook multiplication in base 256: column ``p`` holds the byte products
    ``a_i * b_k`` with ``i + k = p`` (each one ReGLU neuron, exact) plus the carry
    out of the columns below.  That carry needs no recurrence: it is
    ``(sum over m < p of (column_m - r_m) * 256**m) / 256**p``, where the result
    bytes ``r_m`` already emitted are the token and the previous ones
    (``emitted[0]`` is ``r_(p-1)``).  The value is an integer below 2**18; every
    partial sum is a multiple of 2**-24 below 2**19, so float64 adds it exactly.
    The ``mod 256`` is a lookup on the position number line (``mul_floor``).
    """
    neurons = []
    for p in range(4):
        sel = SELECT * (ph[p] + f_mul - 2)
        for i in range(p + 1):
            for k in range(p + 1 - i):
                neurons.append((a[i] + sel, b[k] * 2.0 ** (-8 * (p - i - k)), 1.0))
        if p:
            done = sum((emitted[j] * 2.0 ** (-8 * (j + 1)) for j in range(p)), Expr())
            neurons.append((ph[p] + f_mul - 1, done, -1.0))
    return g.reglu("mul_column", neurons)


def output_head(schedule) -> np.ndarray:
    """Logits: the class bonus of the token's class plus a parabola in its value,
    so that the argmax is the class that must come next, at the wanted value."""
    o = schedule.graph.outputs
    row = schedule.row
    W = np.zeros((m.VOCAB_SIZE, schedule.d_model))
    emit, byte = row(o["emit_B"]), row(o["byte"])
    const = row(schedule.graph.one)
    for b in range(256):
        W[m.B0 + b] = 4 * M_CLASS * emit + 2 * b * byte - b * b * const
    for cls, first, values in (("N", m.N0, m.N_DELTAS),
                               ("J", m.J0, range(m.J_MIN, m.J_MAX + 1))):
        bonus, value = row(o["commit_" + cls]), row(o["delta_" + cls])
        for i, d in enumerate(values):
            W[first + i] = M_CLASS * bonus + 2 * d * value - d * d * const
    W[m.TOK_OUT] = M_CLASS * row(o["commit_OUT"])
    W[m.TOK_ERR] = M_CLASS * row(o["commit_ERR"])
    W[m.TOK_HALT] = M_CLASS * row(o["commit_HALT"])
    return W

"""The VM interpreter (``tinyexec.machine``) written in the graph language.

At every position the network recomputes the machine state from the trace and
predicts the next token.  Stage by stage (the scheduler finds these layers):

0. cumulative sums of the commit tokens (SP delta, instructions advanced), the
   three previous bytes, and the phase ``p`` = B tokens already emitted in the
   current step (distance to the latest commit);
1. SP and the advance count rounded to exact integers by a lookup on the
   position number line; the latest jump gives ``PC = target + 5 * advances``;
   the phase flags ``[p >= j]`` read from the NIBBLE table;
2. fetch the opcode flags and immediate bytes at ``PC`` from the prompt;
3. read operand bytes / full 32-bit values from the stack (keyed by slot);
   byte products for MUL, REM* and SHL and the long-division remainder;
4. read memory (keyed by address), the previous position's pre-carry sums,
   the next quotient byte, the nibbles of AND/OR/XOR operands and the bytes of
   ``2**n`` for the shifts; the column values of MUL, the divisions and shifts;
5. the column value's ``floor(/256)``, the nibble table, carries, the byte to
   emit, and which token class comes next.

Why each head is exact (float64 carries 53 bits; traces below 2**24 tokens):

* ``cumsum`` (averaging): its values are the commits' small integer deltas, so
  the running sum S is exact and the mean is one division, ``fl(S/n)``, the
  same in the engine and the dense pass.  ``sp≈ = fl(n * fl(S/n))`` is within
  two ulps of S: below 2**-27.
* ``round_sp``, ``round_cnt``: keys are positions k < 2**24 (``k**2 < 2**48``
  exact); the query is within 2**-27 of an integer, so the nearest key beats
  the next one by a score margin of almost 1 while the rounding error of
  ``2qk - k**2`` stays below 2**-3.  The value returned, ``t``, is exact.
* ``prev*``, ``prev_sums``, ``quotient``: integer queries ``t - j`` on position keys.
* ``last_commit``, ``last_jump``: every gated key is the same point (0, 0), so
  the tie-break alone picks the latest; ungated keys sit exactly BIG = 2**50
  lower.
* ``fetch_*``: the query ``PC (+1+p)`` inherits the ~2**-25 error of the
  advance count at the jump; keys are positions, margin as above.
* ``stack_*``, ``slot_*``, ``memory``: queries and keys are exact integers
  (``4*slot + byte`` < 2**19, addresses < 2**22) and each key's square comes
  from :meth:`Graph.select_key`, so it is exact too.
* ``column_floor``: the query ``(U + 2**18 - 127.5) / 256`` for an integer
  column value ``|U| < 2**18`` (0 outside MUL and the divisions) lies within 0.498 of
  ``floor(U / 256) + 1024``, a position below 2048, which every prompt has
  (``machine.MIN_PROMPT``).
* ``nibble_x``, ``nibble_y``: query ``(x + 8.5) / 16`` for a byte x (0 outside
  AND/OR/XOR) is within 0.47 of ``floor(x / 16) + 1``, a position below 17.
* ``and_hi``, ``and_lo``, ``pow2``, ``phase``: integer queries ``16u + v`` (u,
  v nibbles), a byte or the phase on the prompt's NIBBLE tokens, keyed by
  their index with its exact square (opcode tokens: key 0, value 0).
* ``div_digit``: query ``(2r - b + 1, 2b)`` for the integer remainder
  ``r < 256 b`` (b: the divisor, ``2**n`` for ``>>``): the score
  ``2k(2r - b + 1) - 2b k**2`` is an integer below 2**50 near the winner
  ``k = floor(r / b)`` and beats its neighbours by at least 2.  Keys are
  positions 0..255.  Outside a division ``r = 0`` and the winner is key 0
  (or, for b = 0, a position both passes pick alike: the scores are then
  strictly increasing in k).
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
COLUMN_BIAS = 1024.0 * 256    # keeps column values positive: their floor is a position

_N_DELTA = {"PUSH": 1, "GET": 1, "SET": -1, "DROP": -1, "ADD": -1, "SUB": -1, "MUL": -1,
            "DIVU": -1, "REMU": -1, "DIVS": -1, "REMS": -1, "AND": -1, "OR": -1, "XOR": -1,
            "SHL": -1, "SHRU": -1, "SHRS": -1,
            "LOAD8U": 0, "LOAD8S": 0, "LOAD16U": 0, "LOAD16S": 0, "LOAD32": 0,
            "STORE8": -2, "STORE16": -2, "STORE32": -2, "JZ": -1, "JNZ": -1}
_CMPS = ("EQ", "NE", "LTS", "LTU", "LES", "LEU", "GTS", "GTU", "GES", "GEU")
for _c in _CMPS:
    _N_DELTA[_c] = -1
_BITWISE = ("AND", "OR", "XOR")
_SHIFTS = ("SHL", "SHRU", "SHRS")
_GUARDS = {"arith": ("MUL", "DIVU", "REMU", "DIVS", "REMS") + _BITWISE + _SHIFTS,
           "addsub": ("ADD", "SUB"), "branch": ("JZ", "JNZ"), "cmp": _CMPS,
           "load": ("LOAD8U", "LOAD8S", "LOAD16U", "LOAD16S", "LOAD32")}
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
    for group, names in _GUARDS.items():            # op groups: guards of their neurons
        t["f_" + group] = sum(t["f_" + n] for n in names)
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
    nib = np.arange(256)
    t["isNibble"] = ((ids >= m.NIBBLE0) & (ids < m.NIBBLE0 + 256)) * 1.0
    t["nibIdx"] = np.zeros(V)
    t["nibIdx"][m.NIBBLE0 + nib] = nib
    t["nibIdx^2"] = t["nibIdx"] ** 2
    t["nibAnd"] = np.zeros(V)
    t["nibAnd"][m.NIBBLE0 + nib] = (nib >> 4) & (nib & 15)
    for j in range(1, 14):                           # [i >= j], the phase flags
        t[f"nibGe{j}"] = np.zeros(V)
        t[f"nibGe{j}"][m.NIBBLE0 + nib] = nib >= j
    for j in range(4):                               # the bytes of 2**(i & 31)
        t[f"nibPow{j}"] = np.zeros(V)
        t[f"nibPow{j}"][m.NIBBLE0 + nib] = ((1 << (nib & 31)) >> (8 * j)) & 255
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

    def hat(name, x, guard=None):
        """``[x == 0]`` for integer x."""
        return g.reglu(name, [(x + 1, 1.0, 1.0), (x, 1.0, -2.0), (x - 1, 1.0, 1.0)], guard)

    # phase flags: [p >= j] read from the NIBBLE table (one lookup instead of
    # 26 neurons), [p == j] as their differences (free)
    nib_gate = e["isNibble"] + e["isOp"]
    ge = dict(enumerate(g.lookup("phase", p, e["nibIdx"], e["nibIdx^2"], nib_gate,
                                 [e[f"nibGe{j}"] for j in range(1, 14)]), start=1))
    ge[0] = one
    ph = [ge[j] - ge[j + 1] for j in range(13)]
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
    names = m.OPS + tuple(_GUARDS)
    f = dict(zip(names, g.lookup("fetch_op", pc, t, t2, code_gate, [e["f_" + n] for n in names])))
    # from here on f holds the flags of the current op (and of its group)
    (imm_p,) = g.lookup("fetch_imm_p", pc + 1 + p, t, t2, code_gate, [e["bP"]])
    (k,) = g.lookup("fetch_imm0", pc + 1, t, t2, code_gate, [e["bP"]])
    (imm1,) = g.lookup("fetch_imm1", pc + 2, t, t2, code_gate, [e["bP"]])

    f_bit = fsum(_BITWISE)
    f_alu2 = fsum(("ADD", "SUB", "MUL") + _BITWISE + _CMPS)
    f_load = fsum(_LOADS)
    f_store = fsum(_STORE_SIZE)
    f_ws = fsum(("PUSH", "GET", "SET")) + f_alu2 + f_load
    own = p - 1                                   # byte index of this B token
    # divisions write their result after 4 (unsigned: quotient) or 8 (signed: |a|,
    # quotient) scratch bytes
    f_du, f_ds = f["DIVU"] + f["REMU"], f["DIVS"] + f["REMS"]
    # shifts: 4 bytes of 2**n first; << multiplies by them, >> divides (floor)
    f_shl, f_shr = f["SHL"], f["SHRU"] + f["SHRS"]
    f_div = f_du + f_ds + f_shr
    write_slots = [(sp, fsum(("PUSH", "GET"))), (sp - 1 - k, f["SET"]),
                   (sp - 2, f_alu2), (sp - 1, f_load)]
    late = [(4, f_du + f_shl, ge[5], ph[8]), (8, f_ds + f_shr, ge[9], ph[12])]
    kw, kw2 = g.select_key("stack_key", [(4 * s + own, [isB, fl_]) for s, fl_ in write_slots]
                           + [(4 * (sp - 2) + own - d, [isB, fl_, g_]) for d, fl_, g_, _ in late])
    gate_w = g.reglu("stack_gate", [(isB + f_ws - 1, 1, 1)]
                     + [(isB + fl_ + g_ - 2, 1, 1) for _, fl_, g_, _ in late])
    kf, kf2 = g.select_key("slot_key", [(s, [isB, fl_, ph4]) for s, fl_ in write_slots]
                           + [(sp - 2, [isB, fl_, end]) for _, fl_, _, end in late])
    gate_f = g.reglu("slot_gate", [(isB + f_ws + ph4 - 2, 1, 1)]
                     + [(isB + fl_ + end - 2, 1, 1) for _, fl_, _, end in late])
    # 4 scratch bytes of this division or shift step, read where the 4th was the
    # token: |a| or 2**n (phases 4..7 of DIVS/REMS, shifts), the quotient (phases 4..7
    # of DIVU/REMU, 8..11 of DIVS/REMS/SHRU/SHRS)
    at_quotient = g.reglu("quotient_at_8", [(f_ds + f_shr + ge[8] - 1, 1, 1)], f["arith"])
    # (before p == 4 the query is t itself, not a future position: the cache's O(1) probe)
    scratch = g.lookup("scratch", t - g.relu("p-4", p - 4) + 4 * at_quotient, t, t2, one,
                       [e["bB"], prev[0], prev[1], prev[2]])
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
    slot_values = [full_u, full_s, e["bBhi"]] + slot_bytes
    top_u, top_s, neg_b, *b_bytes = g.lookup("slot_top", sp - 1, kf, kf2, gate_f, slot_values)
    sec_u, sec_s, neg_a, *a_bytes = g.lookup("slot_second", sp - 2, kf, kf2, gate_f, slot_values)
    emitted = [e["bB"], prev[0], prev[1]]
    quotient, abs_a = scratch, scratch[::-1]
    q_poly, not_q = dict(enumerate(quotient)), {i: 255 - q for i, q in enumerate(quotient)}
    pow2 = sum((q * 256.0 ** i for i, q in enumerate(quotient)), Expr())    # 2**n, for >>
    # signed: flags for the four sign cases of (a, b), and the sign of the quotient
    signs = [(f_ds + neg_a + neg_b - 2, 1.0), (f_ds - neg_a - neg_b, 1.0),
             (f_ds + neg_a - neg_b - 1, -1.0), (f_ds - neg_a + neg_b - 1, -1.0)]
    a_poly = dict(enumerate(a_bytes))
    ab = _byte_products(g, "a*b", [(a_bytes, b_bytes, f["MUL"])], f["arith"])
    qb = _byte_products(g, "q*b", [(quotient, b_bytes, f["REMU"] + f["REMS"]),
                                   (quotient, a_bytes, f_shl)], f["arith"])   # << : 2**n * a
    column = _column(g, emitted, [
        (f["MUL"], ph[0:4], [(ab, 1.0)]),
        (f["DIVU"], ph[4:8], [(q_poly, 1.0)]),
        (f["REMU"], ph[4:8], [(a_poly, 1.0), (qb, -1.0)]),
        (f_shl, ph[4:8], [(qb, 1.0)]),
        (f["SHRU"], ph[8:12], [(q_poly, 1.0)]),
        (f["SHRS"] - neg_a, ph[8:12], [(q_poly, 1.0)]),
        (f["SHRS"] + neg_a - 1, ph[8:12], [(not_q, 1.0)]),                # ~(~a >> n)
        (f_ds + neg_a - 1, ph[0:4], [(a_poly, -1.0)]),          # |a|
        (f_ds - neg_a, ph[0:4], [(a_poly, 1.0)])]
        + [(sel - f["REMS"], ph[8:12], [(q_poly, sign)]) for sel, sign in signs]
        + [(sel - f["DIVS"], ph[8:12], [(a_poly, 1.0), (qb, -sign)]) for sel, sign in signs],
        f["arith"])
    # long division, one quotient byte per phase (0..3 unsigned, 4..7 signed), high
    # byte first: digit = floor(rest / |b|), rest = floor(|a| / 256**s) - 256 |b| q,
    # q the quotient so far (the digits already emitted)
    trap_u = hat("trap_u", top_u - SELECT * (f_du - 1), f["arith"])   # b == 0: jump to the trap
    trap_s = hat("trap_s", top_u - SELECT * (f_ds - 1), f["arith"])
    div_trap = trap_u + trap_s
    divisor = g.reglu("|b|", [(f_du, top_u, 1), (f_ds + neg_b - 1, top_s, -1),
                              (f_ds - neg_b, top_s, 1), (f_shr, pow2, 1)], f["arith"])
    not_a = [255 - b for b in a_bytes]
    rest_neurons = []
    for j in range(4):
        top = lambda dividend: sum((dividend[i] * 256.0 ** (i - 3 + j) for i in range(3 - j, 4)), Expr())
        q = sum((emitted[i] * 256.0 ** i for i in range(j)), Expr())
        su, ss = SELECT * (ph[j] + f_du - 2), SELECT * (ph[4 + j] + f_ds - 2)
        rest_neurons += [(top(a_bytes) + su, 1, 1), (q + su, top_u, -256),
                         (top(abs_a) + ss, 1, 1), (q + ss + SELECT * (neg_b - 1), top_s, 256),
                         (q + ss - SELECT * neg_b, top_s, -256)]
        # >> : a (~a for SHRS of a negative a) divided by 2**n, in phases 4..7
        at = ph[4 + j]
        rest_neurons += [(top(a_bytes) + SELECT * (at + f["SHRU"] - 2), 1, 1),
                         (top(a_bytes) + SELECT * (at + f["SHRS"] - neg_a - 2), 1, 1),
                         (top(not_a) + SELECT * (at + f["SHRS"] + neg_a - 3), 1, 1),
                         (q + SELECT * (at + f_shr - 2), pow2, -256)]
    rest = g.reglu("div_rest", rest_neurons, f["arith"])

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
    y_cmp = g.reglu("y_cmp", cmp_neurons, f["cmp"])
    sz, snz = SELECT * (f["JZ"] - 1), SELECT * (f["JNZ"] - 1)
    taken = g.reglu("taken", [
        (top_u + 1 + sz, 1, 1), (top_u + sz, 1, -2), (top_u - 1 + sz, 1, 1),
        (f["JNZ"], 1, 1),
        (top_u + 1 + snz, 1, -1), (top_u + snz, 1, 2), (top_u - 1 + snz, 1, -1)], f["branch"])
    y_copy = g.mul_flag("y_copy", [(fsum(("GET", "SET", "RET", "OUT", "ERR", "HALT")) + f_store, x)])
    km, km2 = g.select_key("mem_key", [(sec_u + own, [isB, f_store]), (t, [e["isP"]])])
    gate_m = g.relu("mem_gate", isB + f_store - 1) + e["isP"] + e["isOp"]
    q_mem = top_u + p - p_clip

    # -- stage 4: memory, previous pre-carry sums ------------------------------
    mem_byte, mem_hi, mem_key = g.lookup(
        "memory", q_mem, km, km2, gate_m,
        [e["bB"] + e["bP"], e["bBhi"] + e["bPhi"], km])
    s_add, s_sub = y2 + x, y2 - x
    (column_div,) = g.lookup("column_floor", (column + COLUMN_BIAS - 127.5) * (1 / 256),
                             t, t2, one, [t])
    # a & b byte by byte: split into nibbles on the position line, AND them in the table
    x_bit = g.reglu("x&", [(f_bit, x, 1)], f["arith"])
    y_bit = g.reglu("y&", [(f_bit, y2, 1)], f["arith"])
    # floor(x / 16) + 1: the query stays positive, which keeps the cache's probe O(1)
    (x_hi1,) = g.lookup("nibble_x", (x_bit + 8.5) * (1 / 16), t, t2, one, [t])
    (y_hi1,) = g.lookup("nibble_y", (y_bit + 8.5) * (1 / 16), t, t2, one, [t])
    x_hi, y_hi = x_hi1 - 1, y_hi1 - 1
    (and_hi,) = g.lookup("and_hi", 16 * x_hi + y_hi, e["nibIdx"], e["nibIdx^2"], nib_gate,
                         [e["nibAnd"]])
    (and_lo,) = g.lookup("and_lo", 16 * (x_bit - 16 * x_hi) + y_bit - 16 * y_hi,
                         e["nibIdx"], e["nibIdx^2"], nib_gate, [e["nibAnd"]])
    x_and_y = 16 * and_hi + and_lo
    (digit,) = g.lookup("div_digit", 2 * rest - divisor + f_div, t, t2, one, [t],
                        query_scale=2 * (divisor + 1 - f_div + div_trap))
    prev_add, prev_sub = g.lookup("prev_sums", t - 1, t, t2, one, [s_add, s_sub])
    # the bytes of 2**(b & 31) from the NIBBLE table, emitted high byte first by shifts
    pow2_bytes = g.lookup("pow2", b_bytes[0], e["nibIdx"], e["nibIdx^2"], nib_gate,
                          [e[f"nibPow{j}"] for j in range(4)])
    y_pow = g.reglu("y_pow", [(ph[j] + f_shl + f_shr - 1, pow2_bytes[3 - j], 1) for j in range(4)],
                    f["arith"])

    n_bytes = (4 * (fsum(("PUSH", "GET", "SET", "HALT")) + f_alu2 + f_load)
               + sum(n * f[s] for s, n in _STORE_SIZE.items())
               + 3 * (f["JMP"] + f["RET"] + taken) + f["OUT"] + f["ERR"]
               + 8 * (f_du + f_shl) + 12 * (f_ds + f_shr) - 5 * trap_u - 9 * trap_s)
    emit_byte = g.step("emit_B", n_bytes - p)
    d_mem = q_mem - mem_key
    s_ld = SELECT * (f_load + (1 - ge_size) - 2)
    s_sx = SELECT * (f["LOAD8S"] + f["LOAD16S"] + ge_size - 2)
    y_mem = g.reglu("y_mem", [
        (d_mem + 1 + s_ld, mem_byte, 1), (d_mem + s_ld, mem_byte, -2), (d_mem - 1 + s_ld, mem_byte, 1),
        (d_mem + 1 + s_sx, mem_hi, 255), (d_mem + s_sx, mem_hi, -510), (d_mem - 1 + s_sx, mem_hi, 255)], f["load"])
    u_add, u_sub = prev_add - e["bB"], prev_sub - e["bB"]
    s_c = SELECT * (isB + f["ADD"] - 2)
    s_b = SELECT * (isB + f["SUB"] - 2)
    v_alu = g.reglu("alu_sum", [
        (f["ADD"], s_add, 1), (f["SUB"], s_sub, 1),
        (u_add - 127 + s_c, 1, 1), (u_add - 128 + s_c, 1, -1),           # carry in
        (-u_sub - 127 + s_b, 1, -1), (-u_sub - 128 + s_b, 1, 1)], f["addsub"])        # borrow in

    # -- stage 5: wrap the ALU byte into 0..255; gather what the output head reads
    # (one slot per output keeps the output head to a handful of columns)
    wrap = [(-v_alu, 1, 256), (-v_alu - 1, 1, -256), (v_alu - 255, 1, -256), (v_alu - 256, 1, 256)]
    y_column = column - 256 * (column_div - COLUMN_BIAS / 256)
    y_div = g.reglu("y_div", [(digit + SELECT * (f_du - ge[4] - div_trap - 1), 1, 1),
                              (digit + SELECT * (f_ds + f_shr + ge[4] - ge[8] - div_trap - 2), 1, 1),
                              (div_trap + ph0 - 1, m.DIV_ZERO_TRAP, 1)], f["arith"])
    byte = y_imm + y_copy + y_cmp + y_mem + v_alu + y_column + y_div + y_pow
    bitwise = [(f["AND"], x_and_y, 1), (f["OR"], x + y2 - x_and_y, 1),
               (f["XOR"], x + y2 - 2 * x_and_y, 1)]
    # a signed division by 0 jumps instead of emitting |a|: drop that column's bytes
    trap_fix = [(div_trap, y_column, -1)]
    g.output("byte", g.reglu("byte", wrap + bitwise + trap_fix + [(one, byte, 1)]))
    outputs = {
        "emit_B": emit_byte,
        "commit_N": fsum(_N_DELTA) - taken - div_trap,
        "delta_N": sum((d * f[n] for n, d in _N_DELTA.items()), 0 * one),
        "commit_J": f["JMP"] + f["RET"] + taken + div_trap,
        "delta_J": -taken - ret_pop - 2 * div_trap,
        "commit_OUT": f["OUT"],
        "commit_ERR": f["ERR"],
        "commit_HALT": f["HALT"],
    }
    for name, expr in outputs.items():
        g.output(name, g.reglu(name, [(one, expr, 1)]))
    return g


def _byte_products(g, name, pairs, guard):
    """``{m: sum of x_i * y_k over i + k = m}`` for m < 4, the byte products of two
    little-endian byte lists (one ReGLU neuron each, exact); ``pairs = [(x, y,
    flag)]``: the pair whose 0/1 ``flag`` is 1 (at most one), else all zero."""
    return {m: g.reglu(f"{name}[{m}]", [(x[i] + SELECT * (flag - 1), y[m - i], 1.0)
                                        for x, y, flag in pairs for i in range(m + 1)], guard)
            for m in range(4)}


def _column(g, emitted, ops, guard):
    """Byte ``j`` of a sum of byte polynomials, before its final ``mod 256``.

    ``ops = [(flag, phase_flags, terms)]``: at phase ``phase_flags[j]`` of a step
    whose ``flag`` is 1, the result is ``sum(sign * poly)`` mod 2**32 over
    ``terms = [(poly, sign)]``, ``poly = {m: coefficient of 256**m}`` (bytes or
    byte products).  MUL: ``a * b``; DIVU: the quotient; REMU: ``a - q * b``.
    Column ``j`` is the coefficient of ``256**j`` plus the carry out of the
    columns below.  That carry needs no recurrence: it is
    ``(sum over m < j of (column_m - r_m) * 256**m) / 256**j``, where the result
    bytes ``r_m`` already emitted are the token and the previous ones
    (``emitted[0]`` is ``r_(j-1)``).  So each (op, phase) is one neuron, gated
    by its two flags, whose value is a fixed linear combination.  The value is
    an integer of magnitude below 2**18; every partial sum is a multiple of
    2**-24 below 2**19, so float64 adds it exactly.  The ``mod 256`` is a
    lookup on the position number line.
    """
    neurons = []
    for flag, phases, terms in ops:
        for j, ph in enumerate(phases):
            value = sum((emitted[i] * -256.0 ** (-i - 1) for i in range(j)), Expr())
            for poly, sign in terms:
                value = value + sum((poly[m] * (sign * 256.0 ** (m - j)) for m in range(j + 1)),
                                    Expr())
            neurons.append((ph + flag - 1, value, 1.0))
    return g.reglu("column", neurons, guard)


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

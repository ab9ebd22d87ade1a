"""The VM interpreter (``tinyexec.machine``) written in the graph language.

At every position the network recomputes the machine state from the trace and
predicts the next token.  Stage by stage (the scheduler finds these layers):

0. running sums of the commit tokens (call depth, instructions advanced), the
   three previous tokens' bytes (keyed by the position mod 4), and the phase
   ``p`` = B tokens already emitted in the current step (distance to the
   latest commit);
1. depth rounded to an exact integer on the position number line; ``PC`` =
   the latest jump target + advances since (a difference of two running
   sums, within 2**-21 of the integer); the phase flags ``[p >= j]`` and the
   phase itself read from the NIBBLE table;
2. fetch the opcode's features and the fields D, A, B, I0..I3 at ``PC``;
3. read the operands X, Y, Z by slot (one key array holds every slot write
   and every prompt word, so Y can be the instruction's immediate too);
   address, compares, byte products, the long-division remainder; faults;
4. the next quotient digit, the nibbles of AND/OR/XOR operands, the bytes of
   ``2**n`` for the shifts; the column values of ADD/SUB/MUL/DIV/shifts;
   memory keys; which fault (if any) stops the machine;
5. memory, the columns' ``floor(/256)``, the nibble table; the byte to emit
   and which token class comes next.

Why every head is exact (float64 carries 53 bits; traces below 2**28
positions, the engine's ``MAX_POSITIONS``):

* No key grows with the trace beyond 2**23 where it can win.  The position
  line (keys ``(2k, -k**2)``, k the position) is only asked for small
  numbers: a call depth, a prompt position, a column's floor, a nibble, a
  quotient digit -- all below 2**23, so the winner and its neighbours score
  exactly enough (as below).  A key k > 2**26 has ``k**2`` rounded (it is
  below 2**56), but for a query q < 2**23 (scale s) its score ``s(2qk -
  k**2)`` is below ``-s k**2 / 2``, and consecutive such scores differ by
  ``s(2(k - q) - 1) > s 2**25`` while each is rounded by less than ``3 s
  2**4``: they fall strictly as k grows, far below the winner's, so neither
  the argmax nor a binary search over them can change.  What the trace
  needs from its own recent past uses keys that stay small instead:
  ``prev*`` (residues mod 4) and ``scratch`` (phases).
* ``cumsum`` (averaging): its values are the commits' small integer deltas, so
  the running sum S < 2**28 is exact and the mean is one division,
  ``fl(S/n)``, the same in the engine and the dense pass.  ``fl(n *
  fl(S/n))`` (``depth≈``, ``cnt≈``) is within two ulps of S: at most 2**-24.
* ``round_depth``: keys are positions, the query within 2**-24 of the depth
  (below 2**15), so the nearest key beats the next one by a score margin of
  almost 1 while the rounding error of ``2qk - k**2`` stays below 2**-20.
  The value returned, ``t``, is exact.
* ``prev*``: position j's key is ``j mod 4`` (on the parabola with its
  square), the query ``(t - k) mod 4`` for k = 1..3: among positions t - 3 ..
  t every residue appears once, so the latest key equal to the query is t -
  k (for t < k: the key nearest, position t or BOS, both in instruction 0).
* ``scratch``: a position's key is its phase (0..255, its index in the
  NIBBLE table), the query the integer phase ``min(p, 4)`` (8 for a
  quotient) at most p: the current step holds it, at the latest position
  with that key.
* ``last_commit``, ``last_jump``: every gated key is the same point (0, 0), so
  the tie-break alone picks the latest; ungated keys sit exactly BIG = 2**50
  lower.
* ``fetch_*``: ``PC = jump target + cnt≈ - cnt≈ at the jump`` is within
  2**-21 of an integer below 2**16 (the two running sums within 2**-24 each,
  two roundings of sums below 2**29), so the query ``8 PC + k`` is within
  2**-18 of a prompt position; keys are positions, margin as above.
* ``word_x``, ``word_y``, ``word_z``: keys are prompt positions (< 2**22) and
  slot keys ``SLOT_BASE + 128 depth + field`` (< 2**23), each with its exact
  square from :meth:`Graph.select_key`.  Slot queries are exact integers; the
  immediate's query ``8 PC + 7`` is within 2**-22 of one.
* ``memory``: keys are positions and store addresses clamped to
  ``0..MEM_SIZE`` (< 2**23), queries the same clamped integers.
* ``column_floor``: the query ``(U + 2**18 - 127.5) / 256`` for an integer
  column value ``|U| < 2**18`` (0 outside MUL and the divisions) lies within
  0.498 of ``floor(U / 256) + 1024``, a position below 2048, which every
  prompt has (``machine.MIN_PROMPT``).
* ``nibble_x``, ``nibble_y``: query ``(x + 8.5) / 16`` for a byte x (0 outside
  AND/OR/XOR) is within 0.47 of ``floor(x / 16) + 1``, a position below 17.
* ``and_hi``, ``and_lo``, ``pow2``, ``phase``: integer queries ``16u + v`` (u,
  v nibbles), a byte or the phase on the prompt's NIBBLE tokens, keyed by
  their index with its exact square (BOS: key 0, value 0).
* ``div_digit``: query ``(2r - b + 1, 2b)`` for the integer remainder
  ``r < 256 b`` (b: the divisor, ``2**n`` for ``>>``): the score
  ``2k(2r - b + 1) - 2b k**2`` is an integer below 2**50 near the winner
  ``k = floor(r / b)`` and beats its neighbours by at least 2.  Keys are
  positions 0..255.  Outside a division ``r = 0`` and the winner is key 0;
  for b = 0 (a fault) the scores are strictly increasing in k up to r, and
  consecutive ones differ by far more than their rounding, so both passes
  pick alike.
* FFN neurons see integers below 2**42 (values up to 2**35 plus SELECT = 2**40
  gate offsets), and their products stay below 2**53.

Every lookup has a gated key at position 0 (BOS), so a winner always exists.

A fault is decided at the first token of a step, from the instruction and its
operands, and the step is then ``B<kind> FAULT``: the kind byte replaces
whatever the instruction would have written (its neurons are gated off), and
the FAULT token's class bonus (2 M) beats the other commits (M).  Operands
are read at every token of a step, and a slot the step writes changes at its
last value byte: whatever is emitted after that (a CALLR's target) reads the
new value, and faults are only decided at the first two tokens.
"""
from __future__ import annotations

import numpy as np

from .. import machine as m
from .graph import SELECT, Expr, Graph

M_CLASS = float(2 ** 30)      # logit bonus of the token class that must come next
COLUMN_BIAS = 1024.0 * 256    # keeps column values positive: their floor is a position

# groups of functions whose neurons are guarded by one fetched flag: when it is 0,
# every gate of those neurons is <= 0, so the engine may skip them
GUARDS = {"arith": ("mul", "and", "or", "xor", "shl", "shru", "shrs", "divu", "remu", "divs",
                    "rems"),
          "cmp": m.COMPARES,
          "load": ("ld8u", "ld8s", "ld16u", "ld16s", "ld32"),
          "mem": ("ld8u", "ld8s", "ld16u", "ld16s", "ld32", "st8", "st16", "st32")}
DIVISIONS = ("divu", "remu", "divs", "rems")


def _op_features() -> dict[str, np.ndarray]:
    """What the model fetches at PC: a value per opcode for each feature, all
    derived from ``machine.OPS``."""
    feats: dict[str, list] = {}

    def put(name, op_index, value=1.0):
        feats.setdefault(name, [0.0] * m.NUM_OPS)[op_index] = value

    for i, op in enumerate(m.OPS):
        put("is_op", i)
        put("f_" + op.func, i)
        put("k_" + op.kind, i)
        if op.x == "slot":
            put("x_slot", i)
        if op.y in ("slot", "imm"):
            put("y_" + op.y, i)
        if op.z:
            put("z_slot", i)
        if op.target:
            put("t_" + op.target, i)
            put(f"target_{op.target}_{op.scratch + op.value}", i)   # its first byte's phase
        if op.kind == "call" or op.commit in ("J0", "J-1"):
            put("jumps", i)                           # always; branches only when taken
        if op.commit == "N":
            put("next", i)
        if op.writes == "slot":                       # the slot key is at the result's last byte
            put(f"write_at_{op.scratch + op.value}", i)
        if op.kind in ("load", "store"):
            put("size-1", i, op.size - 1)
        if op.func == "mov" or op.kind in ("call", "out", "halt"):
            put("copies_y", i)                        # its bytes are Y's
        if op.kind != "branch":
            put("n_bytes", i, op.step_bytes)
        if op.commit in ("J+1", "J-1"):
            put("delta", i, 1 if op.commit == "J+1" else -1)
        for group, funcs in GUARDS.items():
            if op.func in funcs:
                put("g_" + group, i)
    return {name: np.array(v) for name, v in feats.items()}


def _tables():
    """Embedding feature tables over the vocabulary."""
    V = m.VOCAB_SIZE
    ids = np.arange(V)
    t = {}
    is_b = ids < m.P0
    is_p = (ids >= m.P0) & (ids < m.OP0)
    t["isB"] = is_b * 1.0
    t["bB"] = np.where(is_b, ids - m.B0, 0.0)
    t["isP"] = is_p * 1.0
    t["bP"] = np.where(is_p, ids - m.P0, 0.0)
    t["bPhi"] = np.where(is_p & (ids - m.P0 >= 128), 1.0, 0.0)
    t["byte"] = t["bB"] + t["bP"]
    t["hi"] = np.where((is_b | is_p) & ((ids & 255) >= 128), 1.0, 0.0)
    t["isBOS"] = (ids == m.TOK_BOS) * 1.0
    t["isGO"] = (ids == m.TOK_GO) * 1.0
    is_op = (ids >= m.OP0) & (ids < m.OP0 + m.NUM_OPS)
    for name, per_op in _op_features().items():
        t[name] = np.zeros(V)
        t[name][is_op] = per_op
    is_j = ((ids >= m.J_FIRST) & (ids < m.TOK_OUT)) | (ids == m.TOK_GO)
    t["isCommit"] = ((ids >= m.TOK_N) & (ids <= m.TOK_FAULT) | (ids == m.TOK_GO)) * 1.0
    t["isJ"] = is_j * 1.0
    t["adv"] = np.isin(ids, (m.TOK_N, m.TOK_OUT, m.TOK_ERR)) * 1.0
    t["dDepth"] = np.zeros(V)
    for d in m.J_DELTAS:
        t["dDepth"][m.tok_j(d)] = d
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
    isB, bos = e["isB"], e["isBOS"]

    def hat(name, x, flag=None, guard=None):
        """``[x == 0]`` for integer x (and ``flag``, a 0/1 expression, is 1)."""
        s = 0 * one if flag is None else SELECT * (flag - 1)
        return g.reglu(name, [(x + 1 + s, 1.0, 1.0), (x + s, 1.0, -2.0), (x - 1 + s, 1.0, 1.0)],
                       guard)

    def at_least(name, x, threshold, flag):
        """``[x >= threshold]`` for integer x, when the 0/1 ``flag`` (a node) is 1, else 0."""
        s = SELECT * (flag - 1)
        return g.reglu(name, [(x - threshold + 1 + s, 1.0, 1.0), (x - threshold + s, 1.0, -1.0)],
                       flag)

    # -- stage 0: running sums, previous bytes, phase -------------------------
    mean_depth, mean_adv = g.mean("cumsum", [e["dDepth"], e["adv"]])
    # the previous tokens: t - k is the latest position whose residue mod 4 is
    # (t - k) mod 4, so these keys stay below 4 however long the trace
    residue, residue_sq = g.position(period=4), g.position(period=4, power=2)
    prev = [g.lookup(f"prev{k}", g.position(offset=4 - k, period=4), residue, residue_sq, one,
                     [e["byte"], e["hi"]]) for k in (1, 2, 3)]
    (last_commit,) = g.lookup("last_commit", 0, 0, 0, e["isCommit"] + bos, [t])
    p = t - last_commit            # bytes emitted so far in this step
    depth_approx = g.reglu("depth≈", [(t + 1, mean_depth, 1.0)])
    cnt_approx = g.reglu("cnt≈", [(t + 1, mean_adv, 1.0)])

    # phase flags: [p >= j] read from the NIBBLE table, [p == j] as their differences
    nib_gate = e["isNibble"] + bos
    *flags, phase, phase_sq = g.lookup("phase", p, e["nibIdx"], e["nibIdx^2"], nib_gate,
                                       [e[f"nibGe{j}"] for j in range(1, 14)]
                                       + [e["nibIdx"], e["nibIdx^2"]])
    ge = dict(enumerate(flags, start=1))
    ge[0] = one
    ph = [ge[j] - ge[j + 1] for j in range(13)]
    # at a J commit: the target its two B tokens spell (GO starts at the first instruction)
    target = prev[1][0] + 256 * prev[0][0] + m.FIRST_INSTR * e["isGO"]

    # -- stage 1: exact depth, PC ------------------------------------------------
    (depth,) = g.lookup("round_depth", depth_approx, t, t2, one, [t])
    jump_target, cnt_at_jump = g.lookup("last_jump", 0, 0, 0, e["isJ"] + bos,
                                        [target, cnt_approx])
    pc = jump_target + cnt_approx - cnt_at_jump       # within 2**-21 of an integer
    at_pc = m.INSTR_WIDTH * pc

    # -- stage 2: fetch ---------------------------------------------------------
    names = tuple(_op_features())
    f = dict(zip(names, g.lookup("fetch_op", at_pc, t, t2, one, [e[n] for n in names])))
    # from here on f holds the features of the current instruction
    (fd,) = g.lookup("fetch_d", at_pc + 1, t, t2, one, [e["bP"]])
    (fa,) = g.lookup("fetch_a", at_pc + 2, t, t2, one, [e["bP"]])
    (fb,) = g.lookup("fetch_b", at_pc + 3, t, t2, one, [e["bP"]])
    imm = [g.lookup(f"fetch_i{k}", at_pc + 4 + k, t, t2, one, [e["bP"]] + (
        [e["bPhi"]] if k == 3 else [])) for k in range(4)]
    imm_bytes = [v[0] for v in imm]
    imm_s = sum((b * 256.0 ** k for k, b in enumerate(imm_bytes)), Expr()) - 2.0 ** 32 * imm[3][1]

    def ff(*names_):
        return sum((f[n] for n in names_ if n in f), 0 * one)

    f_du, f_ds = ff("f_divu", "f_remu"), ff("f_divs", "f_rems")
    f_shl, f_shr = f["f_shl"], ff("f_shru", "f_shrs")
    f_div = f_du + f_ds + f_shr
    f_bit = ff("f_and", "f_or", "f_xor")
    own = p - 1                                   # byte index of this B token
    frame = m.SLOT_BASE + m.FRAME * depth

    # the word array: every prompt word (keyed by its last position) and every slot write
    # (keyed SLOT_BASE + 128 depth + field, at the last byte of the value)
    writes = [(frame + fd, [isB, f[f"write_at_{n}"], ph[n]]) for n in (4, 8, 12)]
    writes.append((frame + m.LINK, [isB, f["k_call"], ph[4]]))
    kw, kw2 = g.select_key("word_key", [(t, [e["isP"] + bos])] + writes)
    gate_w = g.reglu("word_gate", [(e["isP"] + bos, 1, 1)]
                     + [(sum(flags, Expr()) - len(flags) + 1, 1, 1) for _, flags in writes])
    zero = m.ZERO_WORD
    x_query = zero + g.reglu("x_query", [(frame + fa - zero + SELECT * (f["x_slot"] - 1), 1, 1)])
    y_query = zero + g.reglu("y_query", [
        (frame + fb - zero + SELECT * (f["y_slot"] - 1), 1, 1),
        (at_pc + 7 - zero + SELECT * (f["y_imm"] - 1), 1, 1)])      # the immediate word
    z_query = frame + fd
    size1 = f["size-1"]
    p_clip = g.relu("p-size", p - size1)
    ge_size = g.step("p>=size", p - size1)
    # the 4 scratch bytes of a division or shift: |a| or 2**n (phases 4..7 of DIVS/REMS,
    # shifts), the quotient (phases 4..7 of DIVU/REMU, 8..11 of DIVS/REMS/SHRU/SHRS),
    # read where the 4th was the token
    at_quotient = g.reglu("quotient_at_8", [(f_ds + f_shr + ge[8] - 1, 1, 1)], f["g_arith"])
    depth_fault = (at_least("call_too_deep", depth, m.MAX_DEPTH - 1, f["k_call"])   # a call at
                   + g.reglu("return_at_0", [(1 - depth + SELECT * (f["k_ret"] - 1), 1.0, 1.0)],
                             f["k_ret"]))                                 # the deepest frame


    # -- stage 3: operands ---------------------------------------------------------
    word_values = [kw, prev[2][0], prev[1][0], prev[0][0], e["byte"],
                   prev[2][1], prev[1][1], e["hi"]]
    kx, *x_rest = g.lookup("word_x", x_query, kw, kw2, gate_w, word_values)
    ky, *y_rest = g.lookup("word_y", y_query, kw, kw2, gate_w, word_values[:5] + [e["hi"]])
    kz, *z_bytes = g.lookup("word_z", z_query, kw, kw2, gate_w, word_values[:5])
    x_bytes, (x_hi0, x_hi1, x_neg) = x_rest[:4], x_rest[4:]
    y_bytes, y_neg = y_rest[:4], y_rest[4]
    x_u = sum((b * 256.0 ** k for k, b in enumerate(x_bytes)), Expr())
    y_u = sum((b * 256.0 ** k for k, b in enumerate(y_bytes)), Expr())
    x_s, y_s = x_u - 2.0 ** 32 * x_neg, y_u - 2.0 ** 32 * y_neg
    # the step's token at phase min(p, 4) (8 for a quotient): the latest position
    # whose phase is that, keyed by the phase (its index in the NIBBLE table)
    scratch = g.lookup("scratch", p - g.relu("p-4", p - 4) + 4 * at_quotient, phase, phase_sq,
                       one, [e["bB"], prev[0][0], prev[1][0], prev[2][0]])

    # a read of a slot that was never written: the key found is another one
    uses = [(f["x_slot"], x_query, kx), (f["y_slot"], y_query, ky), (f["z_slot"], z_query, kz)]
    missing = sum((flag - hat(f"found_{n}", q - k, flag, flag) for n, (flag, q, k) in
                   zip("xyz", uses)), Expr())
    address = x_s + y_s + imm_s                   # all three signed, as the reference adds them
    g_mem = f["g_mem"]
    mem_fault = g.reglu("mem_fault", [            # address < NULL_PAGE or past the end
        (m.NULL_PAGE - address + SELECT * (g_mem - 1), 1.0, 1.0),
        (m.NULL_PAGE - 1 - address + SELECT * (g_mem - 1), 1.0, -1.0),
        (address - m.MEM_SIZE + size1 + 1 + SELECT * (g_mem - 1), 1.0, 1.0),
        (address - m.MEM_SIZE + size1 + SELECT * (g_mem - 1), 1.0, -1.0)], g_mem)
    # the address clamped to 0..MEM_SIZE (0 outside loads and stores)
    addr = g.reglu("address", [(address + SELECT * (g_mem - 1), 1.0, 1.0),
                               (address - m.MEM_SIZE + SELECT * (g_mem - 1), 1.0, -1.0)], g_mem)
    q_mem = addr + p - p_clip
    div_zero = hat("div_zero", y_u, f_du + f_ds, f["g_arith"])
    callr_range = at_least("callr_range", x_u, 1 << 16, f["t_x"])

    quotient, abs_a = scratch, scratch[::-1]
    q_poly, not_q = dict(enumerate(quotient)), {i: 255 - q for i, q in enumerate(quotient)}
    pow2 = sum((q * 256.0 ** i for i, q in enumerate(quotient)), Expr())    # 2**n, for >>
    # signed: flags for the four sign cases of (a, b), and the sign of the quotient
    signs = [(f_ds + x_neg + y_neg - 2, 1.0), (f_ds - x_neg - y_neg, 1.0),
             (f_ds + x_neg - y_neg - 1, -1.0), (f_ds - x_neg + y_neg - 1, -1.0)]
    x_poly, y_poly = dict(enumerate(x_bytes)), dict(enumerate(y_bytes))
    ab = _byte_products(g, "a*b", [(x_bytes, y_bytes, f["f_mul"])], f["g_arith"])
    qb = _byte_products(g, "q*b", [(quotient, y_bytes, ff("f_remu", "f_rems")),
                                   (quotient, x_bytes, f_shl)], f["g_arith"])   # << : 2**n * a
    # long division, one quotient byte per phase (0..3 unsigned, 4..7 signed), high
    # byte first: digit = floor(rest / |b|), rest = floor(|a| / 256**s) - 256 |b| q,
    # q the quotient so far (the digits already emitted)
    emitted = [e["bB"], prev[0][0], prev[1][0]]
    divisor = g.reglu("|b|", [(f_du, y_u, 1), (f_ds + y_neg - 1, y_s, -1),
                              (f_ds - y_neg, y_s, 1), (f_shr, pow2, 1)], f["g_arith"])
    not_a = [255 - b for b in x_bytes]
    rest_neurons = []
    for j in range(4):
        top = lambda dividend: sum((dividend[i] * 256.0 ** (i - 3 + j) for i in range(3 - j, 4)), Expr())
        q = sum((emitted[i] * 256.0 ** i for i in range(j)), Expr())
        unsigned, signed = SELECT * (ph[j] + f_du - 2), SELECT * (ph[4 + j] + f_ds - 2)
        rest_neurons += [(top(x_bytes) + unsigned, 1, 1), (q + unsigned, y_u, -256),
                         (top(abs_a) + signed, 1, 1), (q + signed + SELECT * (y_neg - 1), y_s, 256),
                         (q + signed - SELECT * y_neg, y_s, -256)]
        # >> : a (~a for SHRS of a negative a) divided by 2**n, in phases 4..7
        at = ph[4 + j]
        rest_neurons += [(top(x_bytes) + SELECT * (at + f["f_shru"] - 2), 1, 1),
                         (top(x_bytes) + SELECT * (at + f["f_shrs"] - x_neg - 2), 1, 1),
                         (top(not_a) + SELECT * (at + f["f_shrs"] + x_neg - 3), 1, 1),
                         (q + SELECT * (at + f_shr - 2), pow2, -256)]
    rest = g.reglu("div_rest", rest_neurons, f["g_arith"])
    add, sub, mul = f["f_add"], f["f_sub"], f["f_mul"]
    arith = f["g_arith"]
    column = _column(g, emitted, [
        (add, add, ph[0:4], [(x_poly, 1.0), (y_poly, 1.0)]),
        (sub, sub, ph[0:4], [(x_poly, 1.0), (y_poly, -1.0)]),
        (mul, mul, ph[0:4], [(ab, 1.0)]),
        (arith, f["f_divu"], ph[4:8], [(q_poly, 1.0)]),
        (arith, f["f_remu"], ph[4:8], [(x_poly, 1.0), (qb, -1.0)]),
        (arith, f_shl, ph[4:8], [(qb, 1.0)]),
        (arith, f["f_shru"], ph[8:12], [(q_poly, 1.0)]),
        (arith, f["f_shrs"] - x_neg, ph[8:12], [(q_poly, 1.0)]),
        (arith, f["f_shrs"] + x_neg - 1, ph[8:12], [(not_q, 1.0)]),       # ~(~a >> n)
        (arith, f_ds + x_neg - 1, ph[0:4], [(x_poly, -1.0)]),            # |a|
        (arith, f_ds - x_neg, ph[0:4], [(x_poly, 1.0)])]
        + [(arith, sel - f["f_rems"], ph[8:12], [(q_poly, sign)]) for sel, sign in signs]
        + [(arith, sel - f["f_divs"], ph[8:12], [(x_poly, 1.0), (qb, -sign)])
           for sel, sign in signs])

    # comparisons of X and Y: 1 if the current compare holds, else 0
    du, ds = x_u - y_u, x_s - y_s
    holds = Expr()
    for name in m.COMPARES:
        d = du if name.endswith("u") else ds
        flag = f["f_" + name]
        s = SELECT * (flag - 1)
        if name == "eq":
            neurons = [(d + 1 + s, 1, 1), (d + s, 1, -2), (d - 1 + s, 1, 1)]
        elif name == "ne":
            neurons = [(d + s, 1, 1), (d - 1 + s, 1, -1), (-d + s, 1, 1), (-d - 1 + s, 1, -1)]
        elif name.startswith("lt"):
            neurons = [(-d + s, 1, 1), (-d - 1 + s, 1, -1)]
        elif name.startswith("le"):
            neurons = [(1 - d + s, 1, 1), (-d + s, 1, -1)]
        elif name.startswith("gt"):
            neurons = [(d + s, 1, 1), (d - 1 + s, 1, -1)]
        else:
            neurons = [(d + 1 + s, 1, 1), (d + s, 1, -1)]
        holds = holds + g.reglu("holds_" + name, neurons, flag)
    # a & b byte by byte: split into nibbles on the position line, AND them in the table
    x_bit = g.reglu("x&", [(ph[j] + f_bit - 1, x_bytes[j], 1) for j in range(4)], f["g_arith"])
    y_bit = g.reglu("y&", [(ph[j] + f_bit - 1, y_bytes[j], 1) for j in range(4)], f["g_arith"])

    # bytes that are copied: Y (MOV, a call's link, OUT, HALT), Z (stores), a jump target,
    # X sign-extended; one node per flag that guards it
    def copy(name, flag, phases, sources, factor=1):
        return g.reglu(name, [(ph_ + flag - 1, v, factor) for ph_, v in zip(phases, sources)], flag)

    y_copy = copy("copy_y", f["copies_y"], ph, y_bytes) + copy("copy_z", f["k_store"], ph, z_bytes)
    for mode, first, pair in (("imm", 0, imm_bytes[:2]), ("imm", 4, imm_bytes[:2]),
                              ("db", 0, (fd, fb)), ("x", 4, x_bytes[:2]), ("link", 0, x_bytes[2:])):
        y_copy = y_copy + copy(f"copy_target_{mode}_{first}", f[f"target_{mode}_{first}"],
                               ph[first:first + 2], pair)
    mid = ge[2] - ge[4]
    y_copy = y_copy + copy("copy_x0", f["k_ext"], ph, x_bytes[:1]) + \
        copy("copy_sext8", f["f_sext8"], (ph[1], mid), (x_hi0, x_hi0), 255) + \
        copy("copy_sext16", f["f_sext16"], (ph[1], mid, mid), (x_bytes[1], x_hi1, 0 * one)) + \
        g.reglu("copy_sext16_hi", [(mid + f["f_sext16"] - 1, x_hi1, 255)], f["f_sext16"])

    # -- stage 4: digits, nibbles, 2**n, columns; store keys; faults ------------------
    (digit,) = g.lookup("div_digit", 2 * rest - divisor + f_div, t, t2, one, [t],
                        query_scale=2 * (divisor + 1 - f_div + div_zero))
    # floor(x / 16) + 1: the query stays positive, which keeps the cache's probe O(1)
    (x_hi1,) = g.lookup("nibble_x", (x_bit + 8.5) * (1 / 16), t, t2, one, [t])
    (y_hi1,) = g.lookup("nibble_y", (y_bit + 8.5) * (1 / 16), t, t2, one, [t])
    x_nib, y_nib = x_hi1 - 1, y_hi1 - 1
    # the bytes of 2**(b & 31) from the NIBBLE table, emitted high byte first by shifts
    pow2_bytes = g.lookup("pow2", y_bytes[0], e["nibIdx"], e["nibIdx^2"], nib_gate,
                          [e[f"nibPow{j}"] for j in range(4)])
    y_pow = g.reglu("y_pow", [(ph[j] + f_shl + f_shr - 1, pow2_bytes[3 - j], 1) for j in range(4)],
                    f["g_arith"])
    y_div = g.reglu("y_div", [(digit + SELECT * (f_du - ge[4] - 1), 1, 1),
                              (digit + SELECT * (f_ds + f_shr + ge[4] - ge[8] - 2), 1, 1)],
                    f["g_arith"])
    taken = g.reglu("taken", [(holds + f["k_branch"] - 1, 1, 1)])
    y_set = g.reglu("y_set", [(holds + f["k_set"] + ph[0] - 2, 1, 1)])
    km, km2 = g.select_key("mem_key", [(addr + own, [isB, f["k_store"]]),
                                       (t, [e["isP"] + bos])])
    gate_m = g.relu("mem_gate", isB + f["k_store"] - 1) + e["isP"] + bos
    # which fault stops the machine: a PC that holds no instruction, then a read of an
    # unwritten slot, then the instruction's own (exclusive by kind).  Decided at the
    # step's first two tokens (B<kind> FAULT): later ones may see the step's own writes.
    late = SELECT * ge[2]
    pc_fault = g.relu("pc_f", 1 - f["is_op"] - late)
    uninit = g.step("uninit", missing - late)
    own_faults = {m.FAULT_DEPTH: g.relu("depth_f", depth_fault - missing - late),
                  m.FAULT_PC: g.relu("callr_f", callr_range - missing - depth_fault - late),
                  m.FAULT_DIV_ZERO: g.relu("div_zero_f", div_zero - missing - late),
                  m.FAULT_MEMORY: g.relu("mem_f", mem_fault - missing - late)}
    fault = pc_fault + uninit + sum(own_faults.values(), Expr())
    kind = m.FAULT_PC * pc_fault + m.FAULT_UNINIT * uninit + \
        sum((k * v for k, v in own_faults.items()), Expr())

    # -- stage 5: memory, column floor, nibble AND; the output -----------------------
    mem_byte, mem_hi, mem_key = g.lookup("memory", q_mem, km, km2, gate_m,
                                         [e["byte"], e["hi"], km])
    (column_div,) = g.lookup("column_floor", (column + COLUMN_BIAS - 127.5) * (1 / 256),
                             t, t2, one, [t])
    (and_hi,) = g.lookup("and_hi", 16 * x_nib + y_nib, e["nibIdx"], e["nibIdx^2"], nib_gate,
                         [e["nibAnd"]])
    (and_lo,) = g.lookup("and_lo", 16 * (x_bit - 16 * x_nib) + y_bit - 16 * y_nib,
                         e["nibIdx"], e["nibIdx^2"], nib_gate, [e["nibAnd"]])
    x_and_y = 16 * and_hi + and_lo
    no_fault = SELECT * fault                       # subtracted from gates: off on a fault
    d_mem = q_mem - mem_key
    s_ld = SELECT * (f["k_load"] + (1 - ge_size) - 2) - no_fault
    s_sx = SELECT * (f["f_ld8s"] + f["f_ld16s"] + ge_size - 2) - no_fault
    y_mem = [(d_mem + 1 + s_ld, mem_byte, 1), (d_mem + s_ld, mem_byte, -2),
             (d_mem - 1 + s_ld, mem_byte, 1), (d_mem + 1 + s_sx, mem_hi, 255),
             (d_mem + s_sx, mem_hi, -510), (d_mem - 1 + s_sx, mem_hi, 255)]
    bitwise = [(f["f_and"] - no_fault, x_and_y, 1), (f["f_or"] - no_fault, x_bit + y_bit - x_and_y, 1),
               (f["f_xor"] - no_fault, x_bit + y_bit - 2 * x_and_y, 1)]
    y_column = column - 256 * (column_div - COLUMN_BIAS / 256)
    copied = y_copy + y_column + y_div + y_pow + y_set
    g.output("byte", g.reglu("byte", y_mem + bitwise + [(1 - fault, copied, 1), (fault, kind, 1)]))
    n_bytes = f["n_bytes"] + 2 * taken
    outputs = {
        "emit_B": [(n_bytes - p - SELECT * fault, 1.0, 1.0), (n_bytes - p - 1 - SELECT * fault, 1.0, -1.0),
                   (fault + ph[0] - 1, 1.0, 1.0)],
        "commit_N": [(one, f["next"] + f["k_branch"] - taken, 1)],
        "commit_J": [(one, f["jumps"] + taken, 1)],
        "delta_J": [(one, f["delta"], 1)],
        "commit_OUT": [(one, f["f_out"], 1)],
        "commit_ERR": [(one, f["f_err"], 1)],
        "commit_HALT": [(one, f["k_halt"], 1)],
        "commit_FAULT": [(one, fault, 1)],
    }
    for name, neurons in outputs.items():
        g.output(name, g.reglu(name, neurons))
    return g


def _byte_products(g, name, pairs, guard):
    """``{m: sum of x_i * y_k over i + k = m}`` for m < 4, the byte products of two
    little-endian byte lists (one ReGLU neuron each, exact); ``pairs = [(x, y,
    flag)]``: the pair whose 0/1 ``flag`` is 1 (at most one), else all zero."""
    return {m_: g.reglu(f"{name}[{m_}]", [(x[i] + SELECT * (flag - 1), y[m_ - i], 1.0)
                                          for x, y, flag in pairs for i in range(m_ + 1)], guard)
            for m_ in range(4)}


def _column(g, emitted, ops):
    """Byte ``j`` of a sum of byte polynomials, before its final ``mod 256``.

    ``ops = [(guard, flag, phase_flags, terms)]``: at phase ``phase_flags[j]`` of a
    step whose ``flag`` is 1 (then the node ``guard`` is 1 too), the result is ``sum(sign * poly)`` mod 2**32 over
    ``terms = [(poly, sign)]``, ``poly = {m: coefficient of 256**m}`` (bytes or
    byte products).  ADD: ``x + y``; MUL: ``x * y``; DIVU: the quotient; REMU:
    ``x - q * y``.  Column ``j`` is the coefficient of ``256**j`` plus the carry
    (or borrow) out of the columns below.  That carry needs no recurrence: it
    is ``(sum over m < j of (column_m - r_m) * 256**m) / 256**j``, where the
    result bytes ``r_m`` already emitted are the token and the previous ones
    (``emitted[0]`` is ``r_(j-1)``).  So each (op, phase) is one neuron, gated
    by its two flags, whose value is a fixed linear combination.  The value is
    an integer of magnitude below 2**18; every partial sum is a multiple of
    2**-24 below 2**19, so float64 adds it exactly.  The ``mod 256`` is a
    lookup on the position number line.
    """
    by_guard: dict = {}
    for guard, flag, phases, terms in ops:
        for j, ph in enumerate(phases):
            value = sum((emitted[i] * -256.0 ** (-i - 1) for i in range(j)), Expr())
            for poly, sign in terms:
                value = value + sum((poly[m_] * (sign * 256.0 ** (m_ - j)) for m_ in range(j + 1)),
                                    Expr())
            by_guard.setdefault(guard, []).append((ph + flag - 1, value, 1.0))
    return sum((g.reglu("column", neurons, guard) for guard, neurons in by_guard.items()),
               Expr())


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
    bonus, value = row(o["commit_J"]), row(o["delta_J"])
    for d in m.J_DELTAS:
        W[m.tok_j(d)] = M_CLASS * bonus + 2 * d * value - d * d * const
    W[m.TOK_N] = M_CLASS * row(o["commit_N"])
    W[m.TOK_OUT] = M_CLASS * row(o["commit_OUT"])
    W[m.TOK_ERR] = M_CLASS * row(o["commit_ERR"])
    W[m.TOK_HALT] = M_CLASS * row(o["commit_HALT"])
    W[m.TOK_FAULT] = 2 * M_CLASS * row(o["commit_FAULT"])
    return W

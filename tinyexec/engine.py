"""The decode engine: one Numba kernel runs the transformer token by token.

Weights are turned into sparse rows once.  Per token the kernel embeds it, then
per layer computes each head's 2-D query and key, asks the head's attention
cache for the winning position, adds the head outputs, runs the ReGLU
feed-forward (skipping neurons whose gate is not positive, and neurons whose
guard dimension is 0 -- a hint of the weights file that ``model/bounds.py``
proves from the matrices, else drops, and keeps the proof in the cache
directory; consecutive neurons with one guard are skipped by one test), and
finally takes the argmax of the output head.  The prompt goes through the
same loop (prefill); afterwards each argmax is appended and fed back.

Attention caches (``attention=``):

* ``sorted`` -- heads with identical key projections share one group of keys
  sorted by ``k``, one entry per distinct key (the latest position's values:
  that is the tie-break).  A key on the parabola ``(2k, -k^2)`` is a vertex of
  the upper hull, so the score along the keys in order rises then falls: for
  a query ``(q0, q1)`` with ``q1 > 0`` binary search finds the maximum in
  O(log n); with ``q1 <= 0`` the score is linear or convex in ``k`` and the
  maximum is at an end (every key scores 0 when ``q0 = q1 = 0``: the latest
  position wins, found by a scan -- the interpreter never asks that).

  The sorted keys are cut into blocks of ``BLOCK`` (512) entries, each block
  sorted and contiguous, with a directory that lists the blocks in key order
  with their first keys (``_insert``, ``_lookup``).  A lookup guesses the
  block holding the score's vertex ``2 q0 / q1`` (O(1) when the first blocks
  hold consecutive keys, as the prompt's tables do; else a binary search of
  the first keys), then searches that block, first probing where ``q`` would
  sit if its keys were consecutive integers (positions, stack slots: the
  common case, O(1)).  The guess is only a guess: the block's maximum is
  accepted when computed scores (``_score``) show it a local maximum of the
  whole sequence -- inside the block, or not beaten by the key across the
  block's edge -- since a local maximum of a unimodal sequence is the
  maximum; otherwise the block is found by scores alone (the first
  keys' scores are a subsequence of a unimodal sequence, so unimodal).  The
  one key that can tie with the winner is checked across block boundaries
  too.  Costs: a lookup
  O(log n); a key above every key is appended to the last block, O(1); any
  other new key goes into its block by binary search, shifting that block's
  tail, O(log n + BLOCK); a full block first hands one key to a neighbour
  with room, else a new block takes the new key (at either end of the full
  one: keys arriving in rising or falling order leave full blocks behind) or
  the block's upper half (O(BLOCK + blocks)).  An entry is its key, position
  and the index of its values, which never move.  Blocks fill ~100 % for
  rising and falling keys and ~85 % for random ones; a GROW (the caller
  reallocates when no block is free) that finds a group under 3/4 full
  rewrites its blocks full instead, O(n) numpy.  Before blocks, a new key
  below the largest shifted the whole tail: O(n) per insert, quadratic for
  programs storing in falling or random order.
  Keys exactly BIG below the parabola (ungated) can never win once a gated
  key exists -- every head has one at position 0 -- so they are not stored;
  any other key off the parabola is reported as an error because the cache
  could not answer it exactly.

  Heads keyed by the position itself (every position gated) store no keys:
  position j's key is j, so the search runs over the implicit array
  ``0, 1, .., t``.  Of their values only those computed by earlier layers are
  stored, one row per position; a value that is the position, or a function of
  the token alone, is recomputed from the token buffer when read.
  Heads keyed by a periodic feature of the position, ``(t + offset) mod
  period`` (the interpreter's previous three tokens: period 4), store no keys
  either: all positions of one phase share a key, so the winner is the latest
  position of the phase that scores highest, found among the ``period``
  phases (``_latest_phase``); their values are kept as above.  Otherwise the
  group would replace a key at every position and each of its queries would
  search at every token.
* ``linear`` -- every position's key and values are kept (appended to the same
  blocks, which then stay in position order) and every query scans all of
  them: same answers, O(n) per lookup.

Averaging heads keep running sums: O(1) in both modes.

Reused answers (``sorted`` only): most queries ask what they asked at the
previous token (the same instruction is fetched for every token of its step).
Each query keeps its last ``(q0, q1)``, its winner's position and the values
it read (``held``: entries move, their values do not).  A lookup is a pure
function of the query and the stored entries, so the winner is reused when the
query is equal and its group has had no insert since (``version``, bumped by
every insert, a replaced key included).  A group keyed by the position gains
a key at every position, but for ``q1 > 0`` its scores fall strictly past the
winner (that is what lets binary search find it); so a winner that was not the
last key stays the winner.  About 65 % of the lookups on sudoku are reused.
(A phase-keyed query is never reused: its winner moves every token, and
finding it costs less than checking.)

Four shortcuts give bit-identical results with less work: the position
feature is added only to the slots that have one; an FFN neuron that only
cancels a dead slot (``relu(1) * x_s`` times -1 into slot s) sets it to 0;
the output head skips blocks of rows whose logits are bounded below the best
one found; and of the byte tokens, whose logits are a parabola in the byte
value, it computes only the rows at the vertex when the rest are shown lower
(``_argmax_logits``).

Compile time: with an empty cache (a cold start) Numba compiles each kernel on
its first call, once per signature, and a literal argument of one kernel's
call of another (``f(x, 0)``, ``f(x, True)``) makes a signature of its own.
So the kernels pass each other no literals (``np.int64(1)``, not ``1``) and
int64 integers only (the directories are int64 like the offsets), except
``_search``'s ``implicit``: a literal on purpose, so that each of its two
copies is free of the other's branches (a run-time flag made every token ~3 %
slower).  No kernel has a C-callable wrapper (``no_cfunc_wrapper``): nothing
calls one.
"""
from __future__ import annotations

from collections import namedtuple

import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic

from . import machine
from .model.bounds import proven_guards
from .model.graph import BIG
from .model.weights import MEAN, Weights, cache_dir

SORTED, LINEAR = 0, 1
HULL, AVERAGE, POSITIONS, PHASES = 0, 1, 2, 3     # kinds of cache group
STORED, POSITION = -1, -2              # where a cached value comes from (>= 0: a token table)
# kernel status codes
RUNNING, HALTED, LIMIT, GROW, BAD_KEY, TOO_LONG = range(6)
MAX_POSITIONS = 1 << 28        # the interpreter's proven horizon (and positions fit int32)
BLOCK = 512                    # keys per block of a sorted group (see the module docstring)
MAX_PERIOD = 64                # a PHASES group's winner is found among this many phases at most
REPACK_BELOW = 0.75            # a GROW repacks a group's blocks when fewer are in use
STOP_TOKENS = np.array([machine.TOK_HALT, machine.TOK_FAULT], dtype=np.int64)
# where a token's time goes (``Session(profile=True)``, ``make bench``), in kernel order
PROFILE = ("embedding", "keys and inserts", "lookups", "feed-forward", "output head",
           "the rest (checks, loop)")
kernel = njit(cache=True, no_cfunc_wrapper=True)     # see "Compile time" above


class _Rows:
    """Sparse rows collected into one CSR structure."""

    def __init__(self):
        self.ptr, self.idx, self.val = [0], [], []

    def add(self, row) -> int:
        nz = np.nonzero(row)[0]
        self.idx.extend(nz.tolist())
        self.val.extend(row[nz].tolist())
        self.ptr.append(len(self.idx))
        return len(self.ptr) - 2

    def arrays(self):
        return (np.array(self.ptr, np.int64), np.array(self.idx, np.int64),
                np.array(self.val, np.float64))


# the arrays the kernel reads, see Compiled
KernelModel = namedtuple("KernelModel", """
    row_ptr row_idx row_val layer_ptrs cg cg_vptr vrow_ids v_src token_tables
    qg qg_optr o_vi o_slot o_coef neuron d_ptr d_slot d_coef clear_ptr clear_slot
    embed pos_slot pos_coef pos_feature out_groups out_rows out_cols out_w out_col_max
    out_parabola""")


def _i64(a):
    return np.array(a, dtype=np.int64)


class Compiled:
    """Weights rearranged for the kernel (built once per Weights object).

    Besides sparse rows, it notes what the arithmetic of a layer's input allows
    to skip without changing a single bit: which slots still hold their
    embedding value (nothing earlier added to them), which heads are keyed by
    the position, which FFN neurons only clear a dead slot.
    """

    def __init__(self, w: Weights):
        d, self.n_layers, self.d_model = w.d_model, w.n_layers, w.d_model
        # which query computes each weight head, and which output holds its value j
        self.head_query: dict[int, int] = {}
        self.head_outputs: dict[tuple[int, int], int] = {}
        rows = _Rows()
        # the weights file's skip hints, each one proven from the matrices or dropped
        guards = proven_guards(w, MAX_POSITIONS, cache_dir())
        self.unproven_guards = int(np.count_nonzero((w.ffn_guard >= 0) & (guards < 0)))
        emb_only = ~np.any(w.pos, axis=0)
        features = [tuple(f) for f in w.pos_feature.tolist()]

        # the slots that hold exactly one feature of the position and nothing else
        feature_of = {}
        for s in np.nonzero(~w.embed.any(axis=0) & (np.count_nonzero(w.pos, axis=0) == 1))[0]:
            f = int(np.nonzero(w.pos[:, s])[0][0])
            if w.pos[f, s] == 1.0:
                feature_of[int(s)] = features[f]

        def feature_slots(feature):
            return [s for s, f in feature_of.items() if f == feature]

        ever_written = w.wo.any(axis=(0, 1)) | w.w_down.any(axis=0)
        ones = [s for s in range(d) if emb_only[s] and np.all(w.embed[:, s] == 1)
                and not ever_written[s]]            # the constant 1 of every position
        t_slots = feature_slots((0, 0, 1))
        written = np.zeros(d, dtype=bool)      # slots some earlier layer added to

        def unit(slot, c=1.0):
            row = np.zeros(d)
            row[slot] = c
            return row

        def untouched(slot_list):
            return [s for s in slot_list if not written[s]]

        def key_feature(wk):
            """``(offset, period)`` when the key rows are ``(2 phi, -phi**2)`` of a
            positional feature ``phi = (t + offset) mod period`` (period 0: t
            itself) that the slots still hold as embedded; else None."""
            (k0,), (k1,) = np.nonzero(wk[0]), np.nonzero(wk[1])
            if len(k0) != 1 or len(k1) != 1 or wk[0, k0[0]] != 2.0 or wk[1, k1[0]] != -1.0 \
                    or written[k0[0]] or written[k1[0]]:
                return None
            phi, phi_sq = feature_of.get(int(k0[0])), feature_of.get(int(k1[0]))
            if phi is None or phi[2] != 1 or phi_sq != (phi[0], phi[1], 2):
                return None
            offset, period, _ = phi
            return (offset, period) if (offset, period) == (0, 0) or 0 < period <= MAX_PERIOD \
                else None

        def value_source(vrow):
            """Where a position-keyed head can get this value of position j from."""
            if any(np.array_equal(vrow, unit(s)) for s in untouched(t_slots)):
                return POSITION                 # the value is j itself
            nz = np.nonzero(vrow)[0]
            if np.all(emb_only[nz]) and not written[nz].any():
                table = np.zeros(len(w.embed))  # the kernel's sum, in the same order
                for s in nz:
                    table = table + vrow[s] * w.embed[:, s]
                tables.append(table)
                return len(tables) - 1
            return STORED

        tables: list = []
        cg = [[], [], [], [], [], []]           # kind, key rows k0, k1, values stored, phase
        cg_vptr, vrow_ids, v_src = [0], [], []
        qg = [[], [], []]                       # cache group, query rows q0, q1
        qg_optr, o_vi, o_slot, o_coef = [0], [], [], []
        neuron = [[], [], [], []]               # gate row, up row, guard slot, end of its run
        d_ptr, d_slot, d_coef, clear_ptr, clear_slot = [0], [], [], [0], []
        ptrs = [[0], [0], [0]]
        for layer in range(w.n_layers):
            heads = np.nonzero(w.head_layer == layer)[0]
            groups: dict = {}       # key projection -> [kind, k0, k1, value rows, key feature]
            queries: dict = {}                  # (group, query projection) -> [q0, q1, outputs]
            for h in heads:
                if w.head_kind[h] == MEAN:
                    gkey, kind, feature = ("mean", int(h)), AVERAGE, (0, 0)
                else:
                    gkey = w.wk[h].tobytes()
                    feature = key_feature(w.wk[h])
                    kind = HULL if feature is None else POSITIONS if feature[1] == 0 else PHASES
                group = groups.setdefault(gkey, [kind, w.wk[h][0], w.wk[h][1], {}, feature])
                query = queries.setdefault((gkey, w.wq[h].tobytes()), [w.wq[h][0], w.wq[h][1], []])
                for j in range(2):
                    vrow, orow = w.wv[h][j], w.wo[h][j]
                    if vrow.any() and orow.any():
                        group[3].setdefault(vrow.tobytes(), vrow)
                        query[2] += [(vrow.tobytes(), slot, orow[slot], (int(h), j))
                                     for slot in np.nonzero(orow)[0]]
            index = {}
            for gkey, (kind, k0, k1, values, feature) in groups.items():
                index[gkey] = len(cg[0])
                srcs = {k: (value_source(v) if kind in (POSITIONS, PHASES) else STORED)
                        for k, v in values.items()}
                order = sorted(values, key=lambda k: srcs[k] != STORED)     # stored values first
                at = {k: i for i, k in enumerate(order)}
                groups[gkey][3] = at
                cg[0].append(kind)
                cg[1].append(-1 if kind == AVERAGE else rows.add(k0))
                cg[2].append(-1 if kind == AVERAGE else rows.add(k1))
                cg[3].append(sum(srcs[k] == STORED for k in order))
                cg[4] += [feature[0] if kind == PHASES else 0]
                cg[5] += [feature[1] if kind == PHASES else 0]
                vrow_ids += [rows.add(values[k]) for k in order]
                v_src += [srcs[k] for k in order]
                cg_vptr.append(len(vrow_ids))
            for (gkey, _), (q0, q1, outs) in queries.items():
                mean = cg[0][index[gkey]] == AVERAGE
                for *_, (h, j) in outs:
                    self.head_query[h] = len(qg[0])
                    self.head_outputs[h, j] = len(o_vi) + [o[3] for o in outs].index((h, j))
                qg[0].append(index[gkey])
                qg[1].append(-1 if mean else rows.add(q0))
                qg[2].append(-1 if mean else rows.add(q1))
                for vkey, slot, coef, _ in outs:
                    o_vi.append(groups[gkey][3][vkey]); o_slot.append(slot); o_coef.append(coef)
                qg_optr.append(len(o_vi))
            for h in heads:
                written[np.nonzero(w.wo[h].any(axis=0))[0]] = True
            # a neuron relu(1) * x_s * -1 added to x_s, that nothing else in this FFN
            # writes, leaves exactly 0 in slot s: the kernel just sets it
            layer_neurons = np.nonzero(w.ffn_layer == layer)[0]
            writers = np.count_nonzero(w.w_down[layer_neurons], axis=0)
            for i in layer_neurons:
                slot = np.nonzero(w.w_up[i])[0]
                if (ones and np.array_equal(w.w_gate[i], unit(ones[0])) and len(slot) == 1
                        and np.array_equal(w.w_up[i], unit(slot[0]))
                        and np.array_equal(w.w_down[i], unit(slot[0], -1.0))
                        and writers[slot[0]] == 1):
                    clear_slot.append(int(slot[0]))
                    continue
                neuron[0].append(rows.add(w.w_gate[i]))
                neuron[1].append(rows.add(w.w_up[i]))
                neuron[2].append(int(guards[i]))
                nz = np.nonzero(w.w_down[i])[0]
                d_slot.extend(nz.tolist()); d_coef.extend(w.w_down[i][nz].tolist())
                d_ptr.append(len(d_slot))
            written |= writers > 0
            # consecutive neurons with the same guard form a run, skipped by one test
            guard, ends = neuron[2], []
            for i in range(len(guard) - 1, ptrs[2][-1] - 1, -1):
                ends.append(ends[-1] if ends and guard[i + 1] == guard[i] else i + 1)
            neuron[3] += ends[::-1]
            clear_ptr.append(len(clear_slot))
            for k, n in enumerate((len(cg[0]), len(qg[0]), len(neuron[0]))):
                ptrs[k].append(n)
        row_ptr, row_idx, row_val = rows.arrays()
        self.kind, self.n_stored = _i64(cg[0]), _i64(cg[3])
        self.n_values = np.diff(_i64(cg_vptr))
        self.n_groups = len(cg[0])
        pos_slots = np.nonzero(~emb_only)[0]
        # one row per token: the values a lookup reads for one token sit together
        token_tables = np.ascontiguousarray(np.array(tables).T) if tables \
            else np.zeros((len(w.embed), 1))
        self.model = KernelModel(
            row_ptr, row_idx, row_val, np.stack([_i64(p) for p in ptrs]),
            np.stack([_i64(c) for c in cg[:3] + cg[4:]]), _i64(cg_vptr), _i64(vrow_ids), _i64(v_src),
            token_tables, np.stack([_i64(q) for q in qg]), _i64(qg_optr), _i64(o_vi),
            _i64(o_slot), np.array(o_coef, np.float64),
            np.stack([_i64(n) for n in neuron]) if neuron[0] else np.zeros((4, 0), np.int64),
            _i64(d_ptr), _i64(d_slot), np.array(d_coef, np.float64), _i64(clear_ptr),
            _i64(clear_slot), np.ascontiguousarray(w.embed),
            _i64(pos_slots), np.ascontiguousarray(w.pos[:, pos_slots].T), _i64(w.pos_feature),
            *self._output_head(w.unembed))

    @staticmethod
    def _output_head(unembed):
        """Rows grouped by the residual slots they read, one dense column-major block
        per group; of the all-zero rows only the first can be the argmax."""
        groups: dict = {}
        for v, row in enumerate(unembed):
            groups.setdefault(tuple(np.nonzero(row)[0].tolist()), []).append(v)
        groups[()] = groups.get((), [])[:1]
        ptrs, rows, cols, block_w, col_max = [[0], [0], [0]], [], [], [], []
        parabolas = []
        for gcols, vs in groups.items():
            block = unembed[np.ix_(vs, gcols)]
            rows += vs
            cols += gcols
            block_w += block.T.ravel().tolist()
            col_max += np.abs(block).max(axis=0).tolist() if gcols else []
            parabolas.append(Compiled._parabola(block))
            for k, n in enumerate((len(rows), len(cols), len(block_w))):
                ptrs[k].append(n)
        return (np.stack([_i64(p) for p in ptrs]), _i64(rows), _i64(cols),
                np.array(block_w, np.float64), np.array(col_max, np.float64),
                _i64(parabolas).reshape(-1, 3))

    @staticmethod
    def _parabola(block):
        """``(j_sq, j_lin, b_first)`` when row r of a group's block is
        ``s * (-b**2, 2 b)`` in its columns j_sq and j_lin, with b = b_first + r
        and one s > 0, and is the same in every other column (the byte tokens'
        logits: a parabola in the byte value); else ``(-1, -1, 0)``."""
        n, n_cols = block.shape
        varying = [j for j in range(n_cols) if not np.all(block[:, j] == block[0, j])]
        if n < 8 or len(varying) != 2:
            return (-1, -1, 0)
        for j_sq, j_lin in (varying, varying[::-1]):
            two_s = block[1, j_lin] - block[0, j_lin]
            if two_s <= 0:
                continue
            b = block[:, j_lin] / two_s
            if np.all(b == np.round(b)) and np.all(np.diff(b) == 1) and \
                    np.array_equal(block[:, j_lin], two_s * b) and \
                    np.array_equal(block[:, j_sq], -(two_s / 2) * b * b):
                return (j_sq, j_lin, int(b[0]))
        return (-1, -1, 0)


@intrinsic
def _cycles(typingctx):
    """The processor's cycle counter (LLVM's readcyclecounter): the profile's clock."""
    def codegen(context, builder, signature, args):
        counter = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(ir.IntType(64), []), "llvm.readcyclecounter")
        return builder.call(counter, [])
    return types.int64(), codegen


@kernel
def _profile(prof, section, since):
    """Add the cycles since ``since`` to ``prof[section]``; return the clock."""
    now = _cycles()
    prof[section] += now - since
    return now


@kernel
def _positional(features, f, t):
    """Feature f of position t, ``((t + offset) mod period) ** power`` (see
    ``weights.positional``): exact in int64, then rounded once to float64."""
    v = np.int64(t) + features[f, 0]
    if features[f, 1] > 0:
        v = v % features[f, 1]
    r = v
    for _ in range(features[f, 2] - 1):
        r *= v
    return float(r)


@kernel
def _dot(ptr, idx, val, r, x):
    s = 0.0
    for i in range(ptr[r], ptr[r + 1]):
        s += val[i] * x[idx[i]]
    return s


@kernel
def _score(q0, q1, k0):
    # the key's second component is -k^2 = -(k0/2)^2 for every stored key
    return q0 * k0 + q1 * (-(k0 * k0) * 0.25)


@kernel
def _key(keys, off, i, implicit):
    return 2.0 * i if implicit else keys[off + i]


@kernel
def _search(keys, epos, off, n, q0, q1, implicit):
    """Index (relative to off) of the max-score key in a sorted, parabola-keyed
    array; an exact tie goes to the later position.  ``implicit``: the keys are
    the positions 0..n-1 themselves and nothing is stored.  One O(1) probe
    comes first, where ``q`` would sit if the keys were consecutive integers
    (positions, the prompt's tables): the scores along the array are unimodal,
    so a local maximum is the maximum.  (Probing the previous answer of the
    same query as well, or sharing the probe's scores with the tie-break, made
    each token slower in side-by-side runs: more branches, not fewer.)"""
    best = np.int64(-1)
    if q1 > 0.0:
        g = q0 / q1 - _key(keys, off, np.int64(0), implicit) * 0.5
        if 0.0 <= g < n:
            guess = min(np.int64(g + 0.5), n - 1)
            s = _score(q0, q1, _key(keys, off, guess, implicit))
            if (guess == 0 or _score(q0, q1, _key(keys, off, guess - 1, implicit)) <= s) and \
                    (guess + 1 == n or _score(q0, q1, _key(keys, off, guess + 1, implicit)) <= s):
                best = guess
    if best < 0:
        lo = 0
        hi = n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if _score(q0, q1, _key(keys, off, mid, implicit)) < \
                    _score(q0, q1, _key(keys, off, mid + 1, implicit)):
                lo = mid + 1
            else:
                hi = mid
        best = lo
    top = _score(q0, q1, _key(keys, off, best, implicit))
    for neighbour in (best - 1, best + 1):
        if 0 <= neighbour < n and _score(q0, q1, _key(keys, off, neighbour, implicit)) == top and \
                (neighbour > best if implicit else epos[off + neighbour] > epos[off + best]):
            best = neighbour       # two neighbours never both tie: keys are distinct
    return best


@kernel
def _latest_phase(offset, period, t, q0, q1):
    """The winner among positions 0..t when position j's key is its phase
    ``(j + offset) mod period`` (a PHASES group): positions of one phase have
    one key, so the winner is the latest position of the phase scoring
    highest (ties: the later position).  O(period)."""
    best = np.int64(-1)
    top = -np.inf
    for p in range(period):
        j = t - (t + offset - p) % period        # the latest position of phase p
        if j >= 0:
            s = _score(q0, q1, 2.0 * p)
            if best < 0 or s > top or (s == top and j > best):
                best = j
                top = s
    return best


@kernel
def _block_of(dmin, dp, nb, k):
    """The last of the nb blocks (directory from dp) whose first key is <= k;
    block 0 when k is below every key."""
    lo = 0
    hi = nb
    while lo < hi:
        mid = (lo + hi) // 2
        if dmin[dp + mid] <= k:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


@kernel
def _lookup(keys, epos, dmin, dblk, dcnt, off, dp, nb, bs, q0, q1):
    """Index (relative to off) of the max-score key of a blocked group: ``nb``
    blocks of capacity ``bs``, the r-th in key order at relative index
    ``dblk[dp + r] * bs`` with ``dcnt[dp + r]`` keys, the first being
    ``dmin[dp + r]``.  The answer is the full hard max over every stored key
    (ties: the later position), found from the computed scores only.

    For q1 > 0 the block searched first is a guess, the one where the vertex
    2 q0 / q1 of the score falls (found by comparing keys); its maximum is
    accepted when it is a local maximum of the whole sequence.  Otherwise the
    block is found from scores alone: the scores of the blocks' first keys are
    a subsequence of a unimodal sequence, so unimodal too, and binary search
    finds the block r whose first key scores highest; the maximum then lies in
    block r or in the tail of block r - 1 (if the scores still rise at r's
    first key it is in r).  One loop searches both blocks."""
    if q1 <= 0.0:
        # the score is convex (q1 < 0) or linear (q1 = 0) in k: the max is at an
        # end; when q0 = q1 = 0 every score is 0 and the latest position wins
        first = dblk[dp] * bs
        last = dblk[dp + nb - 1] * bs + dcnt[dp + nb - 1] - 1
        if q1 == 0.0 and q0 == 0.0:
            best = first
            for r in range(nb):
                b = dblk[dp + r] * bs
                for i in range(b, b + dcnt[dp + r]):
                    if epos[off + i] > epos[off + best]:
                        best = i
            return best
        sf, sl = _score(q0, q1, keys[off + first]), _score(q0, q1, keys[off + last])
        if sl > sf or (sl == sf and epos[off + last] > epos[off + first]):
            return last
        return first
    r = 0
    if nb > 1:
        v = 2.0 * q0 / q1
        # keys consecutive from the first (the prompt's tables, positions) fill the
        # first blocks in order: the block is then the vertex's rank // bs, O(1)
        r = -1
        g = (v - dmin[dp]) * 0.5 + 0.5
        if 0.0 <= g < nb * bs:
            r = np.int64(g) // bs
            if dmin[dp + r] != dmin[dp] + 2.0 * r * bs:
                r = -1
        if r < 0:
            r = _block_of(dmin, dp, nb, v)
    from_scores = False
    while True:
        base = dblk[dp + r] * bs
        m = dcnt[dp + r]
        i = _search(keys, epos, off + base, m, q0, q1, False)
        best = base + i
        if 0 < i < m - 1:
            return best    # a local maximum of the whole sequence, ties settled in the block
        # at an edge of the block: the key across it may tie (then the later
        # position wins) or, if the guess was wrong, score higher
        top = _score(q0, q1, keys[off + best])
        beaten = False
        if i == 0 and r > 0:
            nbr = dblk[dp + r - 1] * bs + dcnt[dp + r - 1] - 1
            s = _score(q0, q1, keys[off + nbr])
            beaten = s > top
            if s == top and epos[off + nbr] > epos[off + best]:
                best = nbr
        if i == m - 1 and r + 1 < nb:
            nbr = dblk[dp + r + 1] * bs
            s = _score(q0, q1, keys[off + nbr])
            beaten = beaten or s > top
            if s == top and epos[off + nbr] > epos[off + best]:
                best = nbr
        if from_scores or not beaten:
            return best
        # the guess was wrong: the block whose first key scores highest, or
        # the one before it
        from_scores = True
        lo = 0
        hi = nb - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if _score(q0, q1, dmin[dp + mid]) < _score(q0, q1, dmin[dp + mid + 1]):
                lo = mid + 1
            else:
                hi = mid
        r = lo
        if r > 0 and _score(q0, q1, keys[off + dblk[dp + r - 1] * bs + dcnt[dp + r - 1] - 1]) >= \
                _score(q0, q1, dmin[dp + r]):
            r -= 1


@kernel
def _new_block(dmin, dblk, dcnt, dp, nb, r):
    """Open entry ``r`` of the directory (entries r.. move up one); the
    block stored there is the next unused one, ``nb``.  O(nb)."""
    for i in range(nb, r, -1):
        dmin[dp + i] = dmin[dp + i - 1]
        dblk[dp + i] = dblk[dp + i - 1]
        dcnt[dp + i] = dcnt[dp + i - 1]
    dblk[dp + r] = nb
    dcnt[dp + r] = 0


@kernel
def _move(keys, epos, vidx, off, src, dst, n):
    """Move entries src..src+n-1 to dst..dst+n-1 (indices relative to off), in
    the order that is safe when the two ranges overlap.  An entry is its key,
    its position and the index of its values: the values themselves stay."""
    if dst > src:
        for i in range(n - 1, -1, -1):
            keys[off + dst + i] = keys[off + src + i]
            epos[off + dst + i] = epos[off + src + i]
            vidx[off + dst + i] = vidx[off + src + i]
    else:
        for i in range(n):
            keys[off + dst + i] = keys[off + src + i]
            epos[off + dst + i] = epos[off + src + i]
            vidx[off + dst + i] = vidx[off + src + i]


@kernel
def _insert(keys, epos, vidx, vals, dmin, dblk, dcnt, nblk, c, off, voff, dp, nv, bs, k0,
            pos, values, n_keys, append):
    """Store key ``k0`` of position ``pos`` with its ``nv`` values in group ``c``
    (blocks as in ``_lookup``); an equal key is replaced (the later position
    wins every tie).  A new key's values go to row ``n_keys`` (the keys
    stored so far) and stay there.  ``append``: keep every position (the
    linear scan).
    The caller guarantees one unused block.  Returns the number of keys added
    (0 or 1).  Cost: O(log n) to find the place, O(bs) to shift part of a
    block or two, and when a full block splits, O(bs + nb)."""
    nb = nblk[c]
    if nb == 0:
        _new_block(dmin, dblk, dcnt, dp, nb, nb)          # block 0 at entry 0
        nb = 1
    r = nb - 1
    at = dcnt[dp + r]
    if not append and at > 0 and keys[off + dblk[dp + r] * bs + at - 1] >= k0:
        # not above every key: the last block whose first key is <= k0 (block 0
        # if k0 is below every key), then the place in that block
        r = _block_of(dmin, dp, nb, k0)
        base = off + dblk[dp + r] * bs
        m = dcnt[dp + r]
        lo = 0
        hi = m
        while lo < hi:
            mid = (lo + hi) // 2
            if keys[base + mid] < k0:
                lo = mid + 1
            else:
                hi = mid
        at = lo
        if at < m and keys[base + at] == k0:            # equal key: the latest replaces it
            epos[base + at] = pos
            v = voff + vidx[base + at] * nv
            for j in range(nv):
                vals[v + j] = values[j]
            return 0
        # between this block's last key and the next block's first: when this
        # block is full the next one may take it at its front
        if at == bs and r + 1 < nb and dcnt[dp + r + 1] < bs:
            r += 1
            at = 0
    for j in range(nv):
        vals[voff + n_keys * nv + j] = values[j]
    b = dblk[dp + r] * bs
    if dcnt[dp + r] == bs:                              # full
        if at == 0 or at == bs:
            # at an end (keys arriving in falling or rising order): a new
            # block of its own, so that the full one stays full
            r = r if at == 0 else r + 1
            _new_block(dmin, dblk, dcnt, dp, nb, r)
            nb += 1
            at = 0
        elif r > 0 and dcnt[dp + r - 1] < bs:
            # the previous block has room: it takes this block's first key, the
            # keys before the new one move down a place, and the new one fits
            pb = dblk[dp + r - 1] * bs
            _move(keys, epos, vidx, off, b, pb + dcnt[dp + r - 1], np.int64(1))
            dcnt[dp + r - 1] += 1
            _move(keys, epos, vidx, off, b + 1, b, at - 1)
            keys[off + b + at - 1] = k0
            epos[off + b + at - 1] = pos
            vidx[off + b + at - 1] = n_keys
            dmin[dp + r] = keys[off + b]
            return 1
        elif r + 1 < nb and dcnt[dp + r + 1] < bs:
            # the next block has room: it takes this block's last key at its front
            nxt = dblk[dp + r + 1] * bs
            _move(keys, epos, vidx, off, nxt, nxt + 1, dcnt[dp + r + 1])
            _move(keys, epos, vidx, off, b + bs - 1, nxt, np.int64(1))
            dcnt[dp + r + 1] += 1
            dmin[dp + r + 1] = keys[off + nxt]
            dcnt[dp + r] = bs - 1
        else:
            # both neighbours full too: the upper half moves to a new block after r
            h = bs // 2
            _new_block(dmin, dblk, dcnt, dp, nb, r + 1)
            _move(keys, epos, vidx, off, b + h, nb * bs, bs - h)
            dcnt[dp + r] = h
            dcnt[dp + r + 1] = bs - h
            dmin[dp + r + 1] = keys[off + nb * bs]
            nb += 1
            if at > h:
                r += 1
                at -= h
    nblk[c] = nb
    b = dblk[dp + r] * bs
    m = dcnt[dp + r]
    # the block's tail moves up a place (nothing to move when appending)
    _move(keys, epos, vidx, off, b + at, b + at + 1, m - at)
    keys[off + b + at] = k0
    epos[off + b + at] = pos
    vidx[off + b + at] = n_keys
    dcnt[dp + r] = m + 1
    if at == 0:
        dmin[dp + r] = k0
    return 1


@kernel
def _argmax_logits(x, groups, rows, cols, w, col_max, parabolas, logits, bound):
    """The token with the largest logit ``unembed[v] . x`` (the first of equals, as
    numpy's argmax).  Groups are visited by decreasing upper bound
    ``sum_j max_r |w[r, j]| * |x_j|`` (widened past any rounding of the sums);
    once a bound falls below the best logit, no later group can win.

    A parabola group (``Compiled._parabola``: the byte tokens) has the exact
    logit ``s (2 b x_lin - b**2 x_sq) + C`` in row b, concave in b when
    ``x_sq > 0``: rows beyond an edge row (away from the vertex) are at most
    that edge.  A computed logit is within ``err`` of the exact one
    (``(n_cols + 2) 2**-52`` times the group's bound); so when both edges of
    the window k-1..k+2 around the vertex k are computed more than 4 err
    below the window's best, every other row is below it too.  Otherwise
    every row is computed."""
    n_groups = groups.shape[1] - 1
    for g in range(n_groups):
        u = 0.0
        for j in range(groups[1, g], groups[1, g + 1]):
            u += col_max[j] * abs(x[cols[j]])
        bound[g] = u * (1.0 + 2.0 ** -40)
    best = -np.inf
    token = np.int64(-1)
    for _ in range(n_groups):
        g = np.int64(0)
        for h in range(1, n_groups):
            if bound[h] > bound[g]:
                g = h
        if bound[g] < best:
            break
        margin = 4.0 * (groups[1, g + 1] - groups[1, g] + 2) * 2.0 ** -52 * bound[g]
        bound[g] = -np.inf
        # slices: indices from range() are known non-negative, which lets Numba
        # drop its negative-index checks and vectorise the loops
        n, c0 = groups[0, g + 1] - groups[0, g], groups[1, g]
        lg, tok = logits[groups[0, g]:groups[0, g + 1]], rows[groups[0, g]:groups[0, g + 1]]
        lo, hi = np.int64(0), n                  # the rows that may hold the maximum
        if parabolas[g, 0] >= 0 and x[cols[c0 + parabolas[g, 0]]] > 0.0:
            v = x[cols[c0 + parabolas[g, 1]]] / x[cols[c0 + parabolas[g, 0]]] - parabolas[g, 2]
            if v == v:
                # 1 or more past the vertex on either side: rounding of v cannot
                # put the vertex beyond an edge row
                k = np.int64(min(max(v, 0.0), n - 1.0))
                lo, hi = max(k - 1, 0), min(k + 3, n)
        while True:
            first, last = max(lo - 1, 0), min(hi + 1, n)     # with the edge rows
            for r in range(first, last):
                lg[r] = 0.0
            for j in range(groups[1, g + 1] - c0):
                xv = x[cols[c0 + j]]
                if xv != 0.0:
                    wj = w[groups[2, g] + j * n:groups[2, g] + (j + 1) * n]
                    for r in range(first, last):
                        lg[r] += wj[r] * xv
            top = -np.inf
            for r in range(lo, hi):
                top = max(top, lg[r])
            if (lo == 0 or lg[lo - 1] + margin < top) and (hi == n or lg[hi] + margin < top):
                break
            lo, hi = np.int64(0), n              # not shown: every row
        if top >= best:
            for r in range(lo, hi):
                if lg[r] == top and (top > best or tok[r] < token):
                    best, token = top, tok[r]
                    break
    return token


@kernel
def _decode(tokens, n_known, limit, mode, stop_tokens, big, model, cache, state):
    """Advance the run; ``state = [t, status]``: t is the next position to process.

    Positions below ``n_known`` are given (prompt); from then on each argmax is
    appended.  Returns when ``limit`` tokens exist, on a stop token (HALT,
    FAULT), or when a cache needs to grow (the caller reallocates and calls
    again).
    """
    (row_ptr, row_idx, row_val, layer_ptrs, cg, cg_vptr, vrow_ids, v_src, token_tables,
     qg, qg_optr, o_vi, o_slot, o_coef, neuron, d_ptr, d_slot, d_coef, clear_ptr, clear_slot,
     embed, pos_slot, pos_coef, pos_feature, out_groups, out_rows, out_cols, out_w,
     out_col_max, out_parabola) = model
    kinds, n_store, keys, k1s, epos, vals, cap, off, voff, size, sums, sum_off, \
        pos_vals, pos_col, rec_win, rec_val, dmin, dblk, dcnt, nblk, bs, vidx, prof, \
        version, asked, answer, held = cache
    d = embed.shape[1]
    n_layers = layer_ptrs.shape[1] - 1
    x = np.empty(d)
    hidden = np.empty(max(neuron.shape[1], 1))
    active = np.empty(max(neuron.shape[1], 1), dtype=np.int64)
    ng = cg.shape[1]
    n_values = 1                 # scratch for the values of one cache group
    for c in range(ng):
        n_values = max(n_values, cg_vptr[c + 1] - cg_vptr[c])
    values = np.empty(n_values)
    n_features = pos_feature.shape[0]
    phi = np.empty(n_features)
    logits = np.empty(out_rows.shape[0])
    bound = np.empty(out_groups.shape[1] - 1)
    t = state[0]
    profiling = prof.shape[0] > 0       # a branch per section when not: nothing measurable
    clock = _cycles() if profiling else 0
    while True:
        n_have = max(n_known, t + 1)
        if t >= n_known and (tokens[t] == stop_tokens[0] or tokens[t] == stop_tokens[1]):
            state[1] = HALTED
            break
        if n_have >= limit and t + 1 >= n_have:
            state[1] = LIMIT
            break
        if t >= MAX_POSITIONS:
            state[1] = TOO_LONG
            break
        grow = False
        for c in range(ng):
            if kinds[c] == HULL and nblk[c] * bs >= cap[c]:    # an insert may need a block
                grow = True
        if grow:
            state[1] = GROW
            break
        if profiling:
            clock = _profile(prof, np.int64(5), clock)
        tok = tokens[t]
        for i in range(d):
            x[i] = embed[tok, i]
        for f in range(n_features):
            phi[f] = _positional(pos_feature, f, t)
        for i in range(pos_slot.shape[0]):
            v = embed[tok, pos_slot[i]]
            for f in range(n_features):         # in the dense pass's order; its
                if pos_coef[i, f] != 0.0:       # zero terms add nothing (but a -0)
                    v += phi[f] * pos_coef[i, f]
            x[pos_slot[i]] = v
        if profiling:
            clock = _profile(prof, np.int64(0), clock)
        for layer in range(n_layers):
            # caches first: a position attends to itself too
            for c in range(layer_ptrs[0, layer], layer_ptrs[0, layer + 1]):
                v0 = cg_vptr[c]
                if kinds[c] == AVERAGE:
                    for j in range(cg_vptr[c + 1] - v0):
                        sums[sum_off[c] + j] += _dot(row_ptr, row_idx, row_val, vrow_ids[v0 + j], x)
                    continue
                nv = n_store[c]
                if kinds[c] == POSITIONS or kinds[c] == PHASES:     # row t of the position store
                    for j in range(nv):
                        pos_vals[t, pos_col[c] + j] = _dot(row_ptr, row_idx, row_val, vrow_ids[v0 + j], x)
                    continue
                k0 = _dot(row_ptr, row_idx, row_val, cg[1, c], x)
                k1 = _dot(row_ptr, row_idx, row_val, cg[2, c], x)
                if mode == SORTED and k1 != -(k0 * k0) * 0.25:
                    if k1 != -(k0 * k0) * 0.25 - big:
                        state[1] = BAD_KEY
                        state[0] = t
                        return
                    continue
                for j in range(nv):
                    values[j] = _dot(row_ptr, row_idx, row_val, vrow_ids[v0 + j], x)
                o = off[c]
                version[c] += 1
                if mode == LINEAR:
                    k1s[o + size[c]] = k1      # every position is appended, in order
                size[c] += _insert(keys, epos, vidx, vals, dmin, dblk, dcnt, nblk, c, o, voff[c],
                                   o // bs, nv, bs, k0, t, values, size[c], mode == LINEAR)
            if profiling:
                clock = _profile(prof, np.int64(1), clock)
            # queries
            for q in range(layer_ptrs[1, layer], layer_ptrs[1, layer + 1]):
                c = qg[0, q]
                o0, o1 = qg_optr[q], qg_optr[q + 1]
                won = np.int64(-1)                  # an averaging head wins nowhere
                if kinds[c] == AVERAGE:
                    for i in range(o0, o1):
                        held[i] = sums[sum_off[c] + o_vi[i]] / (t + 1)
                else:
                    q0 = _dot(row_ptr, row_idx, row_val, qg[1, q], x)
                    q1 = _dot(row_ptr, row_idx, row_val, qg[2, q], x)
                    o = off[c]
                    implicit = kinds[c] == POSITIONS
                    # the winner: its position, and the row of its values
                    if mode == SORTED and kinds[c] != PHASES and q0 == asked[q, 0] and \
                            q1 == asked[q, 1] and ((q1 > 0.0 and answer[q, 1] < answer[q, 0])
                                                   if implicit else answer[q, 0] == version[c]):
                        won = answer[q, 1]      # and its values in ``held``: see "Reused answers"
                    else:
                        if kinds[c] == PHASES:
                            won = _latest_phase(cg[3, c], cg[4, c], t, q0, q1)
                        elif implicit:
                            won = _search(keys, epos, o, t + 1, q0, q1, True)
                        else:
                            if mode == LINEAR:
                                best = 0
                                top = q0 * keys[o] + q1 * k1s[o]
                                for i in range(1, size[c]):
                                    s = q0 * keys[o + i] + q1 * k1s[o + i]
                                    if s >= top:
                                        top = s
                                        best = i
                            else:
                                best = _lookup(keys, epos, dmin, dblk, dcnt, o, o // bs, nblk[c],
                                               bs, q0, q1)
                            won, row = np.int64(epos[o + best]), np.int64(vidx[o + best])
                        asked[q, 0] = q0
                        asked[q, 1] = q1
                        answer[q, 0] = t if implicit else version[c]    # keys 0..t, or this version
                        answer[q, 1] = won
                        nv = n_store[c]
                        for i in range(o0, o1):
                            j = o_vi[i]
                            if j >= nv:                         # not stored: recomputed
                                src = v_src[cg_vptr[c] + j]
                                held[i] = float(won) if src == POSITION \
                                    else token_tables[tokens[won], src]
                            elif kinds[c] != HULL:              # a row of the position store
                                held[i] = pos_vals[won, pos_col[c] + j]
                            else:
                                held[i] = vals[voff[c] + row * nv + j]
                if t < rec_win.shape[0]:            # tests: every head's winner and output
                    rec_win[t, q] = won
                    for i in range(o0, o1):
                        rec_val[t, i] = held[i]
                # outputs go to slots no head of this layer reads: add at once
                for i in range(o0, o1):
                    x[o_slot[i]] += o_coef[i] * held[i]
            if profiling:
                clock = _profile(prof, np.int64(2), clock)
            # feed-forward: the gates first (x does not change meanwhile), then
            # the active neurons' down rows, in neuron order
            n_active = 0
            i = layer_ptrs[2, layer]
            while i < layer_ptrs[2, layer + 1]:
                if neuron[2, i] >= 0 and x[neuron[2, i]] == 0.0:
                    i = neuron[3, i]                # guarded off: every gate of the run <= 0
                    continue
                gsum = _dot(row_ptr, row_idx, row_val, neuron[0, i], x)
                if gsum > 0.0:
                    active[n_active] = i
                    hidden[n_active] = gsum * _dot(row_ptr, row_idx, row_val, neuron[1, i], x)
                    n_active += 1
                i += 1
            for a in range(n_active):
                h = hidden[a]
                if h != 0.0:
                    for j in range(d_ptr[active[a]], d_ptr[active[a] + 1]):
                        x[d_slot[j]] += d_coef[j] * h
            for i in range(clear_ptr[layer], clear_ptr[layer + 1]):
                x[clear_slot[i]] = 0.0
            if profiling:
                clock = _profile(prof, np.int64(3), clock)
        if t + 1 >= n_known:
            tokens[t + 1] = _argmax_logits(x, out_groups, out_rows, out_cols, out_w, out_col_max,
                                           out_parabola, logits, bound)
        if profiling:
            clock = _profile(prof, np.int64(4), clock)
        t += 1
        state[0] = t
    state[0] = t
    return


_compiled_cache: dict = {}


def compiled(w: Weights) -> Compiled:
    key = id(w)
    if key not in _compiled_cache:
        _compiled_cache[key] = (w, Compiled(w))
    return _compiled_cache[key][1]


class Session:
    """A transformer run of one prompt, advanced chunk by chunk."""

    def __init__(self, weights: Weights, prompt, attention: str = "sorted", record: int = 0,
                 block: int = BLOCK, profile: bool = False):
        """``record``: keep, for the first ``record`` positions, each query's
        winning position and each head's output (``recorded``, for the tests).
        ``block``: keys per block of a sorted group (the tests use tiny ones).
        ``profile``: count the processor cycles of each part of a token
        (``PROFILE``) in ``self.profile``."""
        if attention not in ("sorted", "linear"):
            raise ValueError(f"unknown attention cache {attention!r}")
        c = self.c = compiled(weights)
        self.mode = SORTED if attention == "sorted" else LINEAR
        prompt = np.asarray(prompt, dtype=np.int32)
        self.n_prompt = len(prompt)
        self.tokens = np.zeros(max(2 * len(prompt), 1 << 16), dtype=np.int32)
        self.tokens[:len(prompt)] = prompt
        self.state = np.zeros(2, dtype=np.int64)
        # the linear scan is the plain check: every group keeps every key and value
        self.kinds = c.kind.copy() if self.mode == SORTED else np.where(c.kind == AVERAGE, AVERAGE, HULL)
        by_position = (self.kinds == POSITIONS) | (self.kinds == PHASES)
        self.n_store = np.where(by_position, c.n_stored, c.n_values)
        self.block = int(block)
        if self.block < 2:
            raise ValueError("a block holds at least 2 keys")
        self.cap = np.where(self.kinds == HULL, self._blocks(1024) * self.block, 0)
        self.size = np.zeros(c.n_groups, dtype=np.int64)
        self.nblk = np.zeros(c.n_groups, dtype=np.int64)     # blocks in use per group
        self.sums = np.zeros(max(int(c.n_values.sum()), 1))
        self.sum_off = np.concatenate([[0], np.cumsum(c.n_values)[:-1]]).astype(np.int64)
        on_positions = np.where(by_position, self.n_store, 0)
        self.pos_col = np.concatenate([[0], np.cumsum(on_positions)[:-1]]).astype(np.int64)
        self.pos_vals = np.zeros((len(self.tokens), int(on_positions.sum())))
        self.rec_win = np.zeros((record, len(c.model.qg[0])), dtype=np.int64)
        self.rec_val = np.zeros((record, len(c.model.o_vi)))
        self._alloc(None)
        self.profile = np.zeros(len(PROFILE) if profile else 0, dtype=np.int64)
        # each query's last answer, reused while its keys are unchanged (``_decode``)
        self.version = np.zeros(c.n_groups, dtype=np.int64)
        self.asked = np.full((len(c.model.qg[0]), 2), np.nan)
        self.answer = np.full((len(c.model.qg[0]), 2), -1, dtype=np.int64)
        self.held = np.zeros(len(c.model.o_vi))         # every head output's last value
        self.status = RUNNING
        self.error: str | None = None      # why the engine stopped before the machine did

    def _blocks(self, n):
        """Blocks enough for n keys (at least 2)."""
        return np.maximum(-(-n // self.block), 2).astype(np.int64)

    def _alloc(self, old):
        """(Re)allocate the blocks and directories at the capacities ``self.cap``
        (multiples of the block size), copying the blocks in use from ``old``:
        block b of a group stays block b, so its directory is copied as it is."""
        bs = self.block
        self.off = np.concatenate([[0], np.cumsum(self.cap)[:-1]]).astype(np.int64)
        per_group = self.cap * self.n_store
        self.voff = np.concatenate([[0], np.cumsum(per_group)[:-1]]).astype(np.int64)
        total = int(self.cap.sum())
        self.keys = np.zeros(total)
        self.k1s = np.zeros(total if self.mode == LINEAR else 0)
        self.epos = np.zeros(total, dtype=np.int32)
        self.vidx = np.zeros(total, dtype=np.int32)      # where an entry's values are
        self.vals = np.zeros(int(per_group.sum()))       # per group: value rows 0 .. size - 1
        # directory of group g: entries off[g] // bs .. (off[g] + cap[g]) // bs
        self.dmin = np.zeros(total // bs)
        self.dblk = np.zeros(total // bs, dtype=np.int64)
        self.dcnt = np.zeros(total // bs, dtype=np.int64)
        if old is None:
            return
        for g in np.nonzero(self.kinds == HULL)[0]:
            n, nv, nb = self.nblk[g] * bs, self.n_store[g], self.nblk[g]
            new, was = slice(self.off[g], self.off[g] + n), slice(old["off"][g], old["off"][g] + n)
            self.keys[new], self.epos[new] = old["keys"][was], old["epos"][was]
            self.vidx[new] = old["vidx"][was]
            if self.mode == LINEAR:
                self.k1s[new] = old["k1s"][was]
            size = self.size[g] * nv
            self.vals[self.voff[g]:self.voff[g] + size] = \
                old["vals"][old["voff"][g]:old["voff"][g] + size]
            d, od = self.off[g] // bs, old["off"][g] // bs
            for a in ("dmin", "dblk", "dcnt"):
                getattr(self, a)[d:d + nb] = old[a][od:od + nb]

    def _repack(self, g):
        """Rewrite group g's blocks full, in key order (O(n), numpy): splits leave
        blocks half full, and keys arriving in falling order inside a block that
        also holds older keys leave a trail of them."""
        bs, nb = self.block, int(self.nblk[g])
        o, d = int(self.off[g]), int(self.off[g]) // bs
        starts = self.dblk[d:d + nb] * bs
        counts = self.dcnt[d:d + nb]
        idx = np.concatenate([np.arange(a, a + n) for a, n in zip(starts, counts)])
        n = len(idx)
        self.keys[o:o + n] = self.keys[o + idx]
        self.epos[o:o + n] = self.epos[o + idx]
        self.vidx[o:o + n] = self.vidx[o + idx]        # the values stay where they are
        nb = -(-n // bs)
        self.dblk[d:d + nb] = np.arange(nb)
        self.dcnt[d:d + nb] = bs
        self.dcnt[d + nb - 1] = n - (nb - 1) * bs
        self.dmin[d:d + nb] = self.keys[o:o + nb * bs:bs]
        self.nblk[g] = nb

    @property
    def n_tokens(self) -> int:
        return max(self.n_prompt, int(self.state[0]) + 1) if self.state[0] else self.n_prompt

    @property
    def memory_bytes(self) -> int:
        """Bytes held by the caches and the token buffer."""
        return sum(a.nbytes for a in (self.keys, self.k1s, self.epos, self.vidx, self.vals,
                                      self.tokens, self.pos_vals, self.dmin, self.dblk,
                                      self.dcnt))

    def _grow_buffers(self):
        """Grow the token buffer (and the per-position store beside it) by half."""
        n = len(self.tokens) + max(len(self.tokens) // 2, 1 << 16)
        self.tokens = np.concatenate([self.tokens, np.zeros(n - len(self.tokens), np.int32)])
        self.pos_vals = np.concatenate(
            [self.pos_vals, np.zeros((n - len(self.pos_vals), self.pos_vals.shape[1]))])

    def advance(self, max_new: int) -> np.ndarray:
        """Generate up to ``max_new`` more tokens; return the new tokens."""
        start = self.n_tokens
        limit = start + int(max_new)
        while True:
            if len(self.tokens) < min(limit, self.n_tokens + (1 << 22)) + 1:
                self._grow_buffers()          # in steps, never to a huge limit at once
            self.state[1] = RUNNING
            cache = (self.kinds, self.n_store, self.keys, self.k1s, self.epos, self.vals,
                     self.cap, self.off, self.voff, self.size, self.sums, self.sum_off,
                     self.pos_vals, self.pos_col, self.rec_win, self.rec_val,
                     self.dmin, self.dblk, self.dcnt, self.nblk, self.block, self.vidx,
                     self.profile, self.version, self.asked, self.answer, self.held)
            _decode(self.tokens, self.n_prompt, min(limit, len(self.tokens) - 1), self.mode,
                    STOP_TOKENS, BIG, self.c.model, cache, self.state)
            status = int(self.state[1])
            if status == LIMIT and self.n_tokens < limit:
                continue                       # only the token buffer was full
            if status != GROW:
                break
            full = (self.kinds == HULL) & (self.nblk * self.block >= self.cap)
            for g in np.nonzero(full)[0]:
                if self.mode == SORTED and self.size[g] < REPACK_BELOW * self.cap[g]:
                    self._repack(g)           # blocks emptied by splits: fill them again
            full = (self.kinds == HULL) & (self.nblk * self.block >= self.cap)
            if not full.any():
                continue
            old = dict(keys=self.keys, k1s=self.k1s, epos=self.epos, vidx=self.vidx,
                       vals=self.vals,
                       off=self.off, voff=self.voff, dmin=self.dmin, dblk=self.dblk,
                       dcnt=self.dcnt)
            self.cap = np.where(full, self._blocks(self.cap + self.cap // 2) * self.block,
                                self.cap)
            self._alloc(old)
        self.status = status
        if status == BAD_KEY:
            self.error = (f"an attention key is off the parabola at position "
                          f"{int(self.state[0]):,}: the sorted cache cannot answer exactly")
        elif status == TOO_LONG:
            self.error = (f"the trace reached {MAX_POSITIONS:,} positions, the limit "
                          f"up to which the model's arithmetic is proven exact")
        end = self.n_tokens
        return self.tokens[start:end].copy()

    def recorded(self, head: int):
        """(winning positions, outputs [n, 2]) of weight head ``head`` at the
        recorded positions (an averaging head wins nowhere: -1)."""
        c = self.c
        n = min(len(self.rec_win), self.n_tokens)
        out = np.zeros((n, 2))
        for j in range(2):
            if (head, j) in c.head_outputs:
                out[:, j] = self.rec_val[:n, c.head_outputs[head, j]]
        return self.rec_win[:n, c.head_query[head]], out

    @property
    def halted(self) -> bool:
        """Stopped by HALT or a FAULT step."""
        return self.status == HALTED

    @property
    def fault(self) -> str | None:
        """Why the machine stopped, if the model generated a FAULT step."""
        if not self.halted or self.tokens[self.n_tokens - 1] != machine.TOK_FAULT:
            return None
        return machine.FAULTS.get(int(self.tokens[self.n_tokens - 2]) - machine.B0,
                                  "unknown fault")

    @property
    def trace(self) -> np.ndarray:
        return self.tokens[self.n_prompt:self.n_tokens]

"""The decode engine: one Numba kernel runs the transformer token by token.

Weights are turned into sparse rows once.  Per token the kernel embeds it, then
per layer computes each head's 2-D query and key, asks the head's attention
cache for the winning position, adds the head outputs, runs the ReGLU
feed-forward (skipping neurons whose gate is not positive, and neurons whose
guard flag -- see ``Graph.reglu`` -- is 0), and finally takes
the argmax of the output head.  The prompt goes through the same loop
(prefill); afterwards each argmax is appended and fed back.

Attention caches (``attention=``):

* ``sorted`` -- heads with identical key projections share one array of keys
  sorted by ``k``, one entry per distinct key (the latest position's values:
  that is the tie-break).  A key on the parabola ``(2k, -k^2)`` is a vertex of
  the upper hull, so the score along the array rises then falls: binary search
  finds the maximum in O(log n).  A first probe at the index where ``q`` would
  sit if the keys were consecutive integers (positions, stack slots) makes the
  common case O(1): a local maximum of a unimodal sequence is the maximum.
  Keys that arrive in increasing order are appended.  Keys exactly BIG below
  the parabola (ungated) can never win once a gated key exists -- every head
  has one at position 0 -- so they are not stored; any other key is reported
  as an error because the cache could not answer it exactly.
* ``linear`` -- every position's key is kept and every query scans all of them:
  same answers, O(n) per lookup.

Averaging heads keep running sums: O(1) in both modes.
"""
from __future__ import annotations

import numpy as np
from numba import njit

from .machine import TOK_HALT as HALT_TOKEN
from .model.graph import BIG
from .model.weights import MEAN, Weights

SORTED, LINEAR = 0, 1
# kernel status codes
RUNNING, HALTED, LIMIT, GROW, BAD_KEY, TOO_LONG = range(6)
MAX_POSITIONS = 1 << 24        # the exactness horizon of the position keys
BIG_ = BIG


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


class Compiled:
    """Weights rearranged for the kernel (built once per Weights object)."""

    def __init__(self, w: Weights):
        rows = _Rows()
        d = w.d_model
        cg_kind, cg_k0, cg_k1, cg_vptr, vrows = [], [], [], [0], []
        qg_cache, qg_q0, qg_q1, qg_optr, o_vi, o_slot, o_coef = [], [], [], [0], [], [], []
        cg_ptr, qg_ptr, nr_ptr = [0], [0], [0]
        n_gate, n_up, n_guard, d_ptr, d_slot, d_coef = [], [], [], [0], [], []
        for layer in range(w.n_layers):
            heads = np.nonzero(w.head_layer == layer)[0]
            caches: dict = {}
            queries: dict = {}
            for h in heads:
                mean = w.head_kind[h] == MEAN
                ckey = ("mean", int(h)) if mean else w.wk[h].tobytes()
                if ckey not in caches:
                    caches[ckey] = len(cg_kind)
                    cg_kind.append(MEAN if mean else 0)
                    cg_k0.append(-1 if mean else rows.add(w.wk[h][0]))
                    cg_k1.append(-1 if mean else rows.add(w.wk[h][1]))
                    cg_vptr.append(cg_vptr[-1])
                    vrows.append([])
                c = caches[ckey]
                qkey = (ckey, w.wq[h].tobytes())
                if qkey not in queries:
                    queries[qkey] = len(qg_cache)
                    qg_cache.append(c)
                    qg_q0.append(-1 if mean else rows.add(w.wq[h][0]))
                    qg_q1.append(-1 if mean else rows.add(w.wq[h][1]))
                    qg_optr.append(qg_optr[-1])
                q = queries[qkey]
                for j in range(2):
                    vrow, orow = w.wv[h][j], w.wo[h][j]
                    if not vrow.any() or not orow.any():
                        continue
                    stored = vrows[c]
                    key = vrow.tobytes()
                    if key not in [r.tobytes() for r in stored]:
                        stored.append(vrow)
                    vi = [r.tobytes() for r in stored].index(key)
                    for slot in np.nonzero(orow)[0]:
                        o_vi.append(vi); o_slot.append(slot); o_coef.append(orow[slot])
                        qg_optr[q + 1] += 1
                # keep qg_optr cumulative
            for q in range(qg_ptr[-1], len(qg_cache)):
                qg_optr[q + 1] = max(qg_optr[q + 1], qg_optr[q])
            cg_ptr.append(len(cg_kind))
            qg_ptr.append(len(qg_cache))
            for i in np.nonzero(w.ffn_layer == layer)[0]:
                n_gate.append(rows.add(w.w_gate[i]))
                n_up.append(rows.add(w.w_up[i]))
                n_guard.append(int(w.ffn_guard[i]))
                nz = np.nonzero(w.w_down[i])[0]
                d_slot.extend(nz.tolist()); d_coef.extend(w.w_down[i][nz].tolist())
                d_ptr.append(len(d_slot))
            nr_ptr.append(len(n_gate))
        # value rows per cache group, flattened
        vrow_ids = []
        for c, stored in enumerate(vrows):
            vrow_ids.extend(rows.add(r) for r in stored)
            cg_vptr[c + 1] = cg_vptr[c] + len(stored)
        # the output head reads a handful of residual slots: keep those columns dense
        self.out_cols = np.nonzero(np.abs(w.unembed).sum(axis=0))[0].astype(np.int64)
        self.out_mat = np.ascontiguousarray(w.unembed[:, self.out_cols].T)
        self.row_ptr, self.row_idx, self.row_val = rows.arrays()
        i64 = lambda a: np.array(a, dtype=np.int64)
        self.layer_ptrs = np.stack([i64(cg_ptr), i64(qg_ptr), i64(nr_ptr)])
        self.cg = np.stack([i64(cg_kind), i64(cg_k0), i64(cg_k1)])
        self.cg_vptr, self.vrow_ids = i64(cg_vptr), i64(vrow_ids)
        self.qg = np.stack([i64(qg_cache), i64(qg_q0), i64(qg_q1)])
        self.qg_optr = i64(qg_optr)
        self.o_vi, self.o_slot, self.o_coef = i64(o_vi), i64(o_slot), np.array(o_coef, np.float64)
        self.neuron = np.stack([i64(n_gate), i64(n_up), i64(n_guard)])
        self.d_ptr, self.d_slot, self.d_coef = i64(d_ptr), i64(d_slot), np.array(d_coef, np.float64)
        self.embed = np.ascontiguousarray(w.embed)
        self.pos = np.ascontiguousarray(w.pos)
        self.n_layers = w.n_layers
        self.n_values = np.diff(self.cg_vptr)
        self.n_groups = len(cg_kind)
        self.d_model = d


@njit(cache=True, inline="always")
def _dot(ptr, idx, val, r, x):
    s = 0.0
    for i in range(ptr[r], ptr[r + 1]):
        s += val[i] * x[idx[i]]
    return s


@njit(cache=True, inline="always")
def _score(q0, q1, k0):
    # the key's second component is -k^2 = -(k0/2)^2 for every stored key
    return q0 * k0 + q1 * (-(k0 * k0) * 0.25)


@njit(cache=True)
def _search(keys, off, n, q0, q1):
    """Index (relative to off) of the max-score key in a sorted, parabola-keyed array."""
    lo = 0
    hi = n - 1
    guess = np.int64(-1)
    if q1 > 0.0:
        g = q0 / q1 - keys[off] * 0.5
        if 0.0 <= g < n:
            guess = np.int64(g + 0.5)
            if guess >= n:
                guess = n - 1
    if guess >= 0:
        s = _score(q0, q1, keys[off + guess])
        ok = True
        if guess > 0 and _score(q0, q1, keys[off + guess - 1]) > s:
            ok = False
        if guess + 1 < n and _score(q0, q1, keys[off + guess + 1]) > s:
            ok = False
        if ok:
            return guess
    while lo < hi:
        mid = (lo + hi) // 2
        if _score(q0, q1, keys[off + mid]) < _score(q0, q1, keys[off + mid + 1]):
            lo = mid + 1
        else:
            hi = mid
    return lo


@njit(cache=True)
def _decode(tokens, n_known, limit, mode, row_ptr, row_idx, row_val, layer_ptrs, cg, cg_vptr,
            vrow_ids, qg, qg_optr, o_vi, o_slot, o_coef, neuron, d_ptr, d_slot, d_coef,
            out_cols, out_mat, embed, pos, halt_token, max_positions,
            keys, k1s, epos, vals, cap, off, voff, size, sums, soff, state):
    """Advance the run; ``state = [t, status]``: t is the next position to process.

    Positions below ``n_known`` are given (prompt); from then on each argmax is
    appended.  Returns when ``limit`` tokens exist, on HALT, or when a cache
    needs to grow (the caller reallocates and calls again).
    """
    d = embed.shape[1]
    n_layers = layer_ptrs.shape[1] - 1
    x = np.empty(d)
    hidden = np.empty(max(neuron.shape[1], 1))
    ng = cg.shape[1]
    n_values = 1                 # scratch for the values of one cache group or query
    for c in range(ng):
        n_values = max(n_values, cg_vptr[c + 1] - cg_vptr[c])
    for q in range(qg_optr.shape[0] - 1):
        n_values = max(n_values, qg_optr[q + 1] - qg_optr[q])
    values = np.empty(n_values)
    logits = np.empty(out_mat.shape[1])
    t = state[0]
    while True:
        n_have = max(n_known, t + 1)
        if t >= n_known and (tokens[t] == halt_token):
            state[1] = HALTED
            break
        if n_have >= limit and t + 1 >= n_have:
            state[1] = LIMIT
            break
        if t >= max_positions:
            state[1] = TOO_LONG
            break
        grow = False
        for c in range(ng):
            if size[c] + 1 > cap[c]:
                grow = True
        if grow:
            state[1] = GROW
            break
        tok = tokens[t]
        ft = float(t)
        for i in range(d):
            x[i] = embed[tok, i] + ft * pos[0, i] + ft * ft * pos[1, i]
        for layer in range(n_layers):
            # caches first: a position attends to itself too
            for c in range(layer_ptrs[0, layer], layer_ptrs[0, layer + 1]):
                nv = cg_vptr[c + 1] - cg_vptr[c]
                if cg[0, c] == 1:                       # averaging head: running sums
                    for j in range(nv):
                        sums[soff[c] + j] += _dot(row_ptr, row_idx, row_val, vrow_ids[cg_vptr[c] + j], x)
                    continue
                k0 = _dot(row_ptr, row_idx, row_val, cg[1, c], x)
                k1 = _dot(row_ptr, row_idx, row_val, cg[2, c], x)
                on_hull = k1 == -(k0 * k0) * 0.25
                if mode == 0 and not on_hull:
                    if k1 != -(k0 * k0) * 0.25 - BIG_:
                        state[1] = BAD_KEY
                        state[0] = t
                        return
                    continue
                for j in range(nv):
                    values[j] = _dot(row_ptr, row_idx, row_val, vrow_ids[cg_vptr[c] + j], x)
                n = size[c]
                o = off[c]
                if mode == 1 or n == 0 or keys[o + n - 1] < k0:
                    at = n                                  # append
                    n += 1
                else:
                    lo = 0
                    hi = n
                    while lo < hi:
                        mid = (lo + hi) // 2
                        if keys[o + mid] < k0:
                            lo = mid + 1
                        else:
                            hi = mid
                    at = lo
                    if keys[o + at] != k0:                  # a new key: shift the tail up
                        for i in range(n, at, -1):
                            keys[o + i] = keys[o + i - 1]
                            epos[o + i] = epos[o + i - 1]
                            for j in range(nv):
                                vals[voff[c] + i * nv + j] = vals[voff[c] + (i - 1) * nv + j]
                        n += 1
                keys[o + at] = k0                           # equal key: the latest replaces it
                if mode == 1:
                    k1s[o + at] = k1
                epos[o + at] = t
                for j in range(nv):
                    vals[voff[c] + at * nv + j] = values[j]
                size[c] = n
            # queries
            for q in range(layer_ptrs[1, layer], layer_ptrs[1, layer + 1]):
                c = qg[0, q]
                nv = cg_vptr[c + 1] - cg_vptr[c]
                if cg[0, c] == 1:
                    for i in range(qg_optr[q], qg_optr[q + 1]):
                        values[i - qg_optr[q]] = sums[soff[c] + o_vi[i]] / (t + 1)
                else:
                    q0 = _dot(row_ptr, row_idx, row_val, qg[1, q], x)
                    q1 = _dot(row_ptr, row_idx, row_val, qg[2, q], x)
                    o = off[c]
                    n = size[c]
                    if mode == 1:
                        best = 0
                        bs = q0 * keys[o] + q1 * k1s[o]
                        for i in range(1, n):
                            s = q0 * keys[o + i] + q1 * k1s[o + i]
                            if s >= bs:
                                bs = s
                                best = i
                    else:
                        best = _search(keys, o, n, q0, q1)
                        bs = _score(q0, q1, keys[o + best])
                        for nb in (best - 1, best + 1):      # an exact tie: the later position wins
                            if 0 <= nb < n and _score(q0, q1, keys[o + nb]) == bs \
                                    and epos[o + nb] > epos[o + best]:
                                best = nb
                    base = voff[c] + best * nv
                    for i in range(qg_optr[q], qg_optr[q + 1]):
                        values[i - qg_optr[q]] = vals[base + o_vi[i]]
                # outputs go to slots no head of this layer reads: add at once
                for i in range(qg_optr[q], qg_optr[q + 1]):
                    x[o_slot[i]] += o_coef[i] * values[i - qg_optr[q]]
            # feed-forward
            n0 = layer_ptrs[2, layer]
            for i in range(n0, layer_ptrs[2, layer + 1]):
                if neuron[2, i] >= 0 and x[neuron[2, i]] == 0.0:     # guarded off: gate <= 0
                    hidden[i - n0] = 0.0
                    continue
                gsum = _dot(row_ptr, row_idx, row_val, neuron[0, i], x)
                hidden[i - n0] = gsum * _dot(row_ptr, row_idx, row_val, neuron[1, i], x) if gsum > 0.0 else 0.0
            for i in range(n0, layer_ptrs[2, layer + 1]):
                h = hidden[i - n0]
                if h != 0.0:
                    for j in range(d_ptr[i], d_ptr[i + 1]):
                        x[d_slot[j]] += d_coef[j] * h
        if t + 1 >= n_known:
            logits[:] = 0.0
            for j in range(out_cols.shape[0]):
                xv = x[out_cols[j]]
                if xv != 0.0:
                    row = out_mat[j]
                    for v in range(row.shape[0]):
                        logits[v] += row[v] * xv
            tokens[t + 1] = np.argmax(logits)        # the first maximum, as numpy
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

    def __init__(self, weights: Weights, prompt, attention: str = "sorted"):
        if attention not in ("sorted", "linear"):
            raise ValueError(f"unknown attention cache {attention!r}")
        self.c = compiled(weights)
        self.mode = SORTED if attention == "sorted" else LINEAR
        prompt = np.asarray(prompt, dtype=np.int32)
        self.n_prompt = len(prompt)
        self.tokens = np.zeros(max(2 * len(prompt), 1 << 16), dtype=np.int32)
        self.tokens[:len(prompt)] = prompt
        self.state = np.zeros(2, dtype=np.int64)
        n = self.c.n_groups
        self.cap = np.full(n, 1024, dtype=np.int64)
        self.size = np.zeros(n, dtype=np.int64)
        self.sums = np.zeros(max(int(self.c.n_values.sum()), 1))
        self._alloc(None)
        self.status = RUNNING

    def _alloc(self, old):
        c = self.c
        self.off = np.concatenate([[0], np.cumsum(self.cap)[:-1]]).astype(np.int64)
        self.voff = np.concatenate([[0], np.cumsum(self.cap * c.n_values)[:-1]]).astype(np.int64)
        total = int(self.cap.sum())
        self.keys = np.zeros(total)
        self.k1s = np.zeros(total if self.mode == LINEAR else 1)
        self.epos = np.zeros(total, dtype=np.int32)
        self.vals = np.zeros(max(int((self.cap * c.n_values).sum()), 1))
        # running sums of averaging heads live at voff too: give them their own array
        self.sum_off = np.concatenate([[0], np.cumsum(c.n_values)[:-1]]).astype(np.int64)
        if old is not None:
            for g in range(c.n_groups):
                n, nv = old["size"][g], c.n_values[g]
                self.keys[self.off[g]:self.off[g] + n] = old["keys"][old["off"][g]:old["off"][g] + n]
                self.epos[self.off[g]:self.off[g] + n] = old["epos"][old["off"][g]:old["off"][g] + n]
                if self.mode == LINEAR:
                    self.k1s[self.off[g]:self.off[g] + n] = old["k1s"][old["off"][g]:old["off"][g] + n]
                self.vals[self.voff[g]:self.voff[g] + n * nv] = \
                    old["vals"][old["voff"][g]:old["voff"][g] + n * nv]

    @property
    def n_tokens(self) -> int:
        return max(self.n_prompt, int(self.state[0]) + 1) if self.state[0] else self.n_prompt

    @property
    def memory_bytes(self) -> int:
        """Bytes held by the caches and the token buffer."""
        return sum(a.nbytes for a in (self.keys, self.k1s, self.epos, self.vals, self.tokens))

    def advance(self, max_new: int) -> np.ndarray:
        """Generate up to ``max_new`` more tokens; return the new tokens."""
        start = self.n_tokens
        limit = start + int(max_new)
        c = self.c
        while True:
            if len(self.tokens) < min(limit, self.n_tokens + (1 << 22)) + 1:
                # grow the token buffer in steps, never to a huge limit at once
                bigger = np.zeros(len(self.tokens) + max(len(self.tokens) // 2, 1 << 16), np.int32)
                bigger[:len(self.tokens)] = self.tokens
                self.tokens = bigger
            self.state[1] = RUNNING
            _decode(self.tokens, self.n_prompt, min(limit, len(self.tokens) - 1), self.mode,
                    c.row_ptr, c.row_idx, c.row_val,
                    c.layer_ptrs, c.cg, c.cg_vptr, c.vrow_ids, c.qg, c.qg_optr, c.o_vi, c.o_slot,
                    c.o_coef, c.neuron, c.d_ptr, c.d_slot, c.d_coef, c.out_cols, c.out_mat, c.embed,
                    c.pos, HALT_TOKEN, MAX_POSITIONS, self.keys, self.k1s, self.epos, self.vals, self.cap, self.off,
                    self.voff, self.size, self.sums, self.sum_off, self.state)
            status = int(self.state[1])
            if status == LIMIT and self.n_tokens < limit:
                continue                       # only the token buffer was full
            if status != GROW:
                break
            old = dict(keys=self.keys, k1s=self.k1s, epos=self.epos, vals=self.vals,
                       off=self.off, voff=self.voff, size=self.size.copy())
            self.cap = np.where(self.size + 1 > self.cap, self.cap + self.cap // 2, self.cap)
            self._alloc(old)
        self.status = status
        if status == BAD_KEY:
            raise RuntimeError(f"an attention key is off the parabola at position "
                               f"{int(self.state[0])}: the sorted cache cannot answer exactly")
        if status == TOO_LONG:
            raise RuntimeError(f"the trace reached {MAX_POSITIONS:,} positions, the limit "
                               f"up to which the model's arithmetic is proven exact")
        end = self.n_tokens
        return self.tokens[start:end].copy()

    @property
    def halted(self) -> bool:
        return self.status == HALTED

    @property
    def trace(self) -> np.ndarray:
        return self.tokens[self.n_prompt:self.n_tokens]


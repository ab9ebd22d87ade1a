"""A plain-numpy forward pass: full attention over all earlier positions, no
cache structure, no Numba.  It is the independent check that the weights are
a real transformer and that the engine's caches are exact; and while the
engine's kernel is being built (a first run on a machine), the engine
generates with it (``engine.Session``).
"""
from __future__ import annotations

import numpy as np

from .weights import MEAN, Weights, positional

SCORES_PER_BLOCK = 1 << 20    # scores computed by one numpy operation at most (fits in cache)


def _winners(q, k, start: int):
    """For each new position ``start + i`` and each query group ``g``, the
    earlier-or-same position whose key ``k[g, :, position]`` scores highest
    against ``q[i, g]`` (ties: the latest).  q: [m, G, 2], k: [G, 2, >= start + m]."""
    m, groups = q.shape[:2]
    win = np.empty((m, groups), dtype=np.int64)
    block = max(1, SCORES_PER_BLOCK // ((start + m) * max(groups, 1)))
    for lo in range(0, m, block):
        hi = min(m, lo + block)
        n = start + hi                 # the keys the block's last query sees
        # the keys latest first, so that the first maximum is the latest position;
        # two products and one sum per score: the same float operations as the engine
        latest_first = k[None, :, :, n - 1::-1]
        s = q[lo:hi, :, 0, None] * latest_first[:, :, 0] + q[lo:hi, :, 1, None] * latest_first[:, :, 1]
        # a query sees the positions up to its own: of the block's own, the later ones are hidden
        later = np.triu(np.ones((hi - lo, hi - lo), dtype=bool), 1)[:, None, ::-1]
        s[:, :, :hi - lo][later.repeat(groups, axis=1)] = -np.inf
        win[lo:hi] = n - 1 - np.argmax(s, axis=2)
    return win


class _Layer:
    """One layer's matrices, gathered so that each product is one matmul."""

    def __init__(self, w: Weights, layer: int):
        self.heads = np.nonzero(w.head_layer == layer)[0]
        averaging = w.head_kind[self.heads] == MEAN
        self.averaging = np.nonzero(averaging)[0]          # indices into self.heads
        # heads with the same query and key attend identically: one group each
        groups: dict = {}
        self.group = np.array([-1 if avg else groups.setdefault(
            (w.wq[h].tobytes(), w.wk[h].tobytes()), len(groups))
            for h, avg in zip(self.heads, averaging)], dtype=np.int64)
        first = [self.heads[list(self.group).index(g)] for g in range(len(groups))]
        self.n_groups = len(groups)
        # rows: every group's query, then its key, then every head's value
        self.rows = np.concatenate([w.wq[first].reshape(-1, w.d_model),
                                    w.wk[first].reshape(-1, w.d_model),
                                    w.wv[self.heads].reshape(-1, w.d_model)])
        self.out = w.wo[self.heads].reshape(-1, w.d_model)
        sel = w.ffn_layer == layer
        self.gate, self.up, self.down = w.w_gate[sel], w.w_up[sel], w.w_down[sel]


class Decoder:
    """The forward pass, extended by a block of positions at a time.

    Every query group's keys, every head's values and every averaging head's
    running sum are kept, so that a new position costs one row of each
    product and one score per earlier position and query group.
    ``forward`` is one ``extend`` of the whole sequence; a later ``extend``
    computes for its positions exactly what ``forward`` of the longer
    sequence would."""

    def __init__(self, w: Weights):
        self.w = w
        self.n = 0                                     # positions so far
        self.layers = [_Layer(w, layer) for layer in range(w.n_layers)]
        self.keys = [np.zeros((L.n_groups, 2, 0)) for L in self.layers]
        self.values = [np.zeros((0, len(L.heads), 2)) for L in self.layers]
        self.sums = [np.zeros((len(L.averaging), 2)) for L in self.layers]

    def _reserve(self, n: int):
        """Room for ``n`` positions' keys and values (doubling: amortised O(1))."""
        if n > len(self.values[0]):
            room = max(n, 2 * len(self.values[0]), 1024)
            for i, (keys, values) in enumerate(zip(self.keys, self.values)):
                self.keys[i] = np.zeros(keys.shape[:2] + (room,))
                self.keys[i][..., :self.n] = keys[..., :self.n]
                self.values[i] = np.zeros((room,) + values.shape[1:])
                self.values[i][:self.n] = values[:self.n]

    def extend(self, tokens, heads: list | None = None, ffn_inputs: list | None = None):
        """The residual stream after the last layer [len(tokens), d] at the
        next positions, which hold ``tokens``.  ``heads``: a list that
        receives, per head (in the weights' order), its output at these
        positions and the position each one attended to (None: averaging).
        ``ffn_inputs``: a list that receives each layer's residual stream as
        its feed-forward sees it."""
        w = self.w
        tokens = np.asarray(tokens)
        start, end = self.n, self.n + len(tokens)
        m = end - start
        self._reserve(end)
        x = w.embed[tokens]
        for f, phi in enumerate(positional(w.pos_feature, np.arange(start, end)).T):
            x = x + phi[:, None] * w.pos[f]
        for i, L in enumerate(self.layers):
            projected = x @ L.rows.T
            q = projected[:, :2 * L.n_groups].reshape(m, L.n_groups, 2)
            self.keys[i][..., start:end] = projected[:, 2 * L.n_groups:4 * L.n_groups].reshape(
                m, L.n_groups, 2).transpose(1, 2, 0)
            values = self.values[i]
            values[start:end] = projected[:, 4 * L.n_groups:].reshape(m, len(L.heads), 2)
            win = _winners(q, self.keys[i], start)
            # each head's output: the winner's values, or the average of all values so far
            o = values[win[:, np.maximum(L.group, 0)] if L.n_groups else 0,
                       np.arange(len(L.heads))]
            if len(L.averaging):
                # the running sums continued in order: the bits of a cumsum from 0
                running = np.cumsum(np.concatenate([self.sums[i][None],
                                                    values[start:end, L.averaging]]), axis=0)[1:]
                self.sums[i] = running[-1]
                o[:, L.averaging] = running / np.arange(start + 1, end + 1)[:, None, None]
            if heads is not None:
                heads.extend((o[:, j], None if L.group[j] < 0 else win[:, L.group[j]])
                              for j in range(len(L.heads)))
            x = x + o.reshape(m, 2 * len(L.heads)) @ L.out
            if ffn_inputs is not None:
                ffn_inputs.append(x)
            hidden = np.maximum(x @ L.gate.T, 0.0) * (x @ L.up.T)
            x = x + hidden @ L.down
        self.n = end
        return x


def forward(w: Weights, tokens, return_heads: bool = False, ffn_inputs: list | None = None):
    """Logits at every position; with ``return_heads`` also, per head, its output
    at every position and the position each one attended to (None: averaging).
    ``ffn_inputs``: a list that receives each layer's residual stream [n, d]
    as its feed-forward sees it."""
    heads = [] if return_heads else None
    logits = Decoder(w).extend(tokens, heads, ffn_inputs) @ w.unembed.T
    return (logits, heads) if return_heads else logits

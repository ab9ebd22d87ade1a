"""A plain-numpy forward pass over a whole token sequence: full attention over
all earlier positions, no cache, no Numba.  It is the independent check that
the weights are a real transformer and that the engine's caches are exact.
"""
from __future__ import annotations

import numpy as np

from .weights import MEAN, Weights, positional


def _winners(q, k, block=256):
    """For each position, the earlier-or-same position whose key scores highest
    (ties: the latest)."""
    n = len(q)
    win = np.empty(n, dtype=np.int64)
    for lo in range(0, n, block):
        hi = min(n, lo + block)
        # two products and one sum per score: the same float operations as the engine
        s = q[lo:hi, 0:1] * k[None, :hi, 0] + q[lo:hi, 1:2] * k[None, :hi, 1]
        s[np.arange(hi)[None, :] > np.arange(lo, hi)[:, None]] = -np.inf
        best = s.max(axis=1, keepdims=True)
        win[lo:hi] = hi - 1 - np.argmax((s == best)[:, ::-1], axis=1)
    return win


def forward(w: Weights, tokens, return_heads: bool = False, ffn_inputs: list | None = None):
    """Logits at every position; with ``return_heads`` also, per head, its output
    at every position and the position each one attended to (None: averaging).
    ``ffn_inputs``: a list that receives each layer's residual stream [n, d]
    as its feed-forward sees it."""
    tokens = np.asarray(tokens)
    n = len(tokens)
    x = w.embed[tokens]
    for f, phi in enumerate(positional(w.pos_feature, np.arange(n)).T):
        x = x + phi[:, None] * w.pos[f]
    heads = []
    for layer in range(w.n_layers):
        delta = np.zeros_like(x)
        winners = {}            # heads with the same query and key attend identically
        for h in np.nonzero(w.head_layer == layer)[0]:
            v = x @ w.wv[h].T
            if w.head_kind[h] == MEAN:
                o, win = np.cumsum(v, axis=0) / np.arange(1, n + 1)[:, None], None
            else:
                key = (w.wq[h].tobytes(), w.wk[h].tobytes())
                if key not in winners:
                    winners[key] = _winners(x @ w.wq[h].T, x @ w.wk[h].T)
                win = winners[key]
                o = v[win]
            heads.append((o, win))
            delta += o @ w.wo[h]
        x = x + delta
        if ffn_inputs is not None:
            ffn_inputs.append(x)
        sel = w.ffn_layer == layer
        hidden = np.maximum(x @ w.w_gate[sel].T, 0.0) * (x @ w.w_up[sel].T)
        x = x + hidden @ w.w_down[sel]
    logits = x @ w.unembed.T
    return (logits, heads) if return_heads else logits


def generate(w: Weights, prompt, n_tokens: int) -> np.ndarray:
    """Greedy decoding by recomputing the whole sequence per token (slow: tests only)."""
    seq = list(np.asarray(prompt))
    for _ in range(n_tokens):
        seq.append(int(np.argmax(forward(w, seq)[-1])))
    return np.asarray(seq[len(prompt):], dtype=np.int32)

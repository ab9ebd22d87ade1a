"""Turn the scheduled interpreter graph into the arrays of a standard
decoder-only transformer, and save/load them as one ``.npz`` file.

Layout (``d`` = d_model, all float64, no biases: the embedding has a constant-1
feature that plays their role):

* ``embed [V, d]``, ``pos [2, d]``: ``x_0 = embed[token] + t * pos[0] + t**2 * pos[1]``
* per head ``h`` (``head_layer[h]`` says which layer): ``wq, wk, wv [H, 2, d]``
  and ``wo [H, 2, d]`` (head output ``j`` adds ``out_j * wo[h, j]``);
  ``head_kind[h]`` is 0 for hard-max (ties: latest) and 1 for averaging;
* per FFN neuron ``i`` (``ffn_layer[i]``): ``x += relu(w_gate[i]·x) * (w_up[i]·x) * w_down[i]``;
  ``ffn_guard[i]`` is a skip hint, not part of the model: a residual dimension
  that, when 0, guarantees ``w_gate[i]·x <= 0`` (-1: none);
* ``unembed [V, d]``: logits = ``unembed @ x``; the next token is the argmax.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .. import machine
from . import graph as graph_mod
from . import interpreter
from .graph import BIG

HARDMAX, MEAN = 0, 1


@dataclass
class Weights:
    embed: np.ndarray
    pos: np.ndarray
    wq: np.ndarray
    wk: np.ndarray
    wv: np.ndarray
    wo: np.ndarray
    head_kind: np.ndarray
    head_layer: np.ndarray
    w_gate: np.ndarray
    w_up: np.ndarray
    w_down: np.ndarray
    ffn_layer: np.ndarray
    ffn_guard: np.ndarray
    unembed: np.ndarray
    vocab: np.ndarray
    n_layers: int

    @property
    def d_model(self) -> int:
        return self.embed.shape[1]

    def arrays(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}

    def save(self, path) -> None:
        tmp = Path(str(path) + ".tmp.npz")
        np.savez_compressed(tmp, **self.arrays())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path) -> "Weights":
        with np.load(path, allow_pickle=False) as z:
            kw = {k: z[k] for k in z.files}
        kw["n_layers"] = int(kw["n_layers"])
        kw.setdefault("ffn_guard", np.full(len(kw["ffn_layer"]), -1, dtype=np.int64))
        return cls(**kw)

    def summary(self) -> list[tuple[str, str]]:
        """(name, description) rows for ``tinyexec inspect``."""
        per_layer = np.bincount(self.head_layer, minlength=self.n_layers)
        ffn = np.bincount(self.ffn_layer, minlength=self.n_layers)
        rows = [("vocabulary", str(len(self.vocab))), ("d_model", str(self.d_model)),
                ("layers", str(self.n_layers)),
                ("heads", f"{len(self.head_kind)} of width 2 (per layer {per_layer.tolist()}), "
                          f"{int((self.head_kind == MEAN).sum())} averaging"),
                ("d_ffn", f"{int(ffn.max())} max (per layer {ffn.tolist()})")]
        total = 0
        for name in ("embed", "pos", "wq", "wk", "wv", "wo", "w_gate", "w_up", "w_down", "unembed"):
            a = getattr(self, name)
            nz = int(np.count_nonzero(a))
            total += a.size
            rows.append((name, f"{'x'.join(map(str, a.shape))}: {nz} non-zeros "
                               f"({100 * (1 - nz / max(a.size, 1)):.1f}% zeros)"))
        rows.append(("parameters", str(total)))
        return rows


def build() -> Weights:
    g = interpreter.build_graph()
    s = g.schedule()
    d, V = s.d_model, machine.VOCAB_SIZE
    row = s.row
    embed = np.zeros((V, d))
    pos = np.zeros((2, d))
    for node in g.nodes:
        if node.slot < 0:
            continue                        # pruned: nothing reads it
        if node.kind == "token":
            embed[:, node.slot] = node.table
        elif node.kind == "pos":
            pos[0 if node.name == "t" else 1, node.slot] = 1.0

    wq, wk, wv, wo, kinds, layers = [], [], [], [], [], []
    for head in sorted(g.heads, key=lambda h: h.stage):
        if head.kind == "lookup":
            q = np.stack([row(head.query), row(head.query_scale)])
            k = np.stack([2 * row(head.key), -row(head.key_sq) - BIG * row(g.one) + BIG * row(head.gate)])
        else:
            q = k = np.zeros((2, d))
        for i in range(0, len(head.values), 2):
            v, o = np.zeros((2, d)), np.zeros((2, d))
            for j, (val, out) in enumerate(zip(head.values[i:i + 2], head.outputs[i:i + 2])):
                v[j] = row(val)
                o[j, out.slot] = 1.0
            wq.append(q); wk.append(k); wv.append(v); wo.append(o)
            kinds.append(HARDMAX if head.kind == "lookup" else MEAN)
            layers.append(head.stage // 2)

    gate, up, down, flayer, guard = [], [], [], [], []
    ffn_nodes = sorted((n for n in g.nodes if n.kind == "reglu"), key=lambda n: n.stage)
    for layer in range(s.n_layers):
        stage = 2 * layer + 1
        for slot in s.cancels.get(stage, []):
            e = np.zeros(d)
            e[slot] = 1.0
            gate.append(row(g.one)); up.append(e); down.append(-e); flayer.append(layer)
            guard.append(-1)
        for node in ffn_nodes:
            if node.stage != stage:
                continue
            guard_slot = -1 if node.guard is None else \
                g.nodes[next(iter(node.guard.terms))].slot
            for gt, val, c in node.neurons:
                e = np.zeros(d)
                e[node.slot] = c
                gate.append(row(gt)); up.append(row(val)); down.append(e); flayer.append(layer)
                guard.append(guard_slot)

    return Weights(
        embed=embed, pos=pos, wq=np.array(wq), wk=np.array(wk), wv=np.array(wv), wo=np.array(wo),
        head_kind=np.array(kinds, dtype=np.int64), head_layer=np.array(layers, dtype=np.int64),
        w_gate=np.array(gate), w_up=np.array(up), w_down=np.array(down),
        ffn_layer=np.array(flayer, dtype=np.int64), ffn_guard=np.array(guard, dtype=np.int64),
        unembed=interpreter.output_head(s), vocab=np.array(machine.vocabulary()),
        n_layers=s.n_layers)


def fingerprint() -> str:
    """Hash of the sources the weights are computed from."""
    h = hashlib.sha256()
    for mod in (machine, graph_mod, interpreter):
        h.update(Path(mod.__file__).read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("TINYEXEC_CACHE") or os.environ.get("XDG_CACHE_HOME") \
        or str(Path.home() / ".cache")
    return Path(base) / "tinyexec"


def default_path() -> Path:
    return cache_dir() / f"weights-{fingerprint()}.npz"


def load_default() -> Weights:
    """The interpreter's weights, built on first use and cached on disk."""
    path = default_path()
    if path.exists():
        try:
            return Weights.load(path)
        except (OSError, ValueError, KeyError):
            pass                      # a damaged cache file is rebuilt
    w = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        w.save(path)
    except OSError:
        pass                          # read-only home: run without caching
    return w

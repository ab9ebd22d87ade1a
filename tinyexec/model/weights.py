"""Turn the scheduled interpreter graph into the arrays of a standard
decoder-only transformer, and save/load them as one ``.npz`` file.

Layout (``d`` = d_model, all float64, no biases: the embedding has a constant-1
feature that plays their role):

* ``embed [V, d]``, ``pos [P, d]``, ``pos_feature [P, 3]`` (int64): ``x_0 =
  embed[token] + phi_0(t) * pos[0] + .. + phi_(P-1)(t) * pos[P-1]``, added in
  that order, where feature f with ``pos_feature[f] = (offset, period,
  power)`` is ``phi_f(t) = ((t + offset) mod period) ** power`` (``period``
  0: no modulus), computed in integers and rounded once to float64
  (:func:`positional`).  Feature 0 is ``t`` and feature 1 ``t**2``; the
  periodic ones are the integer cousins of sinusoidal position encodings;
* per head ``h`` (``head_layer[h]`` says which layer): ``wq, wk, wv [H, 2, d]``
  and ``wo [H, 2, d]`` (head output ``j`` adds ``out_j * wo[h, j]``);
  ``head_kind[h]`` is 0 for hard-max (ties: latest) and 1 for averaging;
* per FFN neuron ``i`` (``ffn_layer[i]``): ``x += relu(w_gate[i]·x) * (w_up[i]·x) * w_down[i]``;
  ``ffn_guard[i]`` is a skip hint, not part of the model: a residual dimension
  that, when 0, guarantees ``w_gate[i]·x <= 0`` (-1: none).  The engine
  takes only the hints that ``bounds.proven_guards`` proves from the matrices;
* ``unembed [V, d]``: logits = ``unembed @ x``; the next token is the argmax.
"""
from __future__ import annotations

import hashlib
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .. import machine
from ..cachefile import read_regular, write_atomically
from . import graph as graph_mod
from . import interpreter
from .graph import BIG

HARDMAX, MEAN = 0, 1
_MATRICES = ("embed", "pos", "wq", "wk", "wv", "wo", "w_gate", "w_up", "w_down", "unembed")
_INDICES = ("head_kind", "head_layer", "ffn_layer", "ffn_guard", "pos_feature")


class WeightsError(ValueError):
    """A weights file that cannot be used; the message says why, on one line."""


def _digest(arrays: dict) -> str:
    """sha256 over every array's name, dtype, shape and bytes, in name order."""
    h = hashlib.sha256()
    for name in sorted(arrays):
        a = np.ascontiguousarray(arrays[name])
        h.update(f"{name}:{a.dtype.str}:{a.shape};".encode())
        h.update(a.tobytes())
    return h.hexdigest()


def _unreadable(e: Exception) -> str:
    return f"not a readable .npz file ({type(e).__name__}: {e})".replace("\n", " ")


def _check_layout(arrays: dict) -> None:
    """The arrays of the layout in the module docstring, with consistent shapes
    and in-range indices; else WeightsError naming the first problem."""
    names = set(_MATRICES + _INDICES + ("vocab", "n_layers"))
    if names - arrays.keys():
        raise WeightsError(f"arrays missing: {', '.join(sorted(names - arrays.keys()))}")
    if arrays.keys() - names:
        raise WeightsError(f"unknown arrays: {', '.join(sorted(arrays.keys() - names))}")
    for name in _MATRICES:
        if arrays[name].dtype != np.float64:
            raise WeightsError(f"'{name}' is {arrays[name].dtype}, not float64")
    for name in _INDICES + ("n_layers",):
        if arrays[name].dtype != np.int64:
            raise WeightsError(f"'{name}' is {arrays[name].dtype}, not int64")
    if arrays["vocab"].dtype.kind != "U":
        raise WeightsError("'vocab' is not an array of strings")
    for name, ndim in (("embed", 2), ("head_kind", 1), ("ffn_layer", 1), ("n_layers", 0),
                       ("pos_feature", 2)):
        if arrays[name].ndim != ndim:
            raise WeightsError(f"'{name}' has {arrays[name].ndim} dimensions, not {ndim}")
    (V, d), H, F = arrays["embed"].shape, len(arrays["head_kind"]), len(arrays["ffn_layer"])
    P = len(arrays["pos_feature"])
    shapes = {"pos": (P, d), "pos_feature": (P, 3), "unembed": (V, d), "vocab": (V,),
              "head_layer": (H,), "ffn_guard": (F,),
              **{w: (H, 2, d) for w in ("wq", "wk", "wv", "wo")},
              **{w: (F, d) for w in ("w_gate", "w_up", "w_down")}}
    for name, shape in shapes.items():
        if arrays[name].shape != shape:
            raise WeightsError(f"'{name}' has shape {arrays[name].shape}, not {shape}")
    n_layers = int(arrays["n_layers"])
    for name, low, high in (("head_kind", HARDMAX, MEAN), ("head_layer", 0, n_layers - 1),
                            ("ffn_layer", 0, n_layers - 1), ("ffn_guard", -1, d - 1)):
        a = arrays[name]
        if a.size and (a.min() < low or a.max() > high):
            raise WeightsError(f"'{name}' has values outside {low}..{high}")
    for column, what, low, high in ((0, "offsets", 0, 1 << 20), (1, "periods", 0, 1 << 20),
                                    (2, "powers", 1, 2)):
        a = arrays["pos_feature"][:, column]
        if a.size and (a.min() < low or a.max() > high):
            raise WeightsError(f"'pos_feature' has {what} outside {low}..{high}")


def positional(features, t) -> np.ndarray:
    """``phi_f(t)`` for the positions ``t`` (integers): an array [len(t), P]."""
    t = np.asarray(t, dtype=np.int64)[:, None]
    offset, period, power = (np.asarray(features, dtype=np.int64).reshape(-1, 3)[:, i]
                             for i in range(3))
    shifted = t + offset
    wrapped = np.where(period > 0, shifted % np.maximum(period, 1), shifted)
    return (wrapped ** power).astype(np.float64)


@dataclass
class Weights:
    embed: np.ndarray
    pos: np.ndarray
    pos_feature: np.ndarray
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
        """Write the arrays and their checksum to ``path`` (atomically: see
        :func:`tinyexec.cachefile.write_atomically`)."""
        arrays = self.arrays()
        buffer = io.BytesIO()
        np.savez_compressed(buffer, checksum=np.array(_digest(arrays)), **arrays)
        write_atomically(Path(path), buffer.getvalue())

    def digest(self) -> str:
        """The checksum :meth:`save` stores: sha256 over every array."""
        return _digest(self.arrays())

    @classmethod
    def load(cls, path, verify: bool = False) -> "Weights":
        """Read a file written by :meth:`save`.  A file that is not one (damaged,
        truncated, not an .npz, arrays missing or of the wrong shape) raises
        :class:`WeightsError`.  ``verify``: the stored checksum must match too, as
        it must for the cache (a file a user altered on purpose, for ``tinyexec
        check --weights``, is loaded without it)."""
        try:
            z = np.load(io.BytesIO(read_regular(path)), allow_pickle=False)
        except OSError as e:
            raise WeightsError(e.strerror or str(e)) from None
        except ValueError:             # numpy's way of saying "neither .npy nor .npz"
            raise WeightsError("not an .npz file") from None
        except Exception as e:         # numpy, zipfile and zlib report damage in many ways
            raise WeightsError(_unreadable(e)) from None
        if not isinstance(z, np.lib.npyio.NpzFile):
            raise WeightsError("a single .npy array, not an .npz file")
        try:
            with z:
                arrays = {name: z[name] for name in z.files}
        except Exception as e:
            raise WeightsError(_unreadable(e)) from None
        stored = arrays.pop("checksum", None)
        if verify and (stored is None or stored.shape != () or str(stored) != _digest(arrays)):
            raise WeightsError("its checksum does not match its arrays")
        # files written before the guards existed: no neuron has one
        arrays.setdefault("ffn_guard", np.full(len(arrays.get("ffn_layer", ())), -1, np.int64))
        _check_layout(arrays)
        arrays["n_layers"] = int(arrays["n_layers"])
        return cls(**arrays)

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
    # t and t**2 first, whether read or not; then the features read, in graph order
    features = [(0, 0, 1), (0, 0, 2)]
    features += [n.feature for n in g.nodes if n.kind == "pos" and n.slot >= 0
                 and n.feature not in features]
    pos = np.zeros((len(features), d))
    for node in g.nodes:
        if node.slot < 0:
            continue                        # pruned: nothing reads it
        if node.kind == "token":
            embed[:, node.slot] = node.table
        elif node.kind == "pos":
            pos[features.index(node.feature), node.slot] = 1.0

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
        embed=embed, pos=pos, pos_feature=np.array(features, dtype=np.int64), wq=np.array(wq), wk=np.array(wk), wv=np.array(wv), wo=np.array(wo),
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
    """The interpreter's weights, built on first use and cached on disk.  A cached
    file that fails to load or to match its checksum is rebuilt, with one line
    on stderr that says so."""
    path = default_path()
    if path.exists():
        try:
            return Weights.load(path, verify=True)
        except WeightsError as e:
            sys.stderr.write(f"tinyexec: rebuilding the weights cache '{path}': {e}\n")
    w = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        w.save(path)
    except OSError:
        pass                          # read-only home: run without caching
    return w

"""The decode engine: the transformer run token by token.

``Compiled`` rearranges the weights for the kernel once: sparse rows, and what
the arithmetic allows to skip without changing a bit (the FFN guards, proven
by ``model/bounds.py``).  A ``Session`` holds one run -- its token buffer and
attention caches -- and advances it chunk by chunk with the decode kernel,
growing a cache when the kernel asks.  The kernel and the caches' algorithms
are in ``kernels``; ``native`` supplies the kernel compiled ahead of time, so
that a start needs no Numba, and the code generated for the weights
(``specialize``).  While a first run's kernel is still being built, the
session generates with the plain numpy pass (``model/dense.py``) and hands
its tokens to the kernel once it is there.
"""
from __future__ import annotations

import time
from collections import namedtuple

import numpy as np

from . import machine, native
from .model import dense
from .model.bounds import proven_guards
from .model.graph import BIG
from .model.weights import MEAN, Weights, cache_dir

SORTED, LINEAR = 0, 1
HULL, AVERAGE, POSITIONS, PHASES = 0, 1, 2, 3     # kinds of cache group
STORED, POSITION = -1, -2              # where a cached value comes from (>= 0: a token table)
# kernel status codes
RUNNING, HALTED, LIMIT, GROW, BAD_KEY, TOO_LONG = range(6)
MAX_POSITIONS = 1 << 28        # the interpreter's proven horizon (and positions fit int32)
# keys per block of a sorted group (see ``kernels``): an insert below the top shifts half
# a block on average; 256 against 512 took falling-order stores from 0.87 to 0.97 x the
# speed of rising ones, random from 0.88 to 0.91, and left sudoku as it was
BLOCK = 256
MAX_PERIOD = 64                # a PHASES group's winner is found among this many phases at most
REPACK_BELOW = 0.75            # a GROW repacks a group's blocks when fewer are in use
STOP_TOKENS = np.array([machine.TOK_HALT, machine.TOK_FAULT], dtype=np.int64)
# a run whose kernel is still being built generates with the numpy pass meanwhile, up to
# this many positions (its full attention costs O(n) per token, its prefill O(n^2): at
# about 8,000 positions the kernel's build would have ended first), in slices this long
# between two looks at the build
NUMPY_PASS_POSITIONS = 8192
NUMPY_PASS_SLICE = 0.1
PREFILL_BLOCK = 256
# where a token's time goes (``Session(profile=True)``, ``make bench``), in kernel order
PROFILE = ("embedding", "keys and inserts", "lookups", "feed-forward", "output head",
           "the rest (checks, loop)")


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
    row_ptr row_idx row_val layer_ptrs head_rows cg cg_vptr vrow_ids v_src token_tables
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
        head_rows = [[], []]       # the rows the layer's heads read: one range of row ids
        for layer in range(w.n_layers):
            head_rows[0].append(len(rows.ptr) - 1)
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
            head_rows[1].append(len(rows.ptr) - 1)
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
            row_ptr, row_idx, row_val, np.stack([_i64(p) for p in ptrs]), _i64(head_rows),
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


_compiled_cache: dict = {}


def compiled(w: Weights) -> Compiled:
    key = id(w)
    if key not in _compiled_cache:
        _compiled_cache[key] = (w, Compiled(w))
    return _compiled_cache[key][1]


class Session:
    """A transformer run of one prompt, advanced chunk by chunk."""

    def __init__(self, weights: Weights, prompt, attention: str = "sorted", record: int = 0,
                 block: int = BLOCK, profile: bool = False, generated: bool = True,
                 tiered: bool = True):
        """``record``: keep, for the first ``record`` positions, each query's
        winning position and each head's output (``recorded``, for the tests).
        ``block``: keys per block of a sorted group (the tests use tiny ones).
        ``profile``: count the processor cycles of each part of a token
        (``PROFILE``) in ``self.profile``.  ``generated``: multiply by the
        weights' rows in code generated for these weights (``specialize``)
        where it can be built; else, and for the tests, in the kernel's loops.
        ``tiered``: while the kernel's native module is being built (the
        first run on a machine: Numba takes seconds), generate with the plain
        numpy pass (``dense.Decoder``) instead of waiting, and hand the run
        to the kernel once it is there; not with ``record`` or ``profile``,
        which are the kernel's."""
        if attention not in ("sorted", "linear"):
            raise ValueError(f"unknown attention cache {attention!r}")
        c = self.c = compiled(weights)
        self.weights = weights
        self.mode = SORTED if attention == "sorted" else LINEAR
        prompt = np.asarray(prompt, dtype=np.int32)
        self.n_prompt = len(prompt)
        # the positions the kernel is given: the prompt, and what the numpy pass generated
        self.n_known = self.n_prompt
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
        self.tiered = tiered and not record and not profile
        self.numpy_pass: dense.Decoder | None = None
        self.last_stream = np.zeros(0)         # the numpy pass's latest residual stream
        # code generated for these weights, where it can be built: [rows, ffn]
        self.code = native.generated_code(c.model, wait=not self.tiered) if generated \
            else np.zeros(2, np.int64)
        self.code_pending = generated and not self.code.any()     # maybe still being built
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
        return max(self.n_known, int(self.state[0]) + 1) if self.state[0] else self.n_known

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

    def _args(self, limit: int) -> tuple:
        """The decode kernel's arguments, for a call that stops at ``limit`` tokens."""
        cache = (self.kinds, self.n_store, self.keys, self.k1s, self.epos, self.vals,
                 self.cap, self.off, self.voff, self.size, self.sums, self.sum_off,
                 self.pos_vals, self.pos_col, self.rec_win, self.rec_val,
                 self.dmin, self.dblk, self.dcnt, self.nblk, self.block, self.vidx,
                 self.profile, self.version, self.asked, self.answer, self.held)
        return (self.tokens, self.n_known, min(limit, len(self.tokens) - 1), self.mode,
                STOP_TOKENS, BIG, self.c.model, cache, self.state, self.code)

    def _kernel(self):
        """The decode kernel; None while its module is being built and the
        numpy pass may go on meanwhile."""
        wait = not self.tiered or self.n_known >= NUMPY_PASS_POSITIONS
        kernel = native.decode_kernel(self._args(self.n_known), wait)
        if kernel is not None:
            self.numpy_pass = None                    # the kernel takes over from here
            if self.code_pending:
                self.code = native.generated_code(self.c.model, wait=False)
                self.code_pending = False
        return kernel

    def _numpy_slice(self, limit: int):
        """Generate with the numpy pass for about ``NUMPY_PASS_SLICE`` seconds
        (one block of the prompt or one token at least), up to ``limit``
        tokens or a stop token.  Its tokens join the prompt as the kernel's
        given positions (``n_known``): the kernel, once there, runs through
        them as through the prompt."""
        if self.numpy_pass is None:
            self.numpy_pass = dense.Decoder(self.weights)
        decoder = self.numpy_pass
        until = time.perf_counter() + NUMPY_PASS_SLICE
        while self.n_known < min(limit, NUMPY_PASS_POSITIONS):
            if decoder.n < self.n_known:
                end = min(decoder.n + PREFILL_BLOCK, self.n_known)
                self.last_stream = decoder.extend(self.tokens[decoder.n:end])[-1]
            else:
                if len(self.tokens) <= self.n_known:
                    self._grow_buffers()
                token = int(np.argmax(self.last_stream @ self.weights.unembed.T))
                self.tokens[self.n_known] = token
                self.n_known += 1
                if token in STOP_TOKENS:
                    self.status = HALTED
                    return
            if time.perf_counter() >= until:
                return

    def advance(self, max_new: int) -> np.ndarray:
        """Generate up to ``max_new`` more tokens; return the new tokens."""
        start = self.n_tokens
        limit = start + int(max_new)
        if self.status == HALTED:
            return self.tokens[start:start]
        kernel = self._kernel()
        while kernel is None:
            self._numpy_slice(limit)
            if self.status == HALTED or self.n_known >= limit:
                return self.tokens[start:self.n_known].copy()
            kernel = self._kernel()
        while True:
            if len(self.tokens) < min(limit, self.n_tokens + (1 << 22)) + 1:
                self._grow_buffers()          # in steps, never to a huge limit at once
            self.state[1] = RUNNING
            args = self._args(limit)
            native.decode_kernel(args)(*args)
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

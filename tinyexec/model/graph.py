"""A small computation-graph language for transformers, and its scheduler.

Every materialised *node* is one dimension of the residual stream.  Nodes are

* ``token``  -- a feature of the token embedding (a value per vocabulary entry);
* ``pos``    -- a fixed function of the position index ``t``: ``t`` itself,
  ``t**2``, or a periodic feature ``((t + offset) mod period)**power`` (see
  :meth:`Graph.position`);
* ``reglu``  -- a sum of ReGLU neurons ``c * relu(gate) * value`` (one FFN);
* ``lookup`` -- outputs of a 2-D hard-max attention lookup: position ``j``
  offers the key ``K_j = (2k_j, -k_j^2 - BIG*(1 - g_j))``, the query is
  ``Q = (q, 1)``; the score ``2qk - k^2 = q^2 - (q-k)^2`` peaks at the key
  nearest to ``q`` (with ``Q = (q, s)``, ``s > 0``: nearest to ``q / s``).  Positions with gate ``g = 0`` sit ``BIG`` below the
  parabola and never win while a gated key exists.  Ties go to the *latest*
  position;
* ``mean``   -- outputs of an averaging head: the uniform mean of its values
  over positions ``0..t`` (constant scores).

Linear combinations (:class:`Expr`) are free: they fold into the weights of
whatever reads them.  The scheduler places each node at the earliest layer
after its inputs (attention of layer L is stage 2L, its FFN stage 2L+1) and
packs nodes into residual dimensions, reusing a dimension once its value is
dead -- a dead value is cancelled by one FFN neuron ``relu(1) * -x`` because a
residual stream can only be added to.  The clearing happens in an FFN
strictly before the new value is written, so it is exact for any float.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

BIG = float(2 ** 50)    # how far an ungated key sits below the parabola
SELECT = float(2 ** 40)  # gate offset used by select(); exceeds any |value|


class Expr:
    """A linear combination of nodes plus a constant."""
    __slots__ = ("terms", "const")

    def __init__(self, terms=None, const=0.0):
        self.terms = dict(terms or {})
        self.const = float(const)

    @staticmethod
    def of(x) -> "Expr":
        return x if isinstance(x, Expr) else Expr(const=x)

    def __add__(self, other):
        other = Expr.of(other)
        terms = dict(self.terms)
        for n, c in other.terms.items():
            terms[n] = terms.get(n, 0.0) + c
        return Expr({n: c for n, c in terms.items() if c != 0.0}, self.const + other.const)

    __radd__ = __add__

    def __neg__(self):
        return Expr({n: -c for n, c in self.terms.items()}, -self.const)

    def __sub__(self, other):
        return self + (-Expr.of(other))

    def __rsub__(self, other):
        return Expr.of(other) - self

    def __mul__(self, k):
        k = float(k)
        return Expr({n: c * k for n, c in self.terms.items()} if k else {}, self.const * k)

    __rmul__ = __mul__

    def nodes(self):
        return self.terms.keys()


@dataclass
class Node:
    id: int
    kind: str                     # token | pos | reglu | lookup | mean
    name: str
    stage: int = -1
    slot: int = -1
    table: np.ndarray | None = None           # token: value per vocab entry
    neurons: list = field(default_factory=list)   # reglu: (gate, value, coeff)
    guard: "Expr | None" = None               # reglu: a 0/1 node; when 0 every gate is <= 0
    head: "Head | None" = None                # lookup/mean outputs
    index: int = 0                            # which value of the head
    feature: tuple = ()                       # pos: (offset, period, power), see position()


@dataclass
class Head:
    kind: str                     # lookup | mean
    name: str
    values: list
    query: Expr | None = None
    query_scale: Expr | None = None
    key: Expr | None = None
    key_sq: Expr | None = None
    gate: Expr | None = None
    outputs: list = field(default_factory=list)
    stage: int = -1

    def inputs(self):
        exprs = list(self.values)
        if self.kind == "lookup":
            exprs += [self.query, self.query_scale, self.key, self.key_sq, self.gate]
        return exprs


class Graph:
    def __init__(self, vocab_size: int):
        self.vocab_size = vocab_size
        self.nodes: list[Node] = []
        self.heads: list[Head] = []
        self.outputs: dict[str, Expr] = {}
        self.one = self.token("one", np.ones(vocab_size))
        self.pos = self.position()
        self.pos_sq = self.position(power=2)

    # -- building ---------------------------------------------------------
    def _node(self, kind, name, **kw) -> Node:
        node = Node(len(self.nodes), kind, name, **kw)
        self.nodes.append(node)
        return node

    def token(self, name: str, table) -> Expr:
        table = np.asarray(table, dtype=np.float64)
        assert table.shape == (self.vocab_size,)
        return Expr({self._node("token", name, table=table).id: 1.0})

    def position(self, offset: int = 0, period: int = 0, power: int = 1) -> Expr:
        """The positional feature ``((t + offset) mod period) ** power``
        (``period`` 0: no modulus), computed exactly in integers and then
        rounded once to float64.  One node per feature."""
        feature = (int(offset), int(period), int(power))
        for node in self.nodes:
            if node.kind == "pos" and node.feature == feature:
                return Expr({node.id: 1.0})
        name = f"t{offset:+d}" if offset else "t"
        name = f"({name} mod {period})" if period else name
        name = f"{name}^{power}" if power != 1 else name
        return Expr({self._node("pos", name, feature=feature).id: 1.0})

    def reglu(self, name: str, neurons, guard: "Expr | None" = None) -> Expr:
        """``sum(c * relu(gate) * value)`` over ``neurons = [(gate, value, c)]``.

        ``guard``: a single 0/1 node such that every gate is <= 0 when it is 0
        (the gates hold ``SELECT * (flag - 1)`` terms).  It changes nothing in
        the model; the engine may skip these neurons when the guard is 0, once
        ``model/bounds.py`` has proven this from the weights.
        """
        neurons = [(Expr.of(g), Expr.of(v), float(c)) for g, v, c in neurons]
        assert guard is None or (len(guard.terms) == 1 and not guard.const)
        return Expr({self._node("reglu", name, neurons=neurons, guard=guard).id: 1.0})

    def relu(self, name: str, x) -> Expr:
        return self.reglu(name, [(x, 1.0, 1.0)])

    def step(self, name: str, x) -> Expr:
        """``[x >= 1]`` for integer-valued ``x`` (two neurons)."""
        return self.reglu(name, [(x, 1.0, 1.0), (x - 1, 1.0, -1.0)])

    def mul_flag(self, name: str, terms) -> Expr:
        """``sum(flag * value)`` for 0/1 flags: one neuron per term."""
        return self.reglu(name, [(f, v, 1.0) for f, v in terms])

    def select_key(self, name: str, candidates):
        """A lookup key chosen by flags, with its exact square.

        ``candidates = [(A, flags)]``: the key is ``A`` when every 0/1 flag in
        ``flags`` is 1 (at most one candidate may be selected), else 0.  Each
        candidate is ``relu(A + SELECT*(sum(flags) - len(flags)))``: exactly
        ``A`` when selected (``A >= 0``), exactly 0 otherwise, so ``key**2`` is
        the sum of the candidates' own squares and stays an exact integer.
        """
        shifted = [Expr.of(a) + SELECT * (sum(map(Expr.of, fl), Expr()) - len(fl))
                   for a, fl in candidates]
        key = self.reglu(name, [(s, 1.0, 1.0) for s in shifted])
        key_sq = self.reglu(name + "^2", [(s, s, 1.0) for s in shifted])
        return key, key_sq

    def lookup(self, name, query, key, key_sq, gate, values, query_scale=1.0) -> list[Expr]:
        """Hard-max lookup; with ``query_scale = s > 0`` the query is ``(q, s)`` and
        the winner is the key nearest to ``q / s``."""
        head = Head("lookup", name, [Expr.of(v) for v in values], Expr.of(query),
                    Expr.of(query_scale), Expr.of(key), Expr.of(key_sq), Expr.of(gate))
        return self._head(head)

    def mean(self, name, values) -> list[Expr]:
        return self._head(Head("mean", name, [Expr.of(v) for v in values]))

    def _head(self, head: Head) -> list[Expr]:
        self.heads.append(head)
        for i in range(len(head.values)):
            node = self._node(head.kind, f"{head.name}[{i}]", head=head, index=i)
            head.outputs.append(node)
        return [Expr({n.id: 1.0}) for n in head.outputs]

    def output(self, name: str, expr) -> None:
        self.outputs[name] = Expr.of(expr)

    # -- scheduling -------------------------------------------------------
    def _inputs(self, node: Node) -> list:
        if node.kind == "reglu":
            return [e for g, v, _ in node.neurons for e in (g, v)] + \
                ([node.guard] if node.guard is not None else [])
        if node.head is not None:
            head = node.head
            inputs = [head.values[node.index]]
            return inputs + ([head.query, head.query_scale, head.key, head.key_sq, head.gate]
                             if head.kind == "lookup" else [])
        return []

    def _prune(self) -> list:
        """Drop what the outputs do not depend on (a head's unread values, unused
        features); returns the live nodes.  Node 0, the constant one, stays."""
        live, stack = set(), [0] + [n for e in self.outputs.values() for n in e.nodes()]
        while stack:
            n = stack.pop()
            if n not in live:
                live.add(n)
                stack += [k for e in self._inputs(self.nodes[n]) for k in e.nodes()]
        for head in self.heads:
            kept = [i for i, out in enumerate(head.outputs) if out.id in live]
            head.values = [head.values[i] for i in kept]
            head.outputs = [head.outputs[i] for i in kept]
            for i, out in enumerate(head.outputs):
                out.index = i
        self.heads = [h for h in self.heads if h.outputs]
        return [n for n in self.nodes if n.id in live]

    def schedule(self) -> "Schedule":
        """Assign stages (as early as possible) and residual slots to the nodes
        the outputs depend on."""
        def ready(exprs):
            return max([self.nodes[n].stage for e in exprs for n in e.nodes()] + [-1])

        nodes = self._prune()
        for node in nodes:
            if node.kind in ("token", "pos"):
                node.stage = -1
            elif node.kind == "reglu":
                exprs = [e for g, v, _ in node.neurons for e in (g, v)] + \
                    ([node.guard] if node.guard is not None else [])
                s = ready(exprs) + 1
                node.stage = s if s % 2 == 1 else s + 1
            elif node is node.head.outputs[0]:
                s = ready(node.head.inputs()) + 1
                node.head.stage = s if s % 2 == 0 else s + 1
                for out in node.head.outputs:
                    out.stage = node.head.stage
        last = max(n.stage for n in nodes)
        n_layers = last // 2 + 1
        final = 2 * n_layers           # the output head reads after the last FFN

        # a value is live at least until the stage after it is written
        last_use = {n.id: n.stage + 1 for n in nodes}

        def use(expr, stage):
            for n in expr.nodes():
                last_use[n] = max(last_use[n], stage)

        for node in nodes:
            if node.kind == "reglu":
                for g, v, _ in node.neurons:
                    use(g, node.stage)
                    use(v, node.stage)
                if node.guard is not None:
                    use(node.guard, node.stage)
        for head in self.heads:
            for e in head.inputs():
                use(e, head.stage)
        for e in self.outputs.values():
            use(e, final)

        cancels: dict[int, list[int]] = {}     # FFN stage -> slots to clear
        free: list[tuple[int, int]] = []       # (slot, stage of last read)
        n_slots = 0
        releases = sorted(nodes, key=lambda n: (n.stage, n.id))
        for node in releases:
            slot = None
            for i, (s, r) in enumerate(free):
                c = r if r % 2 == 1 else r + 1          # first FFN at/after the read
                if c < node.stage:          # clear first, so old + (-old) is exactly 0
                    slot = s
                    cancels.setdefault(c, []).append(s)
                    del free[i]
                    break
            if slot is None:
                slot, n_slots = n_slots, n_slots + 1
            node.slot = slot
            if last_use[node.id] < final:
                free.append((slot, last_use[node.id]))
            free.sort(key=lambda fr: fr[1])
        return Schedule(self, n_layers, n_slots, cancels)


@dataclass
class Schedule:
    graph: Graph
    n_layers: int
    d_model: int
    cancels: dict

    def row(self, expr: Expr) -> np.ndarray:
        """A weight row that reads ``expr`` from the residual stream."""
        w = np.zeros(self.d_model)
        for n, c in expr.terms.items():
            w[self.graph.nodes[n].slot] += c
        if expr.const:
            w[self.graph.nodes[0].slot] += expr.const      # node 0 is "one"
        return w

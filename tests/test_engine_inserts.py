"""The sorted cache's blocks: inserts anywhere (front, middle, end, equal keys),
block splits and repacking, and lookups that must equal the full hard max
(computed scores, ties to the later position) -- on synthetic keys driven
straight through the kernel's functions, and on programs that store in falling
and random order, token for token and head by head against the linear scan."""
import zlib

import numpy as np
import pytest

from tinyexec import machine
from tinyexec.compiler import compile_source
from tinyexec.engine import Session
from tinyexec.kernels import _insert, _lookup, _score
from tinyexec.reference import run_reference


class Group:
    """One sorted group (blocks of ``bs`` keys, values [k0, position]) driven
    through ``_insert`` and ``_lookup`` as the kernel drives them, beside a
    dict that says what it must hold: the latest position of every key."""

    def __init__(self, bs, n_blocks=4096, nv=2):
        self.bs, self.nv = bs, nv
        self.keys, self.epos = np.zeros(bs * n_blocks), np.zeros(bs * n_blocks, np.int32)
        self.vidx = np.zeros(bs * n_blocks, np.int32)
        self.vals = np.zeros(bs * n_blocks * nv)
        self.dmin = np.zeros(n_blocks)
        self.dblk, self.dcnt = np.zeros(n_blocks, np.int64), np.zeros(n_blocks, np.int64)
        self.nblk = np.zeros(1, np.int64)
        self.pos, self.latest = 0, {}

    def insert(self, k0):
        k0 = float(k0)
        added = _insert(self.keys, self.epos, self.vidx, self.vals, self.dmin, self.dblk,
                        self.dcnt, self.nblk, 0, 0, 0, 0, self.nv, self.bs, k0, self.pos,
                        np.array([k0, self.pos], float)[:self.nv], len(self.latest), False)
        assert added == (k0 not in self.latest)
        self.latest[k0] = self.pos
        self.pos += 1

    def entries(self):
        """(index, key, position) in key order, walking the directory."""
        idx = self.order()
        return list(zip(idx.tolist(), self.keys[idx].tolist(), self.epos[idx].tolist()))

    def order(self):
        nb = self.nblk[0]
        return np.concatenate([np.arange(b, b + n) for b, n in
                               zip(self.dblk[:nb] * self.bs, self.dcnt[:nb])]).astype(np.int64)

    def check(self):
        nb = self.nblk[0]
        assert len(set(self.dblk[:nb].tolist())) == nb                 # each block once
        assert np.all((self.dcnt[:nb] >= 1) & (self.dcnt[:nb] <= self.bs))
        assert np.array_equal(self.dmin[:nb], self.keys[self.dblk[:nb] * self.bs])
        got = self.entries()
        assert [k for _, k, _ in got] == sorted(self.latest)           # sorted, distinct
        assert {k: p for _, k, p in got} == self.latest                # the latest wins
        assert sorted(self.vidx[[i for i, _, _ in got]].tolist()) == list(range(len(got)))
        for i, k, p in got:
            v = self.vidx[i] * self.nv
            assert self.vals[v:v + self.nv].tolist() == [k, p][:self.nv]

    def lookup(self, q0, q1):
        return _lookup(self.keys, self.epos, self.dmin, self.dblk, self.dcnt, 0, 0,
                       self.nblk[0], self.bs, float(q0), float(q1))

    def expected(self, q0, q1):
        """The full hard max over the stored keys: scores as the kernel computes
        them (``_score``'s operations, elementwise), an exact tie to the later
        position."""
        idx = self.order()
        k, p = self.keys[idx], self.epos[idx]
        s = float(q0) * k + float(q1) * (-(k * k) * 0.25)
        top = s == s.max()
        return int(idx[top][np.argmax(p[top])])


def queries(keys, rng, n=60):
    """Queries aimed at stored keys, just above and below them (below a block's
    first key the vertex falls in the block before, whose answer the lookup
    must reject), at midpoints between neighbours (exact ties: the vertex of
    the score sits halfway), beyond both ends, with q1 > 0 scaled, q1 = 0 and
    q1 < 0."""
    keys = sorted(keys)
    out = []
    picks = rng.choice(len(keys), size=min(n, len(keys)), replace=False)
    for j in picks:
        k = keys[j]
        out.append((k / 2, 1.0))                                      # vertex on the key
        if j + 1 < len(keys):
            out.append(((k + keys[j + 1]) / 4, 1.0))                  # halfway: a tie
            out.append(((k + keys[j + 1]) / 4 * 3, 3.0))              # the same, scaled
        out.append((k / 2 + 0.3, 1.0))
        out.append((k / 2 - 0.3, 1.0))     # just below: the vertex's block is the one before
    lo, hi = keys[0], keys[-1]
    out += [(lo / 2 - 50, 1.0), (hi / 2 + 50, 1.0), (0.0, 1.0), (lo, 2.0),
            (1.0, 0.0), (-1.0, 0.0), (0.0, 0.0), (3.0, -1.0), (-3.0, -1.0), (0.0, -1.0),
            ((lo + hi) / 4, -1.0), ((lo + hi) / 4, -0.5)]
    return out


def check_lookups(g, rng, n=60):
    for q0, q1 in queries(g.latest, rng, n):
        assert g.lookup(q0, q1) == g.expected(q0, q1), (q0, q1)


PATTERNS = {
    "rising": lambda n, rng: 2.0 * np.arange(n),
    "falling": lambda n, rng: 2.0 * np.arange(n)[::-1],
    "random": lambda n, rng: 2.0 * rng.permutation(n),
    # duplicates: keys drawn with replacement, so many replace an older entry
    "random with repeats": lambda n, rng: 2.0 * rng.integers(0, n // 3, n),
    # runs inside a gap between older keys, as C locals and stack frames arrive
    "falling in a gap": lambda n, rng: np.concatenate(
        [2.0 * np.arange(n // 4), 2.0 * (10 * n + np.arange(n // 4)),
         2.0 * (5 * n - np.arange(n // 2))]),
    "rising in a gap": lambda n, rng: np.concatenate(
        [2.0 * np.arange(n // 4), 2.0 * (10 * n + np.arange(n // 4)),
         2.0 * (5 * n + np.arange(n // 2))]),
    # in turn below every key, between two keys in the middle, above every key
    "front, middle and end": lambda n, rng: np.array(
        [2.0 * (-i if i % 3 == 0 else 10 * n + i if i % 3 == 2 else 3 * n + i * (-1) ** i)
         for i in range(n)]),
    "words falling": lambda n, rng: np.array(
        [2.0 * (4 * n - 4 * (i // 4) + i % 4) for i in range(n)]),
}


@pytest.mark.parametrize("bs", [2, 3, 4, 8])
@pytest.mark.parametrize("pattern", list(PATTERNS))
def test_inserts_keep_every_key_sorted_and_latest(pattern, bs):
    """After every insert: blocks in key order, each key once with its latest
    position and values, block minima right; lookups equal the full max."""
    rng = np.random.default_rng(zlib.crc32(f"{pattern} {bs}".encode()))
    g = Group(bs)
    for step, k in enumerate(PATTERNS[pattern](300, rng)):
        g.insert(k)
        g.check()
        if step % 37 == 0:
            check_lookups(g, rng, n=8)
    check_lookups(g, rng)
    assert g.nblk[0] >= len(g.latest) / bs > 10        # many blocks


def test_block_splits_at_the_front_middle_and_end():
    g = Group(4)
    for k in (10, 20, 30, 40):                          # one full block
        g.insert(2 * k)
    g.insert(2 * 25)                                    # middle of a full block: halves
    g.check()
    assert g.dcnt[:g.nblk[0]].tolist() == [3, 2]
    g.insert(2 * 5)                                     # front, block 0 has room
    g.insert(2 * 1)                                     # front of a full block: a block of its own
    g.check()
    assert g.dcnt[:g.nblk[0]].tolist() == [1, 4, 2]
    for k in (50, 60, 70):                              # end: the last block fills, then a new one
        g.insert(2 * k)
    g.check()
    assert g.dcnt[:g.nblk[0]].tolist() == [1, 4, 4, 1]
    g.insert(2 * 65)                  # between a full block and a block with room: its front
    g.check()
    assert g.dcnt[:g.nblk[0]].tolist() == [1, 4, 4, 2]
    g.insert(2 * 25)                                    # an equal key: replaced, no new entry
    g.check()
    assert len(g.entries()) == 11
    check_lookups(g, np.random.default_rng(1), n=20)


def test_ties_across_a_block_boundary_go_to_the_later_position():
    """The two keys around a block boundary score equal (the vertex halfway):
    whichever was stored later wins, in either order, and as the vertex moves
    the winner moves across the boundary."""
    for later_side in (0, 1):
        g = Group(4)
        for k in (0, 2, 4, 6, 8, 10, 12, 14):           # two full blocks: 0..6 | 8..14
            g.insert(2 * k)
        assert g.nblk[0] == 2
        g.insert(2 * (6 if later_side == 0 else 8))     # restore one side later
        g.check()
        i = g.lookup(7.0, 1.0)                          # vertex at k = 7: 6 and 8 tie
        assert i == g.expected(7.0, 1.0)
        assert g.keys[i] == 2 * (6 if later_side == 0 else 8)
        for q in np.arange(5.0, 9.5, 0.25):
            assert g.lookup(q, 1.0) == g.expected(q, 1.0), q


def test_queries_without_a_vertex_take_an_end():
    """q1 <= 0: the score is linear or convex in k, its maximum at an end;
    q0 = q1 = 0 scores every key 0 and the latest position wins."""
    rng = np.random.default_rng(7)
    g = Group(4)
    for k in rng.permutation(50):
        g.insert(2.0 * (k - 20))
    for k in (3, -5, 11):
        g.insert(2.0 * k)                               # the latest positions are inside
    ends = {g.entries()[0][0], g.entries()[-1][0]}
    for q0, q1 in [(1, 0), (-1, 0), (2, -1), (-2, -1), (0, -1), (29.0, -1), (0.5, -0.25)]:
        assert g.lookup(q0, q1) == g.expected(q0, q1) and g.lookup(q0, q1) in ends
    latest = g.lookup(0, 0)
    assert latest == g.expected(0, 0) and g.keys[latest] == 22.0
    g2 = Group(4)                                       # equal end scores: the later end
    for k in (-6, -2, 0, 2, 6, -6):
        g2.insert(2.0 * k)
    assert g2.keys[g2.lookup(0.0, -1.0)] == -12.0 and g2.lookup(0.0, -1.0) == g2.expected(0, -1)


def test_a_big_random_group():
    """20,000 keys in random order with repeats, in blocks of 64."""
    rng = np.random.default_rng(3)
    g = Group(64, n_blocks=2048)
    for k in rng.integers(0, 30_000, 20_000):
        g.insert(2.0 * k)
    g.check()
    check_lookups(g, rng, n=400)


# ---- whole programs ---------------------------------------------------------
STORES = r"""
#define N %d                        /* a power of two */
static unsigned char a[N];
int main(void) {
    unsigned x = 0, sum = 0;
    %s
    for (unsigned i = 0; i < N; i++) {   /* read back in another random order */
        x = (x * 69069u + 1u) & (N - 1);
        sum = sum * 31u + a[x];
    }
    putchar('0' + sum %% 10);
    return sum & 127;
}
"""
ORDERS = {
    "random": "do { a[x] = (unsigned char)(x * 7u); "
              "x = (x * 1103515245u + 12345u) & (N - 1); } while (x != 0);",
    "falling": "for (int i = N - 1; i >= 0; i--) a[i] = (unsigned char)(i * 7u);",
}


def _prompt(order, n):
    program = compile_source(STORES % (n, ORDERS[order]), f"stores_{order}.c")
    return machine.prompt(program)


@pytest.fixture(scope="module")
def linear_runs():
    return {}


def _recorded(session, heads):
    return [session.recorded(h) for h in range(heads)]


@pytest.mark.parametrize("block,repack", [(2, False), (5, False), (64, False), (2, True),
                                          (3, True)])
@pytest.mark.parametrize("order", list(ORDERS))
def test_store_orders_sorted_equals_linear_head_by_head(weights, linear_runs, order, block,
                                                        repack):
    """A program storing 128 bytes in falling or random order and reading
    them back in random order: with small blocks every head's winner and
    output, at every position, is the linear scan's, and the tokens are the
    reference's.  ``repack``: every 1,000 tokens the blocks of every group are
    rewritten full (as a GROW does when splits left them emptier)."""
    prompt = _prompt(order, 128)
    trace = run_reference(prompt)
    n = len(prompt) + len(trace)
    heads = len(weights.head_layer)
    if order not in linear_runs:
        s = Session(weights, prompt, "linear", record=n)
        assert np.array_equal(s.advance(len(trace) + 10), trace)
        linear_runs[order] = _recorded(s, heads)
    s = Session(weights, prompt, "sorted", record=n, block=block)
    out = []
    while not s.halted and len(out) < len(trace) + 10:
        out += s.advance(1000).tolist()
        if repack:
            for g in np.nonzero(s.nblk)[0]:
                s._repack(g)
    assert out == trace.tolist()
    for h, ((win_s, out_s), (win_l, out_l)) in enumerate(zip(_recorded(s, heads),
                                                             linear_runs[order])):
        assert np.array_equal(win_s, win_l), h
        assert np.array_equal(out_s, out_l), h


@pytest.mark.parametrize("order", list(ORDERS))
def test_a_grow_that_repacks_stays_exact(weights, monkeypatch, order):
    """Every GROW repacks (the threshold raised above any fill): some repacks
    free enough blocks, some are followed by a larger allocation; the run stays
    token-identical to the reference."""
    from tinyexec import engine
    prompt = _prompt(order, 512)
    trace = run_reference(prompt)
    repacks = []
    original = Session._repack
    monkeypatch.setattr(Session, "_repack", lambda s, g: (repacks.append(g), original(s, g)))
    monkeypatch.setattr(engine, "REPACK_BELOW", 1.01)
    s = Session(weights, prompt, "sorted", block=3)
    assert np.array_equal(s.advance(len(trace) + 10), trace)
    assert len(repacks) > 2


@pytest.mark.slow
@pytest.mark.parametrize("block", [8, None])
@pytest.mark.parametrize("order", list(ORDERS))
def test_many_stores_equal_the_reference(weights, order, block):
    """16 K bytes in falling and random order, read back at random: small and
    default blocks, token-identical to the reference."""
    prompt = _prompt(order, 1 << 14)
    trace = run_reference(prompt)
    s = Session(weights, prompt, "sorted", **({"block": block} if block else {}))
    assert np.array_equal(s.advance(len(trace) + 10), trace)
    assert s.halted

"""The jitted kernels: the transformer's forward pass and its attention caches.

``_decode`` runs the model token by token.  Per token it embeds the token,
then per layer computes each head's 2-D query and key, asks the head's attention
cache for the winning position, adds the head outputs, runs the ReGLU
feed-forward (skipping neurons whose gate is not positive, and neurons whose
guard dimension is 0 -- a hint of the weights file that ``model/bounds.py``
proves from the matrices, else drops, and keeps the proof in the cache
directory; consecutive neurons with one guard are skipped by one test), and
finally takes the argmax of the output head.  The prompt goes through the
same loop (prefill); afterwards each argmax is appended and fed back.

The products of the heads' rows with x, and the feed-forward, are done by
code generated for these weights where it could be built (``specialize``:
the rows written out as straight-line code, about three times faster per
token), else by the loops here, which compute the same bits.

Attention caches (``attention=``):

* ``sorted`` -- heads with identical key projections share one group of keys
  sorted by ``k``, one entry per distinct key (the latest position's values:
  that is the tie-break).  A key on the parabola ``(2k, -k^2)`` is a vertex of
  the upper hull, so the score along the keys in order rises then falls: for
  a query ``(q0, q1)`` with ``q1 > 0`` binary search finds the maximum in
  O(log n); with ``q1 <= 0`` the score is linear or convex in ``k`` and the
  maximum is at an end (every key scores 0 when ``q0 = q1 = 0``: the latest
  position wins, found by a scan -- the interpreter never asks that).

  The sorted keys are cut into blocks of ``BLOCK`` (256) entries, each block
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
calls one.  A run normally uses ``_decode`` compiled ahead of time instead
(``native``); this JIT is the fallback, and the tests' second opinion.
"""
from __future__ import annotations

import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic

from .engine import (AVERAGE, BAD_KEY, GROW, HALTED, HULL, LIMIT, LINEAR, MAX_POSITIONS, PHASES,
                     POSITION, POSITIONS, SORTED, TOO_LONG)

kernel = njit(cache=True, no_cfunc_wrapper=True)     # see "Compile time" above


@intrinsic
def _cycles(typingctx):
    """The processor's cycle counter (LLVM's readcyclecounter): the profile's clock."""
    def codegen(context, builder, signature, args):
        counter = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(ir.IntType(64), []), "llvm.readcyclecounter")
        return builder.call(counter, [])
    return types.int64(), codegen


@intrinsic
def _call(typingctx, address, layer, x, out):
    """Call the generated function (``specialize``) at ``address`` for
    ``layer`` on the residual stream ``x`` and the array ``out``: 1, or 0
    where it leaves the layer to the kernel's loops."""
    def codegen(context, builder, signature, args):
        double = ir.DoubleType().as_pointer()
        function = ir.FunctionType(ir.IntType(64), [ir.IntType(64), double, double])
        data = [context.make_array(t)(context, builder, a).data
                for t, a in zip(signature.args[2:], args[2:])]
        return builder.call(builder.inttoptr(args[0], function.as_pointer()), [args[1]] + data)
    return types.int64(types.int64, types.int64, x, out), codegen


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
def _head_rows(model, kinds, n_store, layer, x, projected):
    """``projected[r]`` = row r of the weights times x, for the rows of the
    layer's heads that every token reads: the generated code's work, by
    loops.  Not read: a position-keyed group's values that are recomputed
    from the token; read only at some tokens: the values of a group of keys,
    computed where its key is stored (``_decode``)."""
    row_ptr, row_idx, row_val, layer_ptrs, cg, cg_vptr, vrow_ids, qg = \
        model.row_ptr, model.row_idx, model.row_val, model.layer_ptrs, model.cg, model.cg_vptr, \
        model.vrow_ids, model.qg
    for c in range(layer_ptrs[0, layer], layer_ptrs[0, layer + 1]):
        if kinds[c] == HULL:
            for k in range(1, 3):
                projected[cg[k, c]] = _dot(row_ptr, row_idx, row_val, cg[k, c], x)
            continue
        for j in range(n_store[c]):
            r = vrow_ids[cg_vptr[c] + j]
            projected[r] = _dot(row_ptr, row_idx, row_val, r, x)
    for q in range(layer_ptrs[1, layer], layer_ptrs[1, layer + 1]):
        if kinds[qg[0, q]] != AVERAGE:
            for k in range(1, 3):
                projected[qg[k, q]] = _dot(row_ptr, row_idx, row_val, qg[k, q], x)


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
def _decode(tokens, n_known, limit, mode, stop_tokens, big, model, cache, state, code):
    """Advance the run; ``state = [t, status]``: t is the next position to process.

    Positions below ``n_known`` are given (prompt); from then on each argmax is
    appended.  Returns when ``limit`` tokens exist, on a stop token (HALT,
    FAULT), or when a cache needs to grow (the caller reallocates and calls
    again).  ``code``: the addresses of the generated functions (``specialize``:
    rows, feed-forward), or 0s.
    """
    (row_ptr, row_idx, row_val, layer_ptrs, head_rows, cg, cg_vptr, vrow_ids, v_src, token_tables,
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
    projected = np.empty(row_ptr.shape[0] - 1)       # the heads' rows times x, by row id
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
            # the rows the layer's heads read, times x: generated code, or loops
            generated = code[0] != 0 and _call(code[0], np.int64(layer), x, projected) == 1
            if not generated:
                _head_rows(model, kinds, n_store, np.int64(layer), x, projected)
            # caches first: a position attends to itself too
            for c in range(layer_ptrs[0, layer], layer_ptrs[0, layer + 1]):
                v0 = cg_vptr[c]
                if kinds[c] == AVERAGE:
                    for j in range(cg_vptr[c + 1] - v0):
                        sums[sum_off[c] + j] += projected[vrow_ids[v0 + j]]
                    continue
                nv = n_store[c]
                if kinds[c] == POSITIONS or kinds[c] == PHASES:     # row t of the position store
                    for j in range(nv):
                        pos_vals[t, pos_col[c] + j] = projected[vrow_ids[v0 + j]]
                    continue
                k0 = projected[cg[1, c]]
                k1 = projected[cg[2, c]]
                if mode == SORTED and k1 != -(k0 * k0) * 0.25:
                    if k1 != -(k0 * k0) * 0.25 - big:
                        state[1] = BAD_KEY
                        state[0] = t
                        return
                    continue
                for j in range(nv):
                    if not generated:
                        projected[vrow_ids[v0 + j]] = _dot(row_ptr, row_idx, row_val,
                                                           vrow_ids[v0 + j], x)
                    values[j] = projected[vrow_ids[v0 + j]]
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
                    q0 = projected[qg[1, q]]
                    q1 = projected[qg[2, q]]
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
            # feed-forward: the generated code (``specialize``), or these loops:
            # the gates first (x does not change meanwhile), then the active
            # neurons' down rows, in neuron order
            n_active = 0
            i = layer_ptrs[2, layer]
            if code[1] != 0 and _call(code[1], np.int64(layer), x, projected) == 1:
                i = layer_ptrs[2, layer + 1]
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

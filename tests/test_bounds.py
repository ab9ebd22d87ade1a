"""The FFN guards the engine skips by: each hint of the weights file is used
only when ``model/bounds.py`` proves it from the matrices."""
import dataclasses

import numpy as np
import pytest

from tinyexec.engine import MAX_POSITIONS, compiled
from tinyexec.model.bounds import proven_guards
from tinyexec.model.graph import SELECT


def test_every_guard_of_the_interpreter_is_proven(weights):
    hints = weights.ffn_guard >= 0
    assert hints.sum() > 200
    assert np.array_equal(proven_guards(weights, MAX_POSITIONS), weights.ffn_guard)
    assert compiled(weights).unproven_guards == 0


def _altered(weights, **arrays):
    return dataclasses.replace(weights, **{k: v.copy() for k, v in arrays.items()})


def _guarded(weights, how_many=12):
    """Guarded neurons spread over the list (every kind of guard)."""
    idx = np.nonzero(weights.ffn_guard >= 0)[0]
    return idx[np.linspace(0, len(idx) - 1, how_many).astype(int)]


@pytest.mark.parametrize("k", range(12))
def test_a_gate_that_can_open_loses_its_guard(weights, k):
    """Raise one guarded neuron's gate by SELECT: with its guard at 0 the gate
    can now be positive, and the proof must fail for it (and for it alone)."""
    i = _guarded(weights)[k]
    one = int(np.nonzero((weights.embed == 1.0).all(axis=0) & ~weights.pos.any(axis=0))[0][0])
    w = _altered(weights, w_gate=weights.w_gate)
    w.w_gate[i, one] += SELECT
    proven = proven_guards(w, MAX_POSITIONS)
    assert proven[i] == -1
    others = (weights.ffn_guard >= 0) & (np.arange(len(proven)) != i)
    assert np.array_equal(proven[others], weights.ffn_guard[others])


@pytest.mark.parametrize("k", range(12))
def test_a_guard_on_the_wrong_dimension_is_dropped(weights, k):
    """Point one neuron's hint at a dimension that says nothing about its gate
    (one its gate does not read, no other hint names): dropped."""
    i = _guarded(weights)[k]
    w = _altered(weights, ffn_guard=weights.ffn_guard)
    unread = [s for s in range(w.d_model) if w.w_gate[i, s] == 0 and s != weights.ffn_guard[i]
              and not (weights.ffn_guard == s).any()]
    w.ffn_guard[i] = unread[0]
    assert proven_guards(w, MAX_POSITIONS)[i] == -1


def test_weights_without_hints_skip_nothing(weights):
    w = _altered(weights, ffn_guard=np.full_like(weights.ffn_guard, -1))
    assert (proven_guards(w, MAX_POSITIONS) == -1).all()
    assert (compiled(w).model.neuron[2] == -1).all()


def test_a_kept_proof_is_read_back_and_checked(weights, tmp_path, monkeypatch):
    """The proof kept in a cache directory: read back instead of proved again,
    under a name that changes with the weights; a file that cannot be read, or
    that claims a guard the weights do not hint, is proved again."""
    from tinyexec.model import bounds
    proven = proven_guards(weights, MAX_POSITIONS, tmp_path)
    assert np.array_equal(proven, weights.ffn_guard)
    [kept] = tmp_path.glob("guards-*.npy")
    real_prove, calls = bounds._prove, []
    monkeypatch.setattr(bounds, "_prove", lambda *a: calls.append(a) or real_prove(*a))
    assert np.array_equal(proven_guards(weights, MAX_POSITIONS, tmp_path), proven)
    assert calls == []                                  # read back
    bad_guard = weights.ffn_guard.copy()
    unguarded = int(np.nonzero(bad_guard < 0)[0][0])
    bad_guard[unguarded] = 0                            # a guard no hint names
    for content in (b"", b"not a numpy file", None):
        if content is None:
            np.save(kept, bad_guard)
        else:
            kept.write_bytes(content)
        assert np.array_equal(proven_guards(weights, MAX_POSITIONS, tmp_path), proven)
        assert np.array_equal(np.load(kept), proven)    # rewritten
    assert len(calls) == 3
    w = _altered(weights, w_gate=weights.w_gate)
    w.w_gate[_guarded(weights)[0], 0] += 1.0
    proven_guards(w, MAX_POSITIONS, tmp_path)
    assert len(list(tmp_path.glob("guards-*.npy"))) == 2   # other weights, another file
    assert len(calls) == 4

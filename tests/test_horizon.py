"""The exactness horizon (2**28 positions): positional features, the position
line's scores far out, and a run past 2**25 tokens against the reference."""
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tinyexec import engine, kernels, machine
from tinyexec.compiler import compile_file
from tinyexec.model.weights import positional
from tinyexec.reference import run_reference

LONG_RUN = Path(__file__).resolve().parent / "horizon" / "long_run.c"
HORIZON = engine.MAX_POSITIONS


def test_positional_features_agree_in_both_passes(weights):
    """The dense pass's features (numpy) and the engine's (Numba), at the start
    and at the horizon, including t**2 where float64 must round it."""
    features = weights.pos_feature
    t = np.array([0, 1, 2, 3, 4, 5, 1 << 24, (1 << 24) + 1, (1 << 27) + 3, HORIZON - 1])
    dense = positional(features, t)
    for i, ti in enumerate(t):
        for f in range(len(features)):
            assert kernels._positional(features, f, ti) == dense[i, f]
    assert dense[-1, 1] == float((HORIZON - 1) ** 2)      # one rounding, as documented
    periodic = features[:, 1] > 0
    assert periodic.any()
    assert np.all(dense[:, periodic] < features[periodic, 1] ** features[periodic, 2])


def test_sorted_groups_keep_small_keys(weights):
    """No key stored in a sorted group grows with the trace: positions are only
    keys of implicit (position-line) groups, asked for small numbers."""
    program = compile_file(LONG_RUN)
    session = engine.Session(weights, machine.prompt(program, [b"long_run", b"3000"]))
    session.advance(1 << 22)
    assert session.halted and session.n_tokens > 200_000
    assert np.abs(session.keys).max() < 2 ** 24        # a key k is stored as 2k


def _scores(q0, q1, lo, hi):
    """The engine's computed scores of the position keys lo..hi-1 (``_score``
    on ``_key``): the same float operations, vectorised."""
    k0 = 2.0 * np.arange(lo, hi, dtype=np.float64)
    return q0 * k0 + q1 * (-(k0 * k0) * 0.25)


# queries of the position-line heads at their extremes (see model/interpreter.py)
QUERIES = [
    ("round_depth", 16383 + 2.0 ** -24, 1.0, 16383),
    ("fetch", 8 * 65535 + 7 - 2.0 ** -18, 1.0, 8 * 65535 + 7),
    ("column_floor", (2 ** 18 - 1 + 2 ** 18 - 127.5) / 256, 1.0, 2047),
    ("nibble", (255 + 8.5) / 16, 1.0, 16),
    ("div_digit", 2 * (255 * (2 ** 32 - 1) + 2 ** 32 - 2) - (2 ** 32 - 1) + 1,
     2.0 * (2 ** 32 - 1), 255),
]


@pytest.mark.slow
@pytest.mark.parametrize("name,q0,q1,winner", QUERIES, ids=[q[0] for q in QUERIES])
def test_position_line_is_unimodal_to_the_horizon(name, q0, q1, winner):
    """Over all 2**28 keys the computed scores rise strictly to the intended
    winner and fall strictly after it, so the hard max and the engine's
    search agree; checked in chunks, each overlapping the previous by one."""
    step = 1 << 24
    best, top, prev = -1, -np.inf, None
    for lo in range(0, HORIZON, step):
        s = _scores(q0, q1, lo, min(lo + step, HORIZON))
        s = s if prev is None else np.concatenate([[prev], s])
        d = np.diff(s)
        first = lo - (prev is not None)
        i = int(np.argmax(s))
        if s[i] > top:
            best, top = first + i, s[i]
        # strictly rising before the winner, strictly falling after it
        assert np.all(d[:max(winner - first, 0)] > 0)
        assert np.all(d[max(winner - first, 0):] < 0)
        prev = s[-1]
    assert best == winner
    assert kernels._search(np.zeros(1), np.zeros(1, np.int32), 0, HORIZON, q0, q1, True) == winner


def _long_prompt(n):
    return machine.prompt(compile_file(LONG_RUN), [b"long_run", str(n).encode()])


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc not installed")
def test_long_run_agrees_with_gcc(tmp_path):
    exe = tmp_path / "long_run"
    subprocess.run(["gcc", "-O1", "-w", "-o", str(exe), str(LONG_RUN)], check=True)
    done = subprocess.run([str(exe), "20000"], capture_output=True, timeout=60)
    trace = run_reference(_long_prompt(20000))
    assert machine.output_bytes(trace) == done.stdout
    assert machine.exit_code(trace) == done.returncode


@pytest.mark.slow
def test_run_past_two_to_the_25_tokens(weights):
    """A run of ~35.6 M tokens (past 2**25) on the transformer is token for
    token the reference's."""
    prompt = _long_prompt(480_000)
    trace = run_reference(prompt)
    assert len(trace) > 1 << 25 and machine.exit_code(trace) is not None
    session = engine.Session(weights, prompt)
    out = session.advance(len(trace) + 10)
    assert session.halted
    assert np.array_equal(out, trace)

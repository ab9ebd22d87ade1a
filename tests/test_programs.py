"""The demo programs: recorded outputs, gcc as a second opinion, and the
transformer token-for-token against the reference interpreter."""
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tinyexec import machine
from tinyexec.compiler import compile_file
from tinyexec.engine import Session
from tinyexec.model import dense
from tinyexec.reference import run_reference

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "expected"
# cases whose transformer run is long enough (sudoku: 1.93 M tokens) for the slow marker
LONG = {"sudoku", "nbody"}


def cases(slow=frozenset()):
    for line in (EXPECTED / "cases.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, source, code, *args = line.split()
            marks = [pytest.mark.slow] if name in slow else []
            yield pytest.param(name, source, int(code), args, id=name, marks=marks)


def prompt_of(source, args):
    program = compile_file(ROOT / "programs" / source)
    return machine.prompt(program, [source.encode()] + [a.encode() for a in args])


@pytest.fixture(scope="module")
def traces():
    return {}


def reference_trace(traces, source, args):
    key = (source, tuple(args))
    if key not in traces:
        prompt = prompt_of(source, args)
        traces[key] = (prompt, run_reference(prompt))
    return traces[key]


@pytest.mark.parametrize("name,source,code,args", list(cases()))
def test_reference_matches_recorded_output(traces, name, source, code, args):
    _, trace = reference_trace(traces, source, args)
    assert machine.output_bytes(trace) == (EXPECTED / f"{name}.out").read_bytes()
    assert machine.exit_code(trace) == code


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc not installed")
@pytest.mark.parametrize("name,source,code,args", list(cases()))
def test_gcc_agrees_with_recorded_output(tmp_path, name, source, code, args):
    exe = tmp_path / "a.out"
    subprocess.run(["gcc", "-O1", "-w", "-ffp-contract=off", "-o", str(exe),
                    str(ROOT / "programs" / source), "-lm"], check=True)
    done = subprocess.run([str(exe)] + args, capture_output=True, timeout=60)
    assert done.stdout == (EXPECTED / f"{name}.out").read_bytes()
    assert done.returncode == code


@pytest.mark.parametrize("name,source,code,args", list(cases(slow=LONG)))
def test_transformer_trace_equals_reference(weights, traces, name, source, code, args):
    prompt, trace = reference_trace(traces, source, args)
    session = Session(weights, prompt, "sorted")
    out = session.advance(len(trace) + 10)
    assert session.halted
    assert np.array_equal(out, trace)


@pytest.mark.parametrize("name,source,args,limit", [
    ("hello", "hello.c", [], None), ("collatz-7", "collatz.c", ["7"], None),
    ("fibonacci-10", "fibonacci.c", ["10"], None), ("addition", "addition.c", [], None),
    pytest.param("hungarian", "hungarian.c", [], 8_000, marks=pytest.mark.slow),  # 18 s
    ("sudoku", "sudoku.c", [], 8_000)])
def test_linear_attention_equals_sorted(weights, traces, name, source, args, limit):
    """Whole runs where the O(n) scan is affordable, a prefix of the long ones."""
    prompt, trace = reference_trace(traces, source, args)
    n = limit or len(trace) + 10
    streams = [Session(weights, prompt, att).advance(n) for att in ("sorted", "linear")]
    assert np.array_equal(*streams)
    assert np.array_equal(streams[0], trace[:n])


# the dense pass is quadratic in the sequence: the demos with the longest
# prompts (15-36 s each) run with the slow tests
@pytest.mark.parametrize("source", ["hello.c", "collatz.c", "fibonacci.c", "addition.c"] +
                         [pytest.param(s, marks=pytest.mark.slow)
                          for s in ("sudoku.c", "hungarian.c", "crc32.c", "factorial.c")])
def test_dense_forward_agrees_with_engine(weights, source):
    prompt = prompt_of(source, [])
    generated = Session(weights, prompt, "sorted").advance(3_000)
    logits = dense.forward(weights, np.concatenate([prompt, generated]))
    assert np.array_equal(logits.argmax(axis=1)[len(prompt) - 1:-1], generated)


def test_profiled_run_is_the_same_run(weights, traces):
    """``Session(profile=True)`` counts every part of a token and changes no token."""
    from tinyexec.engine import PROFILE
    prompt, trace = reference_trace(traces, "collatz.c", ["7"])
    session = Session(weights, prompt, profile=True)
    assert np.array_equal(session.advance(len(trace) + 10), trace)
    assert len(session.profile) == len(PROFILE) and (session.profile > 0).all()

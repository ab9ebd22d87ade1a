"""Differential testing of float and double with random programs
(tests/randfloat.py).

* Each seed's program runs under gcc (-O2 -ffp-contract=off -fno-builtin, -lm)
  and on tinyexec's reference interpreter; stdout and exit code must agree.
  DEFAULT_SEEDS by default, ten seeds to a program (compiling the floating
  runtime takes seconds: randfloat.generate_batch compiles it once for all
  ten), two programs at a time; 1,000 more in a slow run
  (``TINYEXEC_SLOW_FLOAT_SEEDS=N``: the first N of them; every fifth at size 3).
  Measured (2 cores, not idle): the 20 default seeds 40 s, this file's default
  run 87 s with an empty program cache; the slow run 20 seeds in 52 s, so
  its 1,000 take about 45 minutes.
* A recorded corpus (tests/random/float_corpus/) keeps a few programs with
  gcc's output, so the suite checks something on a machine without gcc.
* Three small programs run on the transformer, token-identical to the reference.
* tests/random/float_regressions/: the reduced reproducers of the bugs the
  programs found.  Those listed as open in its README are expected to fail
  (strictly: when the compiler is fixed, they fail until the README says so).
"""
import json
import multiprocessing
import os
import re
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from tinyexec.compiler import compile_source
from tinyexec.runner import run

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import randfloat  # noqa: E402

RANDOM = HERE / "random"
REGRESSIONS = RANDOM / "float_regressions"
CORPUS = RANDOM / "float_corpus"

DEFAULT_SEEDS = range(20)
DEFAULT_SIZE = 1.0
SLOW_SEEDS = range(100_000, 100_000 + int(os.environ.get("TINYEXEC_SLOW_FLOAT_SEEDS", 1000)))
TRANSFORMER_SEEDS = [0, 1, 6]          # at size 0.05: 8k-10k instructions each
MAX_TOKENS = randfloat.MAX_TOKENS
JOBS = 2

has_gcc = shutil.which("gcc") is not None
needs_gcc = pytest.mark.skipif(not has_gcc, reason="gcc not installed")


def tinyexec_run(source: str, name: str = "prog.c"):
    return run(compile_source(source, name), engine="reference", max_tokens=MAX_TOKENS)


def outcome(result) -> tuple[bytes, int | None]:
    return result.stdout, None if result.exit_code is None else result.exit_code & 255


def compare_all(seeds, size: float, batch: int = 10) -> dict:
    """seed -> (gcc's outcome, tinyexec's): ``batch`` seeds compiled as one program
    (randfloat.generate_batch: the floating runtime is compiled once for them),
    two programs at a time."""
    seeds = list(seeds)
    batches = [seeds[i:i + batch] for i in range(0, len(seeds), batch)]
    results = {}
    # spawned, not forked: the test process may hold threads (numba's) by now
    with tempfile.TemporaryDirectory() as tmp, \
            ProcessPoolExecutor(JOBS, mp_context=multiprocessing.get_context("spawn")) as pool:
        for part in pool.map(randfloat.compare_batch, batches, [size] * len(batches),
                             [None] * len(batches), [tmp] * len(batches)):
            results.update(part)
    return results


def describe(seed, size, want, got) -> str:
    command = f"python tests/randfloat.py --seed {seed} --size {size}"
    if isinstance(want, str):
        return f"seed {seed}: gcc failed (a generator bug): {want}\n  {command}"
    if isinstance(got, str):
        return f"seed {seed}: tinyexec raised {got}\n  {command}"
    lines = [f"seed {seed}: tinyexec differs from gcc ({command})"]
    if got[1] != want[1]:
        lines.append(f"  exit code: gcc {want[1]}, tinyexec {got[1]}")
    for g, t in zip(want[0].decode("latin-1").splitlines(), got[0].decode("latin-1").splitlines()):
        if g != t:
            lines.append(f"  first difference: gcc {g!r}, tinyexec {t!r}")
            break
    return "\n".join(lines)


# ---------------------------------------------------------------- random programs against gcc

@pytest.fixture(scope="module")
def default_results():
    return compare_all(DEFAULT_SEEDS, DEFAULT_SIZE)


@needs_gcc
@pytest.mark.parametrize("seed", DEFAULT_SEEDS)
def test_random_float_program_matches_gcc(default_results, seed):
    want, got = default_results[seed]
    assert not isinstance(want, str) and got == want, describe(seed, DEFAULT_SIZE, want, got)


@needs_gcc
@pytest.mark.slow
def test_many_random_float_programs_match_gcc():
    """SLOW_SEEDS, at sizes 1 and (every fifth) 3."""
    failures = []
    for size, batch, seeds in ((1.0, 10, [s for s in SLOW_SEEDS if s % 5]),
                               (3.0, 4, [s for s in SLOW_SEEDS if s % 5 == 0])):
        for seed, (want, got) in compare_all(seeds, size, batch).items():
            if isinstance(want, str) or got != want:
                failures.append(describe(seed, size, want, got))
    assert not failures, f"{len(failures)} seeds differ from gcc:\n" + "\n".join(failures)


def test_generator_is_deterministic():
    assert randfloat.generate(5) == randfloat.generate(5)
    assert randfloat.generate(5) != randfloat.generate(6)


@needs_gcc
def test_generated_programs_are_free_of_undefined_behaviour(tmp_path):
    """Two seeds under -fsanitize=undefined,float-cast-overflow,address, at -O0,
    -O1 and -O2 (``python tests/randfloat.py --ub-check N`` does more)."""
    for seed in (0, 1):
        assert randfloat.ub_check_one(seed, 1.0, randfloat.OFF_BY_DEFAULT, tmp_path) is None


# ---------------------------------------------------------------- the recorded corpus

def recorded(directory: Path):
    return json.loads((directory / "expected.json").read_text())


@pytest.mark.parametrize("name", sorted(recorded(CORPUS)))
def test_corpus(name):
    """Without gcc: recorded programs and gcc's output for them."""
    entry = recorded(CORPUS)[name]
    result = tinyexec_run((CORPUS / name).read_text(), name)
    assert outcome(result) == (entry["stdout"].encode(), entry["exit_code"])


# ---------------------------------------------------------------- the transformer

@pytest.mark.parametrize("seed", TRANSFORMER_SEEDS)
def test_transformer_matches_reference(weights, seed):
    prog = compile_source(randfloat.generate(seed, 0.05), f"seed{seed}.c")
    reference = run(prog, engine="reference", keep_trace=True, max_tokens=MAX_TOKENS)
    transformer = run(prog, engine="transformer", weights=weights, keep_trace=True,
                      max_tokens=len(reference.trace) + 10)
    assert reference.exit_code is not None
    assert np.array_equal(transformer.trace, reference.trace)


# ---------------------------------------------------------------- reproducers of bugs found

def open_bugs() -> set:
    """The reproducers listed under "## Open" in float_regressions/README.md."""
    text = (REGRESSIONS / "README.md").read_text()
    section = text.split("## Open", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\* `([\w.-]+\.c)`", section, re.M))


def regression_cases():
    bugs = open_bugs()
    for name, entry in sorted(recorded(REGRESSIONS).items()):
        marks = [pytest.mark.xfail(strict=True, reason="open bug: see README.md")] if name in bugs else []
        yield pytest.param(name, entry, id=name[:-2], marks=marks)


@pytest.mark.parametrize("name,entry", list(regression_cases()))
def test_regression(name, entry):
    try:
        result = outcome(tinyexec_run((REGRESSIONS / name).read_text(), name))
    except Exception as e:          # a rejection (compile error) is the bug for some
        result = f"{type(e).__name__}: {e}"
    assert result == (entry["stdout"].encode(), entry["exit_code"])


@needs_gcc
@pytest.mark.parametrize("name,entry", [c.values for c in regression_cases()])
def test_regression_expectations_are_gccs(tmp_path, name, entry):
    """The recorded expectations are what gcc prints (the reproducers are valid C)."""
    assert randfloat.gcc_run((REGRESSIONS / name).read_text(), tmp_path) == \
        (entry["stdout"].encode(), entry["exit_code"])


def test_every_reproducer_is_recorded():
    files = {p.name for p in REGRESSIONS.glob("*.c")}
    assert files == set(recorded(REGRESSIONS))
    assert open_bugs() <= files

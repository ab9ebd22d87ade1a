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
import os
import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import randcommon  # noqa: E402
import randfloat  # noqa: E402
from randcommon import recorded  # noqa: E402

RANDOM = HERE / "random"
REGRESSIONS = RANDOM / "float_regressions"
CORPUS = RANDOM / "float_corpus"
KIND = randfloat.KIND

DEFAULT_SEEDS = range(20)
DEFAULT_SIZE = 1.0
SLOW_SEEDS = range(100_000, 100_000 + int(os.environ.get("TINYEXEC_SLOW_FLOAT_SEEDS", 1000)))
TRANSFORMER_SEEDS = [0, 1, 6]          # at size 0.05: 8k-10k instructions each

has_gcc = shutil.which("gcc") is not None
needs_gcc = pytest.mark.skipif(not has_gcc, reason="gcc not installed")


def compare_all(seeds, size: float, batch: int = 10) -> dict:
    """seed -> (gcc's outcome, tinyexec's): ``batch`` seeds compiled as one program
    (randfloat.generate_batch: the floating runtime is compiled once for them),
    two programs at a time."""
    return randcommon.compare_all(KIND, seeds, size, randfloat.OFF_BY_DEFAULT, batch)


def describe(seed, size, want, got) -> str:
    return randcommon.describe(KIND, seed, size, want, got)


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
        assert randcommon.ub_check_one(KIND, seed, 1.0, randfloat.OFF_BY_DEFAULT, tmp_path) is None


# ---------------------------------------------------------------- the recorded corpus

@pytest.mark.parametrize("name", sorted(recorded(CORPUS)))
def test_corpus(name):
    """Without gcc: recorded programs and gcc's output for them."""
    randcommon.check_recorded(CORPUS, name, recorded(CORPUS)[name])


# ---------------------------------------------------------------- the transformer

@pytest.mark.parametrize("seed", TRANSFORMER_SEEDS)
def test_transformer_matches_reference(weights, seed):
    randcommon.check_transformer(randfloat.generate(seed, 0.05), f"seed{seed}.c", weights)


# ---------------------------------------------------------------- reproducers of bugs found

@pytest.mark.parametrize("name,entry", randcommon.regression_cases(REGRESSIONS))
def test_regression(name, entry):
    # a rejection (compile error) was the bug for some
    randcommon.check_recorded(REGRESSIONS, name, entry, crash_is_result=True)


@needs_gcc
@pytest.mark.parametrize("name,entry", randcommon.regression_cases(REGRESSIONS, xfail_open=False))
def test_regression_expectations_are_gccs(tmp_path, name, entry):
    """The recorded expectations are what gcc prints (the reproducers are valid C)."""
    randcommon.check_gcc_recorded(KIND, REGRESSIONS, name, entry, tmp_path)


def test_every_reproducer_is_recorded():
    randcommon.check_reproducers_recorded(REGRESSIONS)

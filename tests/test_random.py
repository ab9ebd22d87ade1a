"""Differential testing with random programs (tests/randprog.py).

* Each seed's program runs under gcc and on tinyexec's reference interpreter;
  stdout and exit code must agree.  36 seeds by default, 2,000 more in a slow run
  (``TINYEXEC_SLOW_SEEDS=N``: the first N of them; CI runs 300), two processes.
  (60 seeds until the generator made long long: a program of it takes ~35 %
  more CPU.  This file's default run, side by side with the one of 60 older
  seeds on 2 busy cores: 130 s against 114, 52 s of CPU against 42.  Then 48
  until the constructs of branch rand24 (bit-fields, <string.h>, ...): its
  programs take ~45 % more CPU to compile; the gcc, corpus and regression
  tests, side by side with 48 older seeds: 95 s against 79, 58 s of CPU
  against 40.)
  ``python tests/randprog.py --campaign N --seed S`` runs seeds outside the
  test (tests/random/regressions/README.md lists the campaigns).
* A recorded corpus (tests/random/corpus/) keeps a few programs with gcc's
  output, so the suite checks something on a machine without gcc.
* A few small programs run on the transformer, token-identical to the reference.
* tests/random/regressions/: the reduced reproducers of the bugs the fuzzing
  found.  Those listed as open in its README are expected to fail (strictly:
  when the compiler is fixed, they fail until the README says so).
"""
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import randcommon  # noqa: E402
import randprog  # noqa: E402
from randcommon import recorded  # noqa: E402

RANDOM = HERE / "random"
REGRESSIONS = RANDOM / "regressions"
CORPUS = RANDOM / "corpus"
KIND = randprog.KIND

# Generator features that run into known compiler bugs, left out of the random
# programs so that the seeds keep finding new bugs instead of the same ones.
# Each is reduced to a reproducer in random/regressions/; put a feature back
# when its reproducer passes.
KNOWN_BUGS: dict[str, str] = {}        # feature -> reproducer; none open
WITHOUT = frozenset(KNOWN_BUGS)

DEFAULT_SEEDS = range(36)
SLOW_SEEDS = range(1000, 1000 + int(os.environ.get("TINYEXEC_SLOW_SEEDS", 2000)))
TRANSFORMER_SEEDS = [3, 11, 17, 29, 42, 55, 61, 77]   # at size 0.5: 0.7k-3.3k instructions each

has_gcc = shutil.which("gcc") is not None
needs_gcc = pytest.mark.skipif(not has_gcc, reason="gcc not installed")


def program(seed: int, size: float = 1.0) -> str:
    return randprog.generate(seed, size, WITHOUT)


# ---------------------------------------------------------------- random programs against gcc

@needs_gcc
@pytest.mark.parametrize("seed", DEFAULT_SEEDS)
def test_random_program_matches_gcc(tmp_path, seed):
    source = program(seed)
    want = randcommon.gcc_run(KIND, source, tmp_path)
    got = randcommon.tinyexec_run(source, f"seed{seed}.c")[0]
    assert got == want, randcommon.describe(KIND, seed, 1.0, want, got, WITHOUT)


@needs_gcc
@pytest.mark.slow
def test_many_random_programs_match_gcc():
    """SLOW_SEEDS, two processes."""
    failures = [randcommon.describe(KIND, seed, 1.0, want, got, WITHOUT)
                for seed, (want, got) in randcommon.compare_all(KIND, SLOW_SEEDS, 1.0, WITHOUT).items()
                if isinstance(want, str) or got != want]
    assert not failures, f"{len(failures)} seeds differ from gcc:\n" + "\n".join(failures)


def test_generator_is_deterministic():
    assert randprog.generate(5) == randprog.generate(5)
    assert randprog.generate(5) != randprog.generate(6)


# What each of the later features writes, to see that the default seeds have it.
CONSTRUCTS = {
    "bitfields": r"^\s+[\w ]+ f\d+ : \d+;$",                         # unsigned f2 : 5;
    "byte_views": r"\([\w ]*char[\w ]* \*\)&?\w+",                    # ((unsigned char *)&x)[1]
    "struct_pointers": r"\([pq]\d+ [+-] [^)]+\)->|\bp\d+\[[^]]+\]\.",   # (p + 1)->f0, p[i].f0
    "string_functions": r"\bstr(?:cpy|ncpy|cat|ncat)\(sb\d+",
    "printf_flags": r"%[-+ 0#]*\*\.\*h*[diuxXo]",                       # %-*.*hd
    "goto_loops": r"goto again\d+;",
    "forever_loops": r"for \(;;\)|while \(1\)",
    "case_in_block": r"^(\s+)if \(.*\) \{\n(?:\1    .*\n)*\1case ",   # a case label in an if's block
    "many_params": r"^\w[\w ]* f\d\((?:[^,()]+, ){4,}",
    "static_aggregates": r"^\s+static [\w ]+ sa\d+",
    "volatile": r"^\s+volatile ",
}


def test_default_seeds_have_the_later_constructs():
    """The first 40 seeds (DEFAULT_SEEDS and a few more) have each construct at least once."""
    text = "\n".join(program(seed) for seed in range(40))
    missing = [name for name, pattern in CONSTRUCTS.items() if not re.search(pattern, text, re.M)]
    assert not missing
    assert set(CONSTRUCTS) <= set(randprog.FEATURES)


# ---------------------------------------------------------------- the recorded corpus

@pytest.mark.parametrize("name", sorted(recorded(CORPUS)))
def test_corpus(name):
    """Without gcc: recorded programs and gcc's output for them."""
    randcommon.check_recorded(CORPUS, name, recorded(CORPUS)[name])


# ---------------------------------------------------------------- the transformer

@pytest.mark.parametrize("seed", TRANSFORMER_SEEDS)
def test_transformer_matches_reference(weights, seed):
    randcommon.check_transformer(program(seed, 0.5), f"seed{seed}.c", weights)


# ---------------------------------------------------------------- reproducers of bugs found

@pytest.mark.parametrize("name,entry", randcommon.regression_cases(REGRESSIONS))
def test_regression(name, entry):
    randcommon.check_recorded(REGRESSIONS, name, entry)


@needs_gcc
@pytest.mark.parametrize("name,entry", randcommon.regression_cases(REGRESSIONS, xfail_open=False))
def test_regression_expectations_are_gccs(tmp_path, name, entry):
    """The recorded expectations are what gcc prints (the reproducers are valid C)."""
    randcommon.check_gcc_recorded(KIND, REGRESSIONS, name, entry, tmp_path)


def test_every_reproducer_is_recorded_and_known_bugs_are_open():
    files = randcommon.check_reproducers_recorded(REGRESSIONS)
    assert set(KNOWN_BUGS.values()) <= randcommon.open_bugs(REGRESSIONS) <= files

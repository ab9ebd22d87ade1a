"""Differential testing with random programs (tests/randprog.py).

* Each seed's program runs under gcc and on tinyexec's reference interpreter;
  stdout and exit code must agree.  60 seeds by default, 2,000 more in a slow run
  (``TINYEXEC_SLOW_SEEDS=N``: the first N of them; CI runs 300).
* A recorded corpus (tests/random/corpus/) keeps a few programs with gcc's
  output, so the suite checks something on a machine without gcc.
* A few small programs run on the transformer, token-identical to the reference.
* tests/random/regressions/: the reduced reproducers of the bugs the fuzzing
  found.  Those listed as open in its README are expected to fail (strictly:
  when the compiler is fixed, they fail until the README says so).
"""
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from tinyexec.compiler import compile_source
from tinyexec.runner import run

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import randprog  # noqa: E402

RANDOM = HERE / "random"
REGRESSIONS = RANDOM / "regressions"
CORPUS = RANDOM / "corpus"

# Generator features that run into known compiler bugs, left out of the random
# programs so that the seeds keep finding new bugs instead of the same ones.
# Each is reduced to a reproducer in random/regressions/; put a feature back
# when its reproducer passes.
KNOWN_BUGS: dict[str, str] = {}        # feature -> reproducer; none open
WITHOUT = frozenset(KNOWN_BUGS)

DEFAULT_SEEDS = range(60)
SLOW_SEEDS = range(1000, 1000 + int(os.environ.get("TINYEXEC_SLOW_SEEDS", 2000)))
TRANSFORMER_SEEDS = [3, 11, 17, 29, 42, 55, 61, 77]   # at size 0.5: 3k-13k instructions each
MAX_TOKENS = 20_000_000                        # a runaway program stops here (and fails)

has_gcc = shutil.which("gcc") is not None
needs_gcc = pytest.mark.skipif(not has_gcc, reason="gcc not installed")


def gcc_run(source: str, workdir: Path, name: str = "prog") -> tuple[bytes, int]:
    """Compile with gcc -O2 and run: (stdout, exit status)."""
    src, exe = workdir / f"{name}.c", workdir / name
    src.write_text(source)
    subprocess.run(["gcc", "-std=c99", "-O2", "-w", "-o", str(exe), str(src)], check=True)
    done = subprocess.run([str(exe)], capture_output=True, timeout=60)
    return done.stdout, done.returncode


def tinyexec_run(source: str, name: str = "prog.c", **kw):
    """Compile with tinyexec and run on the reference interpreter."""
    return run(compile_source(source, name), engine="reference", max_tokens=MAX_TOKENS, **kw)


def outcome(result) -> tuple[bytes, int | None]:
    return result.stdout, None if result.exit_code is None else result.exit_code & 255


def program(seed: int, size: float = 1.0) -> str:
    return randprog.generate(seed, size, WITHOUT)


# ---------------------------------------------------------------- random programs against gcc

@needs_gcc
@pytest.mark.parametrize("seed", DEFAULT_SEEDS)
def test_random_program_matches_gcc(tmp_path, seed):
    source = program(seed)
    want = gcc_run(source, tmp_path)
    assert outcome(tinyexec_run(source, f"seed{seed}.c")) == want, \
        f"seed {seed}: tinyexec differs from gcc (python tests/randprog.py --seed {seed} --without {','.join(sorted(WITHOUT))})"


@needs_gcc
@pytest.mark.slow
def test_many_random_programs_match_gcc(tmp_path):
    """SLOW_SEEDS; gcc compiles ahead on a second thread while tinyexec runs."""
    def expected(seed):
        try:
            return gcc_run(program(seed), tmp_path, f"p{seed}")
        except (subprocess.SubprocessError, OSError) as e:   # gcc rejects it: a generator bug
            return f"gcc: {type(e).__name__}"

    failures = []
    with ThreadPoolExecutor(2) as pool:
        for seed, want in zip(SLOW_SEEDS, pool.map(expected, SLOW_SEEDS)):
            try:
                got = outcome(tinyexec_run(program(seed), f"seed{seed}.c"))
            except Exception as e:            # a crash of the compiler: record and go on
                got = f"{type(e).__name__}: {e}"
            if got != want:
                failures.append(seed)
    assert not failures, f"{len(failures)} seeds differ from gcc: {failures}"


def test_generator_is_deterministic():
    assert randprog.generate(5) == randprog.generate(5)
    assert randprog.generate(5) != randprog.generate(6)


# ---------------------------------------------------------------- the recorded corpus

def corpus_cases():
    expected = json.loads((CORPUS / "expected.json").read_text())
    return [pytest.param(name, entry, id=name[:-2]) for name, entry in sorted(expected.items())]


@pytest.mark.parametrize("name,entry", corpus_cases())
def test_corpus(name, entry):
    """Without gcc: recorded programs and gcc's output for them."""
    result = tinyexec_run((CORPUS / name).read_text(), name)
    assert outcome(result) == (entry["stdout"].encode(), entry["exit_code"])


# ---------------------------------------------------------------- the transformer

@pytest.mark.parametrize("seed", TRANSFORMER_SEEDS)
def test_transformer_matches_reference(weights, seed):
    source = program(seed, 0.5)
    prog = compile_source(source, f"seed{seed}.c")
    reference = run(prog, engine="reference", keep_trace=True, max_tokens=MAX_TOKENS)
    transformer = run(prog, engine="transformer", weights=weights, keep_trace=True,
                      max_tokens=len(reference.trace) + 10)
    assert reference.exit_code is not None
    assert np.array_equal(transformer.trace, reference.trace)


# ---------------------------------------------------------------- reproducers of bugs found

def open_bugs() -> set:
    """The reproducers listed under "## Open" in regressions/README.md."""
    text = (REGRESSIONS / "README.md").read_text()
    section = text.split("## Open", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\* `([\w.-]+\.c)`", section, re.M))


def regression_cases():
    expected = json.loads((REGRESSIONS / "expected.json").read_text())
    bugs = open_bugs()
    for name in sorted(expected):
        marks = [pytest.mark.xfail(strict=True, reason="open bug: see README.md")] if name in bugs else []
        yield pytest.param(name, expected[name], id=name[:-2], marks=marks)


@pytest.mark.parametrize("name,entry", list(regression_cases()))
def test_regression(name, entry):
    result = tinyexec_run((REGRESSIONS / name).read_text(), name)
    assert outcome(result) == (entry["stdout"].encode(), entry["exit_code"])


@needs_gcc
@pytest.mark.parametrize("name,entry", [c.values for c in regression_cases()])
def test_regression_expectations_are_gccs(tmp_path, name, entry):
    """The recorded expectations are what gcc prints (the reproducers are valid C)."""
    assert gcc_run((REGRESSIONS / name).read_text(), tmp_path) == (entry["stdout"].encode(),
                                                                   entry["exit_code"])


def test_every_reproducer_is_recorded_and_known_bugs_are_open():
    files = {p.name for p in REGRESSIONS.glob("*.c")}
    assert files == set(json.loads((REGRESSIONS / "expected.json").read_text()))
    assert open_bugs() <= files
    assert set(KNOWN_BUGS.values()) <= files

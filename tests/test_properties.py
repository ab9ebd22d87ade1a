"""Property tests of the arithmetic the C runtime and the compiler implement in
software: programs in tests/props/ draw random operand pairs (with special
values mixed in) and print one checksum of the results per operation.

* On the reference: 100,000 pairs per operation, against the checksums gcc's
  build of the same program prints (recorded in ``<name>.expected``, so the
  test still checks something where gcc is absent; with gcc, its output must
  match the recording too).
* On the transformer: a few pairs by default, 500 in a slow run, token-identical
  to the reference and printing what gcc prints for that many.
"""
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tinyexec.compiler import compile_file
from tinyexec.runner import run

HERE = Path(__file__).resolve().parent / "props"
PAIRS = 100_000
PROGRAMS = ["int64_ops.c"]
gcc = pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc not installed")


def recorded(name: str) -> bytes:
    return (HERE / (name[:-2] + ".expected")).read_bytes()


def gcc_output(tmp_path, name: str, pairs: int) -> bytes:
    exe = tmp_path / "a.out"
    subprocess.run(["gcc", "-O2", "-w", "-ffp-contract=off", "-o", str(exe), str(HERE / name)],
                   check=True)
    return subprocess.run([str(exe), str(pairs)], capture_output=True, check=True).stdout


@pytest.mark.parametrize("name", PROGRAMS)
def test_reference_matches_gcc(name):
    result = run(compile_file(HERE / name), args=[str(PAIRS)], engine="reference")
    assert result.exit_code == 0
    assert result.stdout == recorded(name)


@gcc
@pytest.mark.parametrize("name", PROGRAMS)
def test_recorded_checksums_are_gccs(tmp_path, name):
    assert gcc_output(tmp_path, name, PAIRS) == recorded(name)


def transformer_agrees(tmp_path, weights, name: str, pairs: int) -> None:
    program = compile_file(HERE / name)
    args = [str(pairs)]
    reference = run(program, args=args, engine="reference", keep_trace=True)
    transformer = run(program, args=args, engine="transformer", weights=weights,
                      keep_trace=True)
    assert np.array_equal(transformer.trace, reference.trace)
    if shutil.which("gcc"):
        assert transformer.stdout == gcc_output(tmp_path, name, pairs)


@pytest.mark.parametrize("name", PROGRAMS)
def test_transformer_few_pairs(tmp_path, weights, name):
    transformer_agrees(tmp_path, weights, name, 12)


@pytest.mark.slow
@pytest.mark.parametrize("name", PROGRAMS)
def test_transformer_500_pairs(tmp_path, weights, name):
    transformer_agrees(tmp_path, weights, name, 500)

"""A first run on a machine: the kernel's native module is built by a process
of its own (``native._in_background``), and the run generates with the plain
numpy pass meanwhile (``dense.Decoder``, ``Session(tiered=True)``), handing
over to the kernel once the module is there.  Every token is still the argmax
of a real forward pass of the same weights: the reference's tokens, whichever
pass made them, and wherever the kernel took over."""
import fcntl
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tinyexec import engine, kernels, machine, native
from tinyexec.compiler import compile_file, compile_source
from tinyexec.model import dense
from tinyexec.reference import run_reference

ROOT = Path(__file__).resolve().parent.parent

# a loop that prints, and a division by zero at its end: output, then a fault
# (2,048 positions of prompt, 131 tokens of trace)
COUNTDOWN = """
#include <stdio.h>
int main(int argc, char **argv) {
    int n = argc + 3, zero = argc - 1;
    while (n > 0) { putchar('0' + n--); putchar(' '); }
    return 10 / zero;
}
"""


def _prompt(source=COUNTDOWN):
    return machine.prompt(compile_source(source, "countdown.c"))


def _kernel_after(calls: int, monkeypatch):
    """Make ``native.decode_kernel`` say "still building" to its first
    ``calls`` questions that need no answer (``wait`` False)."""
    real, asked = native.decode_kernel, []

    def decode_kernel(args, wait=True):
        asked.append(wait)
        if not wait and len(asked) <= calls:
            return None
        return real(args, wait)
    monkeypatch.setattr(native, "decode_kernel", decode_kernel)
    return asked


def test_extending_block_by_block_computes_what_the_whole_pass_does(weights):
    p = _prompt()
    tokens = np.concatenate([p, run_reference(p)])
    whole = dense.forward(weights, tokens)
    decoder, pieces, at = dense.Decoder(weights), [], 0
    for size in (1, 7, 300, 1, 1000, len(tokens)):
        pieces.append(decoder.extend(tokens[at:at + size]) @ weights.unembed.T)
        at += size
    assert np.array_equal(np.concatenate(pieces), whole)        # bit for bit


def test_the_numpy_pass_alone_runs_a_program_to_its_fault(weights, monkeypatch):
    monkeypatch.setattr(engine, "NUMPY_PASS_SLICE", 0.0)
    asked = _kernel_after(10 ** 9, monkeypatch)
    p = _prompt()
    s = engine.Session(weights, p)
    trace = np.concatenate([s.advance(5), s.advance(1 << 20)])
    assert np.array_equal(trace, run_reference(p))
    assert s.halted and s.fault == "division by zero"
    assert True not in asked                # the kernel was never needed
    assert len(s.advance(10)) == 0          # a halted run stays halted


@pytest.mark.parametrize("calls", [1, 5, 9, 40])
def test_the_kernel_takes_over_wherever_its_module_arrives(weights, monkeypatch, calls):
    """One prompt block, one token or one token's pass per look at the
    build: the kernel takes over in the prompt (1, 5), right after it (9:
    2,048 positions in 8 blocks of 256, then the first token), and in the
    middle of the output (40: 16 tokens)."""
    monkeypatch.setattr(engine, "NUMPY_PASS_SLICE", 0.0)
    _kernel_after(calls, monkeypatch)
    p = _prompt()
    s = engine.Session(weights, p)
    assert np.array_equal(s.advance(1 << 20), run_reference(p))
    assert s.numpy_pass is None and s.n_known == len(p) + max(0, (calls - 7) // 2)
    assert s.fault == "division by zero"


def test_past_its_positions_the_numpy_pass_waits_for_the_kernel(weights, monkeypatch):
    p = _prompt()
    monkeypatch.setattr(engine, "NUMPY_PASS_POSITIONS", len(p) + 6)
    asked = _kernel_after(10 ** 9, monkeypatch)
    s = engine.Session(weights, p)
    assert np.array_equal(s.advance(1 << 20), run_reference(p))
    assert s.n_known == len(p) + 6 and asked[-1] is True


def test_generated_code_still_building_at_the_start_is_used_once_there(weights, monkeypatch):
    real, asked = native.generated_code, []

    def generated_code(model, wait=True):
        asked.append(wait)
        return np.zeros(2, np.int64) if len(asked) == 1 else real(model, wait)
    monkeypatch.setattr(native, "generated_code", generated_code)
    monkeypatch.setattr(engine, "NUMPY_PASS_POSITIONS", 0)          # the kernel at once
    p = _prompt()
    s = engine.Session(weights, p)
    assert not s.code.any()
    assert np.array_equal(s.advance(1 << 20), run_reference(p))
    assert s.code.all() and asked == [False, False]


def test_the_kernels_own_uses_never_start_with_the_numpy_pass(weights, monkeypatch):
    asked = _kernel_after(10 ** 9, monkeypatch)
    for options in (dict(record=10), dict(profile=True), dict(tiered=False)):
        engine.Session(weights, _prompt(), **options).advance(3)
    assert False not in asked


def _fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TINYEXEC_CACHE", str(tmp_path))
    for table in ("_loaded", "_generated", "_background"):
        monkeypatch.setattr(native, table, {})
    return tmp_path / "tinyexec" / "kernels"


def test_a_first_run_builds_the_kernel_in_the_background(weights, tmp_path, monkeypatch):
    folder = _fresh_cache(tmp_path, monkeypatch)
    p = _prompt()
    s = engine.Session(weights, p)
    args = s._args(len(p))
    assert native.decode_kernel(args, wait=False) is None        # started, not there yet
    (lock,) = folder.glob("decode_*.lock")
    with open(lock, "ab") as f, pytest.raises(BlockingIOError):
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)           # the builder holds it
    assert np.array_equal(s.advance(1 << 20), run_reference(p))
    native.wait_for_builds()
    kernel = native.decode_kernel(args, wait=False)
    assert kernel is not None and kernel is not kernels._decode  # the native module
    assert native.generated_code(s.c.model, wait=False).all()
    assert not list(folder.glob("build-*"))                       # no scratch left behind
    assert not list(folder.glob("*.failed"))


def test_a_background_build_that_fails_is_remembered_and_the_jit_runs(weights, tmp_path,
                                                                    monkeypatch):
    folder = _fresh_cache(tmp_path, monkeypatch)
    monkeypatch.setenv("CC", "no-such-compiler")
    p = _prompt()
    s = engine.Session(weights, p)
    assert native.decode_kernel(s._args(len(p)), wait=False) is None
    native.wait_for_builds()
    assert "no-such-compiler" in next(folder.glob("decode_*.failed")).read_text()
    assert native.decode_kernel(s._args(len(p)), wait=False) is kernels._decode


def test_a_cold_command_line_run_ends_without_waiting_for_the_build(tmp_path):
    """The build's process keeps none of the run's descriptors: a pipe from
    the run ends with the run, not with the build."""
    env = {**os.environ, "TINYEXEC_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen([sys.executable, "-m", "tinyexec", "run", "programs/hello.c"],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.wait(timeout=600) == 0
    for pipe in (run.stdout, run.stderr):
        os.set_blocking(pipe.fileno(), False)
    assert run.stdout.read() == b"Hello, world!\n"      # all of it, and then the end
    assert run.stderr.read() == b""
    subprocess.run([sys.executable, "-c", "from tinyexec import native\n"
                    "native.wait_for_builds()"], env=env, check=True, cwd=ROOT)
    kernels_folder = tmp_path / "tinyexec" / "kernels"
    assert len(list(kernels_folder.glob("decode_*.sha256"))) == 1
    assert not list(kernels_folder.glob("*.failed")) and not list(kernels_folder.glob("build-*"))

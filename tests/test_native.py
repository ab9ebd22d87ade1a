"""The decode kernel compiled ahead of time (``native``): it is what a run
uses, it gives the JIT's tokens, and a module that is not exactly the one
built for the call is never loaded."""
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import numpy as np
import pytest

from tinyexec import engine, kernels, machine, native
from tinyexec.compiler import compile_file
from tinyexec.reference import run_reference

ROOT = Path(__file__).resolve().parent.parent


def _session(weights, source="collatz.c", args=(b"collatz", b"27")):
    return engine.Session(weights, machine.prompt(compile_file(ROOT / "programs" / source), list(args)))


def _call_args(session):
    """The arguments of the session's next kernel call."""
    captured = []

    def kernel_for(args, wait=True):
        captured.append(args)
        return lambda *a: None
    original = native.decode_kernel
    native.decode_kernel = kernel_for
    try:
        session.advance(1)
    finally:
        native.decode_kernel = original
    return captured[0]


def test_a_start_loads_the_native_kernel_and_no_numba(weights):
    """After one run has built the module, a fresh interpreter runs hello.c
    without importing Numba (what made a warm start 0.8 s)."""
    _session(weights).advance(10)               # the module exists from here on
    code = ("import sys, tinyexec\n"
            f"r = tinyexec.run(tinyexec.compile_file({str(ROOT / 'programs' / 'hello.c')!r}))\n"
            "print(r.stdout.decode().strip(), 'numba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[0] == "Hello, world! False"


def test_the_native_and_the_jit_kernel_generate_the_same_tokens(weights, monkeypatch):
    runs = {}
    for kernel in ("native", "jit"):
        monkeypatch.setenv("TINYEXEC_KERNEL", kernel)
        s = _session(weights, "sudoku.c", [b"sudoku"])
        assert (native.decode_kernel(_call_args(s)) is kernels._decode) == (kernel == "jit")
        runs[kernel] = s.advance(60_000)
    assert np.array_equal(runs["native"], runs["jit"])
    prompt = _session(weights, "sudoku.c", [b"sudoku"]).tokens[:s.n_prompt]
    assert np.array_equal(runs["native"], run_reference(prompt, max_tokens=60_000)[:60_000])


def test_argument_types_name_their_own_module(weights):
    args = _call_args(_session(weights))
    types = native._describe(args)
    assert native._key(types) == native._key(native._describe(args))
    readonly = args[0].copy()
    readonly.flags.writeable = False
    for i, changed in ((0, args[0].astype(np.int64)), (2, float(args[2])), (0, readonly),
                       (8, np.asfortranarray(np.zeros((2, 2)))), (8, np.zeros((2, 4))[:, ::2])):
        other = args[:i] + (changed,) + args[i + 1:]
        assert native._describe(other) != types
        assert native._key(native._describe(other)) != native._key(types)
        # what the build's child compiles for has the same types
        assert native._describe(native._specimen(other)) == native._describe(other)
    assert native._describe(native._specimen(args)) == types


def test_each_kind_of_processor_has_its_own_module(monkeypatch):
    """The module is code for this processor (the JIT's code, where the generic
    model ran sudoku 1.65 times slower): a cache shared with another kind of
    processor must not hand one kind the other's module."""
    kinds = ["host GenuineIntel 6 85 Xeon fpu sse2 avx512f", "host GenuineIntel 6 85 Xeon fpu sse2",
             "host AuthenticAMD 25 17 EPYC fpu sse2 avx512f", "generic"]
    keys = set()
    for kind in kinds:
        monkeypatch.setattr(native, "_processor", lambda: kind)
        keys.add(native._key("types"))
    assert len(keys) == len(kinds)
    monkeypatch.undo()
    if Path("/proc/cpuinfo").is_file() and b"\nflags" in Path("/proc/cpuinfo").read_bytes():
        assert native._processor().startswith("host ")


def _built(weights, tmp_path, monkeypatch):
    """A copy of the built module in a cache of the test's own: (args, name, path)."""
    args = _call_args(_session(weights))
    name = f"decode_{native._key(native._describe(args))}"
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    native.decode_kernel(args)                   # built in the suite's cache if it was not
    built = native.cache_dir() / "kernels" / (name + suffix)
    monkeypatch.setenv("TINYEXEC_CACHE", str(tmp_path))
    folder = native.cache_dir() / "kernels"
    folder.mkdir(parents=True)
    for path in (built, built.with_name(name + ".sha256")):
        shutil.copy(path, folder / path.name)
    return args, name, folder / (name + suffix)


def _replace(path, data: bytes):
    """Write by renaming over the file: a module already loaded is mapped from
    its file, and writing into that file in place would change its code."""
    tmp = path.with_name(path.name + ".new")
    tmp.write_bytes(data)
    tmp.replace(path)


def test_a_module_that_fails_its_digest_is_built_again(weights, tmp_path, monkeypatch):
    args, name, path = _built(weights, tmp_path, monkeypatch)
    digest = path.with_name(name + ".sha256")
    good, good_digest = path.read_bytes(), digest.read_bytes()
    assert native._load(name, path) is not None
    builds = []
    monkeypatch.setattr(native, "_build", lambda kind, payload, name_, path_: builds.append(name_))
    for tamper in (lambda: _replace(path, good[:-1] + bytes([good[-1] ^ 1])),
                   lambda: _replace(path, good[: len(good) // 2]),
                   lambda: _replace(digest, b"0" * 64),
                   lambda: digest.unlink()):
        _replace(path, good)
        _replace(digest, good_digest)
        tamper()
        assert native._load(name, path) is None
        builds.clear()
        native._native(args, native._describe(args))
        assert builds == [name]


def test_where_no_module_can_be_built_the_jit_runs_and_is_remembered(weights, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setenv("TINYEXEC_CACHE", str(tmp_path))
    monkeypatch.setenv("CC", "no-such-compiler -O2")     # what distutils would run
    s = _session(weights)
    args = _call_args(s)
    assert native._native(args, native._describe(args)) is None
    failed = list((tmp_path / "tinyexec" / "kernels").glob("decode_*.failed"))
    assert len(failed) == 1 and "no-such-compiler" in failed[0].read_text()
    monkeypatch.setattr(native, "_build", lambda *a: pytest.fail("built again"))
    assert native._native(args, native._describe(args)) is None
    monkeypatch.setattr(native, "_loaded", {})
    trace = s.advance(1 << 20)
    assert native._loaded and all(k is kernels._decode for k in native._loaded.values())
    assert np.array_equal(trace, run_reference(s.tokens[:s.n_prompt]))


@pytest.mark.parametrize("make", [lambda p: p.mkdir(), lambda p: p.symlink_to("/dev/zero"),
                                  lambda p: p.symlink_to(p.parent / "missing")])
def test_something_else_in_place_of_the_module_is_never_built_over(weights, tmp_path,
                                                                   monkeypatch, make):
    """A directory or a link where the module goes: the build could never be
    written there, so none is tried (it would be, at every run)."""
    monkeypatch.setenv("TINYEXEC_CACHE", str(tmp_path))
    args = _call_args(_session(weights))
    name = f"decode_{native._key(native._describe(args))}"
    folder = tmp_path / "tinyexec" / "kernels"
    folder.mkdir(parents=True)
    make(folder / (name + sysconfig.get_config_var("EXT_SUFFIX")))
    monkeypatch.setattr(native, "_build", lambda *a: pytest.fail("built"))
    assert native._native(args, native._describe(args)) is None
    assert "not a regular file" in (folder / (name + ".failed")).read_text()

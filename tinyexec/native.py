"""The decode kernel compiled ahead of time, as an extension module.

A start that runs the kernel through Numba's JIT pays for Numba itself, even
with the compiled kernel in Numba's cache: ``import numba`` takes about 0.25 s
and its first load of a cached kernel another 0.3 s (it sets up its
compiler's registries, whatever the kernel), against 0.03 s for the whole
hello-world run.  So the first run compiles ``kernels._decode`` with
``numba.pycc`` -- Numba's own compiler, the same source, ahead of time -- into
an extension module in the cache directory, and every later start imports
that module: a millisecond, and no Numba.

The module is named by a key over everything that decides its code: the
sources of the kernels and of the constants they read, the types of the
call's arguments, and the versions of Python, NumPy, Numba and llvmlite.  A
call whose argument types differ gets a module of its own, so a module is
never handed arguments it was not compiled for (that would crash, not raise).
The module's SHA-256 is written beside it and checked before every load: a
file that fails the check is built again.  Where no module can be built (no
C compiler, a Numba without ``pycc``), the reason is written beside the key
and every run uses Numba's JIT (``kernels``, ``cache=True``) without trying
again; ``TINYEXEC_KERNEL=jit`` asks for the JIT always.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

import numpy as np

from .cachefile import read_regular, write_atomically
from .model.weights import cache_dir

_SOURCES = ("kernels.py", "engine.py")            # the kernels and the constants they read
_loaded: dict = {}                       # (JIT asked for, argument types) -> the kernel


def decode_kernel(args):
    """The decode kernel for a call with ``args``: the native module's, built
    on first use, or Numba's JIT's."""
    jit = os.environ.get("TINYEXEC_KERNEL") == "jit"
    types = _describe(args)
    if (jit, types) not in _loaded:
        kernel = None if jit else _native(args, types)
        if kernel is None:
            from .kernels import _decode
            kernel = _decode
        _loaded[jit, types] = kernel
    return _loaded[jit, types]


def _describe(value) -> str:
    """The Numba type of an argument, written without Numba: what the native
    module's code depends on."""
    if isinstance(value, tuple):
        return f"{type(value).__name__}({','.join(_describe(v) for v in value)})"
    if isinstance(value, np.ndarray):
        layout = "C" if value.flags.c_contiguous else "F" if value.flags.f_contiguous else "A"
        writable = "w" if value.flags.writeable else "r"
        return f"{value.dtype.str}{value.ndim}{layout}{writable}{int(value.flags.aligned)}"
    return type(value).__name__


def _key(types: str) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _SOURCES:
        digest.update(read_regular(here / name))
    for package in ("numba", "llvmlite"):
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin is not None:
            digest.update(read_regular(Path(spec.origin).parent / "_version.py"))
    digest.update(f"{sys.version}|{np.__version__}|{types}".encode())
    return digest.hexdigest()[:24]


def _native(args, types: str):
    """The native module's kernel, built if missing; None where it cannot be."""
    try:
        name = f"decode_{_key(types)}"
        folder = cache_dir() / "kernels"
        path = folder / (name + sysconfig.get_config_var("EXT_SUFFIX"))
        failed = folder / (name + ".failed")
        if failed.exists():
            return None
        kernel = _load(name, path)
        if kernel is None:
            folder.mkdir(parents=True, exist_ok=True)
            reason = _build(args, name, path)
            if reason is not None:
                write_atomically(failed, reason.encode())
                return None
            kernel = _load(name, path)
        return kernel
    except OSError:
        return None                   # an unwritable cache: the JIT, with Numba's own cache


def _load(name: str, path: Path):
    """The module's kernel if ``path`` holds the module its digest names."""
    try:
        data = read_regular(path)
        expected = read_regular(path.with_name(name + ".sha256")).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if hashlib.sha256(data).hexdigest() != expected:
        return None
    loader = importlib.machinery.ExtensionFileLoader(name, str(path))
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    try:
        module = importlib.util.module_from_spec(spec)
        loader.exec_module(module)
    except ImportError:
        return None
    return module.decode


def _build(args, name: str, path: Path) -> str | None:
    """Compile the module for ``args`` into ``path``; the reason it failed, or None.

    What the compiler prints goes to a file, not to the run's stdout or stderr."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) to link the native kernel"
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp, \
            open(Path(tmp) / "log", "w+b") as log:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = [os.dup(1), os.dup(2)]
        try:
            os.dup2(log.fileno(), 1)
            os.dup2(log.fileno(), 2)
            built = _compile(args, name, tmp)
        except Exception as e:                 # whatever pycc or the C compiler raised
            log.seek(0)
            return f"{type(e).__name__}: {e}\n{log.read().decode(errors='replace')}"
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            for fd in saved:
                os.close(fd)
        data = built.read_bytes()
    write_atomically(path, data)
    write_atomically(path.with_name(name + ".sha256"), hashlib.sha256(data).hexdigest().encode())
    return None


def _compile(args, name: str, folder: str) -> Path:
    """Numba's pycc, with one change: the C files it links in beside the kernel
    (its runtime and helpers, about 3.7 s of gcc) are compiled by a thread of
    their own while Numba compiles the kernel (about 7.5 s), instead of after."""
    import warnings
    from concurrent.futures import ThreadPoolExecutor
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")             # pycc is marked for deprecation
        from numba import typeof, types
        from numba.pycc import CC
    from .kernels import _decode
    cc = CC(name)
    cc.output_dir = folder
    cc.export("decode", types.void(*(typeof(a) for a in args)))(_decode.py_func)
    helpers = Path(folder) / "helpers"
    helpers.mkdir()
    with ThreadPoolExecutor(1) as pool:
        compiled_helpers = pool.submit(cc._compile_mixins, str(helpers))
        cc._compile_mixins = lambda build_dir: compiled_helpers.result()
        cc.compile()
    return next(Path(folder).glob(name + ".*"))

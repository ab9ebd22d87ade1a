"""Native code in the cache: the decode kernel compiled ahead of time, as an
extension module, and the code generated for the weights (``specialize``),
as a shared library.

A start that runs the kernel through Numba's JIT pays for Numba itself, even
with the compiled kernel in Numba's cache: ``import numba`` takes about 0.25 s
and its first load of a cached kernel another 0.3 s (it sets up its
compiler's registries, whatever the kernel), against 0.03 s for the whole
hello-world run.  So the first run compiles ``kernels._decode`` with
``numba.pycc`` -- Numba's own compiler, the same source, ahead of time -- into
an extension module in the cache directory, and every later start imports
that module: a millisecond, and no Numba.  The build runs in a child process
(about 8-10 s), so that even the first run's process never imports Numba and
nothing the compilers print reaches the run's output.  A first run need not
wait for it either (``wait=False``, ``engine.Session``'s numpy pass): the
build is then started in a process of its own, which holds the build's lock
and outlives the run if it must (``_in_background``).

The module is compiled for this processor, as Numba's JIT compiles: its
model and every feature it has (on x86 Linux, where ``/proc/cpuinfo`` names
them cheaply; elsewhere the architecture's generic model).  Code for the
generic x86-64 ran sudoku 1.65 times slower on an AMD EPYC (znver4).

The module is named by a key over everything that decides its code: the
sources of the kernels, of the constants they read and of this module, the
types of the call's arguments, the processor (its model name and feature
flags), and the versions of Python, NumPy, Numba and llvmlite.  A
call whose argument types differ gets a module of its own, so a module is
never handed arguments it was not compiled for (that would crash, not raise).
The module's SHA-256 is written beside it and checked before every load: a
file that fails the check is built again.  Runs that start at once build it
once: the others wait on a lock.  Where no module can be built (no C
compiler, a Numba without ``pycc``), the reason is written beside the key
(``.failed``; delete it to try again) and every run uses Numba's JIT
(``kernels``, ``cache=True``) without trying again; ``TINYEXEC_KERNEL=jit``
asks for the JIT always.

The generated code is built, checked and recorded the same way, keyed by its
LLVM IR itself (and the processor and versions): LLVM, through llvmlite,
compiles it in the child and the C compiler links it (about 0.5 s).  Where
it cannot be built, the kernel runs its loops instead.
"""
from __future__ import annotations

import ctypes
import functools
import hashlib
import importlib.machinery
import importlib.util
import os
import pickle
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

try:
    import fcntl                      # builds of one module wait for each other (POSIX)
except ImportError:
    fcntl = None

import numpy as np

from . import specialize
from .cachefile import read_regular, write_atomically
from .model.weights import cache_dir

# what decides the module's code: the kernels, the constants they read, how they are compiled
_SOURCES = ("kernels.py", "engine.py", "native.py")
_TRANSIENT = 75                 # sysexits.h EX_TEMPFAIL: the build's child ran out of something
_loaded: dict = {}                       # (JIT asked for, argument types) -> the kernel
_generated: dict = {}               # id(model) -> (model, the library of its generated code)
_GENERATED = ("tinyexec_rows", "tinyexec_ffn")      # its functions (``specialize``)
_background: dict = {}          # name -> the process building it in the background
BUILDING = "building"           # what a build not awaited returns until it is done


def decode_kernel(args, wait: bool = True):
    """The decode kernel for a call with ``args``: the native module's, built
    on first use, or Numba's JIT's.  With ``wait`` False, a module not built
    yet is only started building, in the background, and None returned
    until it is there."""
    jit = os.environ.get("TINYEXEC_KERNEL", "").strip().lower() == "jit"
    types = _describe(args)
    if (jit, types) not in _loaded:
        kernel = None if jit else _native(args, types, wait)
        if kernel is BUILDING:
            return None
        if kernel is None:
            from .kernels import _decode
            kernel = _decode
        _loaded[jit, types] = kernel
    return _loaded[jit, types]


def wait_for_builds():
    """Return once no build runs in the cache directory (each one's lock taken
    and let go): a first run leaves its build to a process of its own."""
    folder = cache_dir() / "kernels"
    if fcntl is None or not folder.is_dir():
        return
    for path in folder.glob("*.lock"):
        with open(path, "ab") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)


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


@functools.cache            # read once: a run waiting for its build asks at every look
def _processor() -> str:
    """``host`` and what identifies this processor's code (its vendor, model
    and feature flags, from /proc/cpuinfo: a cache may be shared by machines
    of several kinds), or ``generic`` where that cannot be read cheaply."""
    try:
        with open("/proc/cpuinfo", "rb") as f:
            first = f.read(1 << 16).split(b"\n\n")[0]      # the first processor
    except OSError:
        return "generic"
    fields = {}
    for line in first.splitlines():
        name, _, value = line.partition(b":")
        fields[name.strip()] = value.strip()
    if b"flags" not in fields:            # not x86: no feature list to key by
        return "generic"
    return "host " + " ".join(fields.get(k, b"").decode(errors="replace") for k in
                              (b"vendor_id", b"cpu family", b"model", b"model name", b"flags"))


def _key(types: str) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _SOURCES:
        digest.update(read_regular(here / name))
    for package in ("numba", "llvmlite"):        # their versions, without importing them
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin is not None:
            version = Path(spec.origin).parent / "_version.py"
            digest.update(read_regular(version if version.is_file() else spec.origin))
    digest.update(f"{sys.version}|{np.__version__}|{types}|{_processor()}".encode())
    return digest.hexdigest()[:24]


def _native(args, types: str, wait: bool = True):
    """The native module's kernel, built if missing; None where it cannot be;
    BUILDING (``wait`` False) while it is being built."""
    name = f"decode_{_key(types)}"
    path = cache_dir() / "kernels" / (name + sysconfig.get_config_var("EXT_SUFFIX"))
    return _cached(name, path, "decode", lambda: _specimen(args), _load, wait)


def generated_code(model, wait: bool = True) -> np.ndarray:
    """The addresses of the functions generated for ``model`` (``specialize``):
    ``[rows, ffn]``, built on first use; zeros where they cannot be (the
    kernel then runs its loops), and (``wait`` False) while they are being
    built in the background."""
    if id(model) not in _generated:
        text, library = specialize.module_ir(model), None
        if text is not None:
            name = f"generated_{_key(text)}"
            library = _cached(name, cache_dir() / "kernels" / (name + ".so"), "generated",
                              lambda: text, _load_library, wait)
            if library is BUILDING:
                return np.zeros(2, dtype=np.int64)
        _generated[id(model)] = (model, library)      # the model: its id stays its own
    library = _generated[id(model)][1]
    return np.array([0, 0] if library is None else
                    [ctypes.cast(getattr(library, f), ctypes.c_void_p).value
                     for f in _GENERATED], dtype=np.int64)


def _cached(name: str, path: Path, kind: str, payload, load, wait: bool = True):
    """``load(name, path)``, after building ``path`` (``kind``, from ``payload()``)
    if it is missing or fails its digest; None where it cannot be built.
    With ``wait`` False a missing file is built by a process of its own
    (``_in_background``), and BUILDING returned until it is there."""
    folder = path.parent
    failed = folder / (name + ".failed")
    try:
        if failed.exists():
            return None
        found = load(name, path)
        if found is not None:
            return found
        folder.mkdir(parents=True, exist_ok=True)
        for target in (path, path.with_name(name + ".sha256")):
            if target.is_symlink() or (target.exists() and not target.is_file()):
                write_atomically(failed, f"{target} is not a regular file\n".encode())
                return None
        if not wait and fcntl is not None:
            return _in_background(kind, payload, name, path)
        with open(folder / (name + ".lock"), "ab") as lock:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX)    # another first run is building it: wait
            if load(name, path) is None:
                _build_under_lock(kind, payload(), name, path)
        return load(name, path)
    except OSError:
        return None       # a cache that cannot be written, or a full disk: not this time


def _build_under_lock(kind: str, payload, name: str, path: Path):
    """Build ``path``, recording why it cannot be (``.failed``); the caller
    holds its lock and has found it missing."""
    _remove_abandoned_builds(path.parent)
    reason = _build(kind, payload, name, path)
    if reason is not None:
        write_atomically(path.parent / (name + ".failed"), reason.encode())


def _in_background(kind: str, payload, name: str, path: Path):
    """BUILDING while ``path`` is being built by a process of its own, started
    here if no run is building it; None if the one started here ended
    without it (killed, or out of disk space: not this time).

    The process outlives this one if it must, so that a short first run
    neither waits for the build (Numba takes seconds) nor leaves it
    undone.  It is handed the lock already taken (an inherited descriptor
    holds it), so no other run starts the same build meanwhile; it writes
    nothing to this run's stdout or stderr, and has a session of its own, so
    that a Ctrl-C at the terminal does not stop it halfway."""
    started = _background.get(name)
    if started is not None:
        return BUILDING if started.poll() is None else None
    folder = path.parent
    with open(folder / (name + ".lock"), "ab") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return BUILDING                   # another run is building it
        # the payload goes by a file: a pipe would hold this run until the process reads it
        handle, payload_path = tempfile.mkstemp(prefix="build-", suffix=".payload", dir=folder)
        with open(handle, "wb") as f:
            f.write(pickle.dumps(payload()))
        _background[name] = subprocess.Popen(
            [sys.executable, "-m", __name__, "background", kind, name, str(path), payload_path],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=_child_env(), pass_fds=(lock.fileno(),), start_new_session=True)
    return BUILDING


def _intact(name: str, path: Path) -> bool:
    """``path`` holds the file its digest (beside it) names."""
    try:
        data = read_regular(path)
        expected = read_regular(path.with_name(name + ".sha256")).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return hashlib.sha256(data).hexdigest() == expected


def _load(name: str, path: Path):
    """The module's kernel if ``path`` holds the module its digest names."""
    if not _intact(name, path):
        return None
    loader = importlib.machinery.ExtensionFileLoader(name, str(path))
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    try:
        module = importlib.util.module_from_spec(spec)
        loader.exec_module(module)
    except Exception:                 # not a module, or not one this Python can load
        return None
    return getattr(module, "decode", None)


def _load_library(name: str, path: Path):
    """The shared library if ``path`` holds the one its digest names, and it
    has the generated functions."""
    if not _intact(name, path):
        return None
    try:
        library = ctypes.CDLL(str(path))
        for function in _GENERATED:
            getattr(library, function)
    except (OSError, AttributeError):
        return None
    return library


def _remove_abandoned_builds(folder: Path):
    """Build folders and payloads left by a run that was killed (SIGKILL) mid-build."""
    for stale in folder.glob("build-*"):
        try:
            if time.time() - stale.stat().st_mtime > 3600:
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    stale.unlink()
        except OSError:
            pass                      # removed by another run meanwhile


def _build(kind: str, payload, name: str, path: Path) -> str | None:
    """Build ``path``, for this processor, in a child process: the decode
    kernel's module for the arguments ``payload`` stands for, or the
    generated code of the IR ``payload``.  The reason it cannot be built, or
    None.

    The child keeps Numba out of this process, and what the compilers print
    out of its stdout and stderr (it goes to a log, kept in the reason).  Its
    scratch files (pycc's, Numba's, gcc's) go to a folder of its own, removed
    after.  A child killed by a signal, or out of disk space, is no reason to
    give up for good: OSError, and no native code this time."""
    compiler = _compiler()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) to link {path.name}\n"
    with tempfile.TemporaryDirectory(prefix="build-", dir=path.parent) as folder:
        with open(Path(folder) / "log", "w+b") as log:
            processor = _processor().split()[0]
            done = subprocess.run([sys.executable, "-m", __name__, folder, name, processor, kind],
                                  input=pickle.dumps(payload), stdout=log, stderr=log,
                                  env=_child_env(TMPDIR=folder))
            log.seek(0)
            printed = log.read().decode(errors="replace")[-4000:]
        if done.returncode < 0 or done.returncode == _TRANSIENT:
            raise OSError(f"the build of {path.name} stopped: {printed}")
        if done.returncode != 0:
            return f"the build of {path.name} failed (exit status {done.returncode}):\n{printed}"
        data = (Path(folder) / path.name).read_bytes()
    write_atomically(path, data)
    write_atomically(path.with_name(name + ".sha256"), hashlib.sha256(data).hexdigest().encode())
    return None


def _child_env(**changes) -> dict:
    """The environment of a child that runs this module: it imports this
    package as this process did, vendored under another name too."""
    root = str(Path(__file__).resolve().parents[__name__.count(".")])
    return dict(os.environ, **changes, PYTHONPATH=os.pathsep.join(
        [root] + [p for p in [os.environ.get("PYTHONPATH")] if p]))


def _specimen(value):
    """A small value of the same Numba type (``_describe``) as ``value``: what
    the child needs to compile for it, without the arrays' contents."""
    if isinstance(value, tuple):
        items = [_specimen(v) for v in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    if isinstance(value, np.ndarray):
        specimen = np.zeros((2,) * value.ndim, dtype=value.dtype)
        if value.ndim > 1 and not value.flags.c_contiguous:
            specimen = np.asfortranarray(specimen) if value.flags.f_contiguous \
                else specimen[..., ::2]
        specimen.flags.writeable = value.flags.writeable
        return specimen
    return value


def _compile(args, name: str, folder: str, processor: str) -> None:
    """Numba's pycc, with two changes:

    * for ``host``, the code is for this processor's model and all of its
      features, as the JIT's is.  pycc's own ``host`` takes only the model's
      name, and a model whose features this machine lacks in part (a virtual
      machine's) would then crash on an instruction it does not have;
    * the C files it links in beside the kernel (its runtime and helpers,
      about 3.7 s of gcc) are compiled by a thread of their own while Numba
      compiles the kernel (about 7.5 s), instead of after."""
    import warnings
    from concurrent.futures import ThreadPoolExecutor
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")             # pycc is marked for deprecation
        from numba import typeof, types
        from numba.core.codegen import AOTCPUCodegen, get_host_cpu_features
        from numba.pycc import CC
    from .kernels import _decode
    cc = CC(name)
    cc.output_dir = folder
    if processor == "host":
        cc.target_cpu = "host"
        AOTCPUCodegen._customize_tm_features = lambda codegen: get_host_cpu_features()
    cc.export("decode", types.void(*(typeof(a) for a in args)))(_decode.py_func)
    helpers = Path(folder) / "helpers"
    helpers.mkdir()
    with ThreadPoolExecutor(1) as pool:
        compiled_helpers = pool.submit(cc._compile_mixins, str(helpers))
        cc._compile_mixins = lambda build_dir: compiled_helpers.result()
        cc.compile()


def _compile_generated(text: str, name: str, folder: str, processor: str) -> None:
    """LLVM (llvmlite, which Numba compiles with) optimizes the generated IR and
    writes an object for this processor, as ``_compile``; the C compiler
    links it into a shared library."""
    import llvmlite.binding as llvm
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    module = llvm.parse_assembly(text)
    module.verify()
    cpu, features = (llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()) \
        if processor == "host" else ("", "")
    machine = llvm.Target.from_default_triple().create_target_machine(
        cpu=cpu, features=features, opt=3, reloc="pic", codemodel="default")
    passes = llvm.create_pass_builder(machine, llvm.create_pipeline_tuning_options(speed_level=3))
    passes.getModulePassManager().run(module, passes)
    obj = Path(folder) / (name + ".o")
    obj.write_bytes(machine.emit_object(module))
    subprocess.run(_compiler() + ["-shared", "-o", str(Path(folder) / (name + ".so")), str(obj)],
                   check=True)


def _compiler() -> list[str]:
    """The C compiler's command, as distutils finds it: $CC, else Python's."""
    return shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")


if __name__ == "__main__" and sys.argv[1] == "background":
    # _in_background's process: kind, name, path, payload file; it holds the lock.
    # Its _build names this module by its package's name (``python -m`` named it __main__)
    native = importlib.import_module(__spec__.name)
    _, _, build_kind, build_name, build_path, payload_file = sys.argv
    try:
        build_payload = pickle.loads(Path(payload_file).read_bytes())
        os.unlink(payload_file)
        if not native._intact(build_name, Path(build_path)):
            native._build_under_lock(build_kind, build_payload, build_name, Path(build_path))
    except OSError:
        sys.exit(_TRANSIENT)          # killed or out of space: the next run tries again
elif __name__ == "__main__":       # the child of _build: folder, name, processor, kind; stdin: payload
    try:
        compile_kind = {"decode": _compile, "generated": _compile_generated}[sys.argv[4]]
        compile_kind(pickle.loads(sys.stdin.buffer.read()), sys.argv[2], sys.argv[1], sys.argv[3])
    except OSError as e:
        print(e, file=sys.stderr)
        sys.exit(_TRANSIENT)

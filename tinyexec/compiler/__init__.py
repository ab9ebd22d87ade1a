"""C -> tinyexec VM code.

The stages, one module each, in the order a program goes through them:

* :mod:`.parse` -- pycparser (the source is preprocessed by
  :mod:`tinyexec.preprocess`, together with the C runtime ``libc/libc.c``);
* :mod:`.types`, :mod:`.declarations`, :mod:`.typing`, :mod:`.constants`,
  :mod:`.initializers`, :mod:`.data` -- C semantics: types and layout,
  constant expressions, static data and initializers;
* :mod:`.unit`, :mod:`.builder` (with :mod:`.statements`,
  :mod:`.expressions`, :mod:`.calls`) -- the IR (:mod:`.ir`) of every function
  reachable from ``main``;
* :mod:`.optimize` -- the optimization passes;
* :mod:`.lower`, :mod:`.regalloc`, :mod:`.codegen` -- the calling convention,
  operand forms, frame slots, machine instructions, and the linker.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from .. import machine as m, preprocess
from ..cachefile import read_regular, write_atomically
from ..preprocess import LIBC, PreprocessError, Preprocessor, read_source, unquote
from .errors import CompileError

# The stages after preprocessing (pycparser among them) are imported where they
# are used: a program found in the cache needs none of them, and importing
# them is a good part of a small program's start-up.

__all__ = ["CompileError", "compile_source", "compile_file", "listing", "ir_text"]


def _preprocess(text: str, filename: str, defines, include_dirs, files_seen=None):
    """(runtime library, program) preprocessed; ``files_seen`` collects the files
    both looked for (Preprocessor.files_seen)."""
    try:
        program = Preprocessor(defines, include_dirs)
        user = program.run(Path(filename), text)
        runtime_defines = dict(defines or {}, __TINYEXEC_RUNTIME__="1")
        own = own_text(user)
        if _floating().search(own):
            runtime_defines["__TINYEXEC_FLOAT__"] = "1"
        if _extra().search(own):
            runtime_defines["__TINYEXEC_EXTRA__"] = "1"
        library = Preprocessor(runtime_defines, include_dirs)
        runtime = library.run(LIBC / "libc.c")
    except PreprocessError as e:
        raise CompileError(e.filename, e.line, e.col, e.message) from None
    if files_seen is not None:
        files_seen.update(program.files_seen)
        files_seen.update(library.files_seen)
    return runtime, user


# What makes a program need the floating-point part of the runtime
# (libc/floating.c): its own text naming a floating type, holding a floating
# constant or gcc's INFINITY/NAN/HUGE_VAL builtins, or calling a library
# function that takes or returns a double, or gcc's __builtin_ spelling of one
# (read from the headers' own declarations, as ``_extra`` reads extra.c).
# That part is most of the runtime's text, and parsing it takes about a
# second, so a program with none of these is compiled without it.  A false
# alarm (a "1.5" in a string) only costs time.
_FLOATING_CONSTANT = r"(?<![\w.])(?:\d+\.\d*|\.\d+|\d+[eE][-+]?\d|0[xX][0-9a-fA-F.]*[pP])"


@lru_cache(maxsize=None)
def _floating():
    names = {name for header in ("math.h", "stdlib.h")
             for line in read_source(LIBC / header).splitlines()
             if re.search(r"\b(?:double|float)\b", line) for name in _DEFINED.findall(line)}
    return re.compile(r"\b(?:float|double|__builtin_(?:inf|nan|huge_val)f?|(?:__builtin_)?(?:"
                      + "|".join(sorted(names)) + r"))\b|" + _FLOATING_CONSTANT)


_LINE_MARKER = re.compile(r'# \d+ "(.*)"$')
# A function definition at the start of a line of the runtime's C: its name
_DEFINED = re.compile(r"^(?!static\b)[A-Za-z_][\w \t*]*?\b(\w+)\(", re.M)


@lru_cache(maxsize=None)
def _extra():
    """What makes a program need the less used part of the runtime
    (libc/extra.c): naming one of the functions it defines, or gcc's __builtin_
    of one (errno is a call of __errno_location), read from the file itself."""
    names = _DEFINED.findall(read_source(LIBC / "extra.c"))
    return re.compile(r"\b(?:__builtin_)?(?:" + "|".join(sorted(set(names))) + r")\b")


# a program that registers exit handlers: exit() and main's return run them
_ATEXIT = re.compile(r"\batexit\b")


def own_text(preprocessed: str) -> str:
    """A program's preprocessed text without the lines that come from the
    shipped headers."""
    own, keep = [], True
    for line in preprocessed.split("\n"):
        marker = _LINE_MARKER.match(line)
        if marker:
            keep = Path(unquote(marker.group(1))).parent != LIBC
        elif keep:
            own.append(line)
    return "\n".join(own)


def uses_floating(preprocessed: str) -> bool:
    """Does a program's preprocessed text, without the lines that come from the
    shipped headers, mention floating point?"""
    return _floating().search(own_text(preprocessed)) is not None


NESTING_FRAMES = 100_000      # Python frames the parser and the compiler may nest
NESTING_STACK = 512 << 20     # bytes of C stack for them


def _deeply(work):
    """``work()`` in a thread with room for deeply nested programs (the parser and
    the IR builder recurse once or more per level); a program nested deeper
    than that is an error, not a crash."""
    import sys
    import threading
    result = {}

    def run():
        try:
            result["value"] = work()
        except BaseException as e:          # handed to the caller's thread
            result["error"] = e

    limit = sys.getrecursionlimit()
    old_stack = threading.stack_size(NESTING_STACK)
    sys.setrecursionlimit(NESTING_FRAMES)
    try:
        worker = threading.Thread(target=run)
        worker.start()
        worker.join()
    finally:
        sys.setrecursionlimit(limit)
        threading.stack_size(old_stack)
    if "error" in result:
        raise result["error"]
    return result["value"]


def _translate(runtime: str, user: str, filename: str, defines, include_dirs, files_seen=None):
    """(unit, optimized IR functions) of a program."""
    return _deeply(lambda: _translate_here(runtime, user, filename, defines, include_dirs,
                                           {} if files_seen is None else files_seen))


def _translate_here(runtime: str, user: str, filename: str, defines, include_dirs, files_seen):
    from . import optimize
    from .parse import parse
    from .unit import Unit, in_runtime
    ast = parse(runtime + user, filename)
    defined = {ext.decl.name for ext in ast.ext
               if type(ext).__name__ == "FuncDef" and not in_runtime(ext, LIBC)}
    entry = "main"
    if "main" not in defined and "compute" in defined:
        convention = Preprocessor(defines, include_dirs)
        ast.ext += parse(convention.run(LIBC / "compute.c"), filename).ext
        files_seen.update(convention.files_seen)
        entry = "__compute_main"
    unit = Unit(filename, LIBC)
    unit.exit_handlers = _ATEXIT.search(own_text(user)) is not None
    try:
        unit.translation_unit(ast)
        functions = unit.build(entry)
        optimize.optimize(functions)
    except RecursionError:
        raise CompileError(filename, 1, 1, "program nested too deeply (more than the "
                                           "compiler's recursion limit)") from None
    return unit, functions


def _generate(unit, functions, filename) -> m.Program:
    from . import codegen, lower, optimize, regalloc
    emitted = []
    for name, fn in functions.items():
        lower.calling_convention(fn, filename)
        lower.legalize(fn)
        optimize.hoist_constants(fn)
        slots = regalloc.allocate(fn, filename)
        emitted.append((name, codegen.generate(fn, slots)))
    sp = unit.scope.names["__sp"].at
    externs = {name: var.at for name, var in unit.scope.names.items()
               if getattr(var, "where", None) == "global"}
    return codegen.link(emitted, unit.data, unit.runtime, sp, externs, filename)


def compile_source(text: str, filename: str = "<input>", defines=None,
                   include_dirs=(), cache: Path | None = None) -> m.Program:
    """Compile C source text (with the runtime library) into a linked VM program.

    ``cache``: a directory of compiled programs (the command line uses one:
    compiling the runtime library is most of a small program's start-up).  An
    entry is keyed by the text, the file name, the -D macros, the -I
    directories, the runtime library's directory (another installation has
    its own entries) and the compiler's own sources, and holds the files the
    preprocessor looked for; it is used only while each of those is still
    there with the same text, and each one it did not find is still missing."""
    if not isinstance(text, str):
        raise TypeError(f"the source must be text (str), not {type(text).__name__}")
    files_seen: dict = {}

    def compile_it():
        runtime, user = _preprocess(text, filename, defines, include_dirs, files_seen)
        unit, functions = _translate(runtime, user, filename, defines, include_dirs, files_seen)
        return _generate(unit, functions, filename)

    if cache is None:
        return compile_it()
    h = hashlib.sha256()
    for part in (text, filename, repr(sorted((defines or {}).items())),
                 repr([str(d) for d in include_dirs]), str(LIBC)):
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    for source in (sorted(Path(__file__).parent.glob("*.py"))
                   + [Path(m.__file__), Path(preprocess.__file__)]):
        h.update(source.read_bytes())
    return _cached(cache, h.hexdigest()[:24], compile_it, files_seen, filename)


def compile_file(path, defines=None, include_dirs=(), cache: Path | None = None) -> m.Program:
    path = Path(path)
    return compile_source(path.read_text("utf-8", "surrogateescape"), str(path), defines,
                          include_dirs, cache)


def ir_text(text: str, filename: str = "<input>", defines=None, include_dirs=()) -> str:
    """The optimized IR of the program's own functions (what ``compile --ir`` shows)."""
    from .unit import in_runtime
    runtime, user = _preprocess(text, filename, defines, include_dirs)
    unit, functions = _translate(runtime, user, filename, defines, include_dirs)
    shown = [fn.text() for name, fn in functions.items()
             if name == "__start" or not in_runtime(unit.functions[name].node, LIBC)]
    return "\n\n".join(shown) + "\n"


def listing(program: m.Program) -> str:
    """The VM code, one instruction per line, with source line and function markers."""
    from ..asm import format_instr
    starts = dict(program.functions)
    lines, last = [], None
    for i, ins in enumerate(program.code):
        index = m.FIRST_INSTR + i
        if index in starts:
            lines.append(f"{starts[index]}:")
            last = None
        ln = program.lines[i] if i < len(program.lines) else 0
        if ln and ln != last:
            lines.append(f"; {program.filename}:{ln}")
            last = ln
        lines.append(f"{index:7d}  {format_instr(ins)}")
    lines.append(f"; {len(program.code)} instructions, {len(program.data)} data bytes, "
                 f"{program.code_end + len(program.data) + 1} prompt tokens before argv and stdin")
    return "\n".join(lines) + "\n"


# ---- the program cache: JSON, validated on load (never code that runs) ----------------
CACHE_ENTRIES = 64        # compiled programs kept in a cache directory


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def _to_json(p: m.Program, files_seen: dict) -> str:
    return json.dumps({"format": 3, "code": [[i.op, i.d, i.a, i.b, i.imm] for i in p.code],
                       "data": p.data.hex(), "lines": p.lines, "filename": p.filename,
                       "args_addr": p.args_addr, "functions": p.functions,
                       "files": {path: None if text is None else _text_hash(text)
                                 for path, text in files_seen.items()}})


def _unchanged(files) -> bool:
    """Is every file the preprocessor read still there with the same text, and
    every one it looked for in vain still missing?"""
    if not isinstance(files, dict):
        return False
    for path, digest in files.items():
        try:
            if digest is None:
                if Path(path).is_file():
                    return False
            elif _text_hash(read_source(path)) != digest:
                return False
        except (OSError, PreprocessError):
            return False
    return True


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _from_json(text: str, filename: str) -> m.Program:
    """A Program from the cache, or ValueError if the text is not a valid one
    (every field within what the compiler can produce) or the files it was
    made from have changed."""
    d = json.loads(text)
    if not isinstance(d, dict) or d.get("format") != 3:
        raise ValueError("not a tinyexec program")
    if not _unchanged(d.get("files")):
        raise ValueError("its sources changed")
    code = d["code"]
    if not isinstance(code, list) or not 0 < len(code) <= m.MAX_CODE or not all(
            isinstance(i, list) and len(i) == 5 and all(type(x) is int for x in i)
            and 0 <= i[0] < m.NUM_OPS and all(0 <= x < 256 for x in i[1:4])
            and 0 <= i[4] < 1 << 32 for i in code):
        raise ValueError("bad code")
    lines, functions, data = d["lines"], d["functions"], bytes.fromhex(d["data"])
    code_end = m.CODE_START + m.INSTR_WIDTH * len(code)
    first, last = m.FIRST_INSTR, m.FIRST_INSTR + len(code)
    if not (isinstance(lines, list) and len(lines) <= len(code)
            and all(type(x) is int and 0 <= x < 1 << 31 for x in lines)
            and isinstance(functions, list)
            and all(isinstance(f, list) and len(f) == 2 and type(f[0]) is int
                    and first <= f[0] < last and isinstance(f[1], str) and _NAME.match(f[1])
                    for f in functions)
            and len(data) < m.MAX_PROMPT and d["filename"] == filename
            and type(d["args_addr"]) is int
            and code_end <= d["args_addr"] <= code_end + len(data) - 20):   # five words
        raise ValueError("bad program")
    return m.Program(code=[m.Instr(*i) for i in code], data=data, lines=lines,
                     filename=filename, args_addr=d["args_addr"],
                     functions=[tuple(f) for f in functions])


def _cached(cache: Path, key: str, compile_it, files_seen: dict, filename: str) -> m.Program:
    """The program stored under ``key`` in ``cache``, else ``compile_it()``, stored
    (the oldest entries beyond CACHE_ENTRIES are dropped; a cache entry that
    cannot be read or is not a valid program is compiled again)."""
    path = cache / f"{key}.json"
    try:
        return _from_json(read_regular(path).decode("utf-8"), filename)
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        pass
    program = compile_it()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        write_atomically(path, _to_json(program, files_seen).encode())
        for old in sorted(cache.glob("*.json"), key=lambda p: p.stat().st_mtime)[:-CACHE_ENTRIES]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
    return program

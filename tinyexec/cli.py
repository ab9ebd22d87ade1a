"""The ``tinyexec`` command line.

Every error the user can cause ends in one line on stderr (a usage error adds a
second line, a hint at ``--help``) and exit status 2; a run's own exit status is
the program's.  The statuses tinyexec adds are the EXIT_* constants below.
"""
from __future__ import annotations

import errno
import io
import os
import re
import shutil
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

try:                            # typer >= 0.26 carries its own copy of click
    from typer._click.exceptions import UsageError
except ImportError:
    from click.exceptions import UsageError


EXIT_USAGE = 2                  # a usage or compile error
EXIT_OUTPUT = 74                # stdout cannot be written (closed, full): sysexits.h EX_IOERR
EXIT_MAX_TOKENS = 124           # like timeout(1): stopped by --max-tokens
EXIT_FAULT = 125                # the program faulted (bad memory access, ...)
EXIT_INTERRUPTED = 130          # Ctrl-C, as for a shell's child killed by SIGINT
CHUNK = 1 << 15
# the defaults of `run` and `trace`, and of the fast path `run FILE ARGS` that skips typer
DEFAULT_ENGINE, DEFAULT_ATTENTION = "transformer", "sorted"
_MACRO_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")


def _say(line: str) -> None:
    """One line on stderr.  A file name that is not UTF-8 keeps its own bytes
    (as gcc prints it), not Python's ``\\udcff``.  With stderr closed or broken
    the line is lost: there is nowhere else to say it."""
    if sys.stderr is None:
        return
    line = line.rstrip("\n") + "\n"
    try:
        sys.stderr.flush()
        buffer = getattr(sys.stderr, "buffer", None)
        if buffer is None:
            sys.stderr.write(line)
        else:
            buffer.write(line.encode("utf-8", "surrogateescape"))
            buffer.flush()
    except UnicodeEncodeError:
        sys.stderr.write(line)
        sys.stderr.flush()
    except OSError:
        pass


def _fail(message: str, code: int = EXIT_USAGE):
    _say(message)
    raise typer.Exit(code)


class _Commands(typer.core.TyperGroup):
    """The commands, each with one line for a Ctrl-C that its own code does not
    catch (while it compiles, say): typer >= 0.26 would end it with status 130
    and nothing said."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _fail("tinyexec: interrupted", EXIT_INTERRUPTED)


app = typer.Typer(cls=_Commands, add_completion=False, pretty_exceptions_enable=False,
                  help="Run C programs inside a transformer with computed weights.")


def _check_choice(option: str, value: str, choices) -> None:
    if value not in choices:
        raise typer.BadParameter(f"'{value}' is not one of {', '.join(choices)}",
                                 param_hint=f"'{option}'")


def _compile(path: Path, defines=(), include_dirs=(), ir: bool = False):
    """The compiled program (with ``ir``: the text of its optimized IR)."""
    from .compiler import CompileError, compile_source, ir_text
    from .model.weights import cache_dir
    from .preprocess import PreprocessError, read_source
    if str(path).startswith("-") and not path.exists():
        # options tinyexec does not know go to the program, but only after FILE
        raise UsageError(f"No such option: {path}")     # click adds the command's context
    macros = {}
    for d in defines or ():
        name, _, value = d.partition("=")
        if not _MACRO_NAME.match(name):
            _fail(f"tinyexec: error: -D expects NAME or NAME=VALUE, got '{d}'")
        macros[name] = value or "1"
    try:
        # read here rather than by compile_file: /dev/stdin and pipes are sources too
        text = read_source(path)
        if ir:
            return ir_text(text, str(path), macros, include_dirs or ())
        return compile_source(text, str(path), macros, include_dirs or (),
                              cache=cache_dir() / "programs")
    except OSError as e:
        _fail(f"tinyexec: error: cannot open '{path}': {e.strerror or e}")
    except PreprocessError as e:
        _fail(f"{e.filename}:{e.line}:{e.col}: error: {e.message}")
    except CompileError as e:
        _fail(str(e))


def _load_weights(path: Path):
    from .model.weights import Weights, WeightsError
    try:
        return Weights.load(path)
    except WeightsError as e:
        _fail(f"tinyexec: error: cannot load weights from '{path}': {e}")


MAX_INPUT = 1 << 24             # 4 x the machine's memory: a read of /dev/zero must end


def _read_stdin(path: Optional[Path]) -> bytes:
    """The program's stdin: ``--stdin FILE`` (``-`` is our own stdin), else our
    stdin unless it is a terminal.  A closed stdin reads as empty, as C sees EOF."""
    if path is not None and str(path) != "-":
        try:
            with open(path, "rb") as f:
                return f.read(MAX_INPUT)
        except OSError as e:
            _fail(f"tinyexec: error: cannot read '{path}': {e.strerror or e}")
    if sys.stdin is None or (path is None and sys.stdin.isatty()):
        return b""
    try:
        return sys.stdin.buffer.read(MAX_INPUT)
    except (OSError, ValueError):
        return b""


def _start(program, args, stdin: bytes, engine: str, attention: str):
    from .runner import Run
    try:
        # the program's arguments as the bytes we were given, even those not UTF-8
        return Run(program, [os.fsencode(a) for a in args or ()], stdin, engine, attention)
    except ValueError as e:                  # the program and its input do not fit the machine
        _fail(f"tinyexec: error: {e}")


def _stop_message(r) -> Optional[str]:
    """The line for a run that the machine stopped (a fault), if it did."""
    if r.fault:
        return f"tinyexec: error: the program stopped: {r.fault}"
    if r.error:
        return f"tinyexec: error: {r.error}"
    return None


def _lost_output(r, e: OSError) -> None:
    """stdout failed: the run stops there (main() says why, status 74), but a
    fault it had already come to, in the chunk whose output failed, is said
    first rather than lost.  A reader that went away (``| head``) hears nothing."""
    if not isinstance(e, BrokenPipeError) and _stop_message(r):
        _say(_stop_message(r))


def _exit_like_the_program(r):
    if _stop_message(r):
        _fail(_stop_message(r), EXIT_FAULT)
    if r.exit_code is None:
        _fail(f"tinyexec: stopped after {r.generated:,} generated tokens (--max-tokens)",
              EXIT_MAX_TOKENS)
    raise typer.Exit(r.exit_code & 255)


class _StatusLine:
    """The live ``[tokens, tok/s]`` line of ``run`` when stderr is a terminal.

    The program's own output shares that terminal, so the status line must never
    overwrite or split it.  It is drawn only while the cursor is at the start of
    a line, that is while everything the program wrote to the terminal ended in a
    newline, and erased (carriage return, clear line) before the program writes
    again.  A program in the middle of a line ("Computing: ") shows no status
    until it finishes that line.
    """

    def __init__(self, stdout_is_terminal: bool):
        self.stdout_is_terminal = stdout_is_terminal
        self.at_line_start = True
        self.shown = False
        self.drawn_at = float("-inf")

    def before_output(self, stdout_data: bytes, stderr_data: bytes) -> None:
        """Erase the status line before the program's output goes out (stdout's
        first, then stderr's), and note whether that output, where it reaches
        the terminal, leaves the cursor at the start of a line."""
        for data, to_terminal in ((stdout_data, self.stdout_is_terminal), (stderr_data, True)):
            if data and to_terminal:
                self.erase()
                self.at_line_start = data.endswith(b"\n")

    def draw(self, text: str) -> None:
        now = time.perf_counter()
        if not self.at_line_start or now - self.drawn_at < 0.2:
            return
        self.drawn_at = now
        width = shutil.get_terminal_size().columns - 1     # a wrapped line could not be erased
        self._emit("\r\033[2K" + text[:width])
        self.shown = True

    def erase(self) -> None:
        if self.shown:
            self._emit("\r\033[2K")
            self.shown = False

    @staticmethod
    def _emit(text: str) -> None:
        try:
            sys.stderr.write(text)
            sys.stderr.flush()
        except OSError:
            pass


def _write_program_stderr(data: bytes) -> None:
    """What the program wrote to its stderr.  A closed or full stderr loses it,
    as it would for a C program, which does not check either."""
    if sys.stderr is None:
        return
    try:
        sys.stderr.buffer.write(data)
        sys.stderr.flush()
    except OSError:
        pass


def _stream(r, max_tokens: Optional[int], stats: bool, start: float) -> None:
    """Advance ``r`` to its end (or ``max_tokens``), writing what the program
    prints as it is generated, with a status line on a terminal."""
    out = sys.stdout.buffer
    status = _StatusLine(sys.stdout.isatty()) if sys.stderr is not None and sys.stderr.isatty() \
        else None
    budget = max_tokens if max_tokens is not None else float("inf")
    try:
        while not r.finished and r.generated < budget:
            printed = r.advance(int(min(CHUNK, budget - r.generated)))
            if status:
                status.before_output(printed, r.new_stderr)
            if printed:
                out.write(printed)
                out.flush()
            if r.new_stderr:
                _write_program_stderr(r.new_stderr)
            if status:
                secs = max(r.seconds, 1e-9)
                extra = (f", {r.instructions / secs:,.0f} instr/s, "
                         f"{r.stdout.count(10) / (time.perf_counter() - start):,.1f} lines/s") \
                    if stats else ""
                status.draw(f"[{r.generated:,} tokens, {r.generated / secs:,.0f} tok/s{extra}]")
    finally:
        if status:
            status.erase()


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def run(
    file: Path = typer.Argument(..., help="C source file"),
    args: Optional[List[str]] = typer.Argument(None, help="arguments passed to main"),
    stdin: Optional[Path] = typer.Option(None, "--stdin", help="file fed to getchar(), - for stdin "
                                         "(default: piped stdin, if any)"),
    stats: bool = typer.Option(False, "--stats", help="print token and speed figures to stderr"),
    engine: str = typer.Option(DEFAULT_ENGINE, "--engine", help="transformer | reference"),
    attention: str = typer.Option(DEFAULT_ATTENTION, "--attention", help="sorted | linear"),
    max_tokens: Optional[int] = typer.Option(None, "--max-tokens", min=1,
                                             help="stop after N generated tokens"),
    define: Optional[List[str]] = typer.Option(None, "-D", help="define a macro: NAME or NAME=VALUE"),
    include: Optional[List[Path]] = typer.Option(None, "-I", help="add a directory for #include"),
):
    """Compile FILE and run it; its output is streamed as the model generates it."""
    _run(file, args, stdin, stats, engine, attention, max_tokens, define, include)


def _run(file: Path, args, stdin=None, stats=False, engine=DEFAULT_ENGINE,
         attention=DEFAULT_ATTENTION, max_tokens=None, define=None, include=None):
    from .runner import ATTENTIONS, ENGINES
    _check_choice("--engine", engine, ENGINES)
    _check_choice("--attention", attention, ATTENTIONS)
    program = _compile(file, define, include)
    r = _start(program, args, _read_stdin(stdin), engine, attention)
    start = time.perf_counter()
    try:
        _stream(r, max_tokens, stats, start)
    except KeyboardInterrupt:
        _fail(f"tinyexec: interrupted after {r.generated:,} tokens", EXIT_INTERRUPTED)
    except OSError as e:
        _lost_output(r, e)
        raise
    wall = time.perf_counter() - start
    if stats:
        res = r.result()
        lines = res.stdout.count(b"\n")
        _say(f"tinyexec: {engine}{'+' + attention if engine == 'transformer' else ''}: "
             f"{res.prompt_tokens:,} prompt tokens, {res.generated_tokens:,} generated tokens, "
             f"{res.instructions:,} instructions, {wall:.2f} s, "
             f"{res.tokens_per_second:,.0f} tok/s, {lines / max(wall, 1e-9):,.1f} output lines/s")
    _exit_like_the_program(r)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def trace(
    file: Path = typer.Argument(..., help="C source file"),
    args: Optional[List[str]] = typer.Argument(None, help="arguments passed to main"),
    stdin: Optional[Path] = typer.Option(None, "--stdin",
                                         help="file fed to getchar(), - for stdin"),
    engine: str = typer.Option(DEFAULT_ENGINE, "--engine", help="transformer | reference"),
    attention: str = typer.Option(DEFAULT_ATTENTION, "--attention", help="sorted | linear"),
    max_tokens: Optional[int] = typer.Option(None, "--max-tokens", min=1,
                                             help="stop after N generated tokens"),
    from_step: int = typer.Option(0, "--from-step", min=0, help="first step shown"),
    until_step: Optional[int] = typer.Option(None, "--until-step", min=0, help="last step shown"),
    every: int = typer.Option(1, "--every", min=1, help="show every N-th step"),
    function: Optional[str] = typer.Option(None, "--function", help="only steps of this C function"),
    line: Optional[int] = typer.Option(None, "--line", min=1,
                                       help="only steps of this source line"),
    fmt: str = typer.Option("text", "--format", help="text | jsonl"),
    profile: bool = typer.Option(False, "--profile", help="instructions and tokens per function "
                                                          "and line at the end (stderr)"),
    define: Optional[List[str]] = typer.Option(None, "-D", help="define a macro: NAME or NAME=VALUE"),
    include: Optional[List[Path]] = typer.Option(None, "-I", help="add a directory for #include"),
):
    """Run FILE and print one line per executed instruction: source line, function,
    instruction, values read and written, and the tokens behind it."""
    import json

    from .runner import ATTENTIONS, ENGINES
    from .trace import Profile, StepDecoder
    _check_choice("--engine", engine, ENGINES)
    _check_choice("--attention", attention, ATTENTIONS)
    _check_choice("--format", fmt, ("text", "jsonl"))
    program = _compile(file, define, include)
    r = _start(program, args, _read_stdin(stdin), engine, attention)
    decoder, prof = StepDecoder(program), Profile(str(file))
    budget = max_tokens if max_tokens is not None else float("inf")
    out = sys.stdout
    until_reached = False
    try:
        while not r.finished and r.generated < budget and not until_reached:
            r.advance(int(min(CHUNK, budget - r.generated)))
            for s in decoder.feed(r.new_tokens):
                if profile:
                    prof.add(s)
                if s.index < from_step or (until_step is not None and s.index > until_step) \
                        or (s.index - from_step) % every or (function and s.function != function) \
                        or (line is not None and s.line != line):
                    continue
                out.write((json.dumps(s.as_dict()) if fmt == "jsonl" else s.text(str(file))) + "\n")
            until_reached = until_step is not None and decoder.index > until_step and not profile
        out.flush()
    except KeyboardInterrupt:
        _fail(f"tinyexec: interrupted after {r.generated:,} tokens", EXIT_INTERRUPTED)
    except OSError as e:
        _lost_output(r, e)
        raise
    if profile:
        _say(prof.render())
    if until_reached:                  # stopped where asked, not by --max-tokens
        raise typer.Exit(0)
    _exit_like_the_program(r)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def check(
    file: Path = typer.Argument(..., help="C source file"),
    args: Optional[List[str]] = typer.Argument(None, help="arguments passed to main"),
    stdin: Optional[Path] = typer.Option(None, "--stdin",
                                         help="file fed to getchar(), - for stdin"),
    weights: Optional[Path] = typer.Option(None, "--weights", help="weights .npz to check "
                                           "(default: the built-in ones)"),
    max_tokens: Optional[int] = typer.Option(None, "--max-tokens", min=1,
                                             help="check at most N tokens"),
):
    """Run the transformer and the reference side by side; report the first token
    where they differ, its instruction and source line, and the first attention
    head whose output differs from the built-in model's dense attention."""
    import numpy as np

    from .diverge import first_divergence
    from .model import weights as weights_mod
    program = _compile(file)
    w = None
    if weights is not None:
        w = _load_weights(weights)
        built = weights_mod.load_default()
        # check compares values with the built-in model's: the layout must be its own
        if any(np.shape(a) != np.shape(b) for a, b in zip(w.arrays().values(),
                                                         built.arrays().values())) \
                or w.n_layers != built.n_layers or not np.array_equal(w.vocab, built.vocab):
            _fail(f"tinyexec: error: '{weights}' does not have the layout of the built-in "
                  f"weights (see 'tinyexec inspect')")
    try:
        report = first_divergence(program, [os.fsencode(a) for a in args or ()],
                                  _read_stdin(stdin), w, max_tokens)
    except ValueError as e:                  # the program and its input do not fit the machine
        _fail(f"tinyexec: error: {e}")
    typer.echo(report.text(str(file)))
    raise typer.Exit(0 if report.agree else 1)


@app.command()
def build(output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                help="where to write the .npz "
                                                     "(default: the weights cache)")):
    """Build the transformer's weights and save them (vocabulary included) to one .npz."""
    from .model import weights
    t0 = time.perf_counter()
    w = weights.build()
    path = output or weights.default_path()
    try:
        if output is None:             # the cache directory is ours to make; a -o path is not
            path.parent.mkdir(parents=True, exist_ok=True)
        w.save(path)
    except OSError as e:
        _fail(f"tinyexec: error: cannot write '{path}': {e.strerror or e}")
    typer.echo(f"wrote {path} ({w.n_layers} layers, d_model {w.d_model}, "
               f"{len(w.head_kind)} heads) in {time.perf_counter() - t0:.2f} s")


@app.command()
def inspect(path: Optional[Path] = typer.Argument(None, help="weights .npz (default: built-in)")):
    """Print vocabulary size, d_model, layers, heads, d_ffn and non-zeros per matrix."""
    from .model import weights
    w = weights.load_default() if path is None else _load_weights(path)
    for name, value in w.summary():
        typer.echo(f"{name:>12}  {value}")


@app.command()
def compile(file: Path = typer.Argument(..., help="C source file"),
    ir: bool = typer.Option(False, "--ir", help="print the optimized intermediate "
                                                 "representation of the program's functions"),
    define: Optional[List[str]] = typer.Option(None, "-D", help="define a macro: NAME or NAME=VALUE"),
    include: Optional[List[Path]] = typer.Option(None, "-I", help="add a directory for #include"),
):
    """Print the VM listing of FILE with source line and function markers (or its IR)."""
    from .compiler import listing
    if ir:
        typer.echo(_compile(file, define, include, ir=True), nl=False)
        return
    typer.echo(listing(_compile(file, define, include)), nl=False)


class _ClosedStream(io.RawIOBase):
    """Stands in for a standard output whose descriptor was closed before we
    started (Python then sets sys.stdout to None): a write fails with EBADF, as
    a C program's write(2) would."""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError(errno.EBADF, "Bad file descriptor")


def _plain_run(argv) -> bool:
    """``run FILE [ARG...]`` with no option anywhere: the form most runs take."""
    return len(argv) >= 2 and argv[0] == "run" and not any(a.startswith("-") for a in argv[1:])


def main():
    if sys.stdout is None:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedStream()))
    argv = sys.argv[1:]
    try:
        if _plain_run(argv):
            # the same command with its defaults, without typer's parsing, which
            # costs a quarter of a small program's start-up (it imports pydantic)
            try:
                _run(Path(argv[1]), argv[2:])
                status = 0
            except typer.Exit as e:
                status = e.exit_code
            except KeyboardInterrupt:
                _say("tinyexec: interrupted")
                status = EXIT_INTERRUPTED
        else:
            # standalone_mode=False: click's usage errors come here to be put on one
            # line; a typer.Exit(n) is returned as n
            status = typer.main.get_command(app).main(argv or ["--help"], standalone_mode=False)
    except (KeyboardInterrupt, typer.Abort):    # click may turn a Ctrl-C into Abort
        _say("tinyexec: interrupted")
        status = EXIT_INTERRUPTED
    except UsageError as e:
        message = e.format_message().rstrip(".")
        _say(f"tinyexec: error: {message[:1].lower()}{message[1:]}")
        _say(f"try '{e.ctx.command_path if e.ctx else 'tinyexec'} --help'")
        status = EXIT_USAGE
    except BrokenPipeError:
        # the reader of stdout went away (| head): end quietly, as typer's commands do
        sys.stdout = None              # its unwritten rest must not fail again at exit
        status = 1
    except OSError as e:
        # the commands guard every file they read or write: what is left is stdout
        _say(f"tinyexec: error: cannot write to stdout: {e.strerror or e}")
        sys.stdout = None              # its unwritten rest must not fail again at exit
        status = EXIT_OUTPUT
    sys.exit(status)


if __name__ == "__main__":
    main()

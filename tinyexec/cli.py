"""The ``tinyexec`` command line.

Every error the user can cause ends in one line on stderr and exit status 2;
a run's own exit status is the program's.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  pretty_exceptions_enable=False,
                  help="Run C programs inside a transformer with computed weights.")

EXIT_USAGE = 2
EXIT_MAX_TOKENS = 124           # like timeout(1): stopped by --max-tokens
EXIT_FAULT = 125                # the program faulted (bad memory access, ...)
CHUNK = 1 << 15


def _fail(message: str, code: int = EXIT_USAGE):
    sys.stderr.write(message.rstrip("\n") + "\n")
    raise typer.Exit(code)


def _compile(path: Path, defines=(), include_dirs=()):
    from .compiler import CompileError, compile_file
    from .model.weights import cache_dir
    if not path.is_file():
        _fail(f"tinyexec: error: cannot open '{path}': "
              f"{'is a directory' if path.is_dir() else 'no such file'}")
    macros = {}
    for d in defines or ():
        name, _, value = d.partition("=")
        if not name.isidentifier():
            _fail(f"tinyexec: error: -D expects NAME or NAME=VALUE, got '{d}'")
        macros[name] = value or "1"
    try:
        return compile_file(path, macros, include_dirs or (), cache=cache_dir() / "programs")
    except CompileError as e:
        _fail(str(e))
    except (OSError, UnicodeDecodeError) as e:
        _fail(f"tinyexec: error: cannot read '{path}': {e}")


def _load_weights(path: Path):
    from .model.weights import Weights, WeightsError
    try:
        return Weights.load(path)
    except WeightsError as e:
        _fail(f"tinyexec: error: cannot load weights from '{path}': {e}")


def _read_stdin(path: Optional[Path]) -> bytes:
    """The program's stdin: ``--stdin FILE``, else whatever is piped in."""
    if path is not None:
        try:
            return path.read_bytes()
        except OSError as e:
            _fail(f"tinyexec: error: cannot read '{path}': {e.strerror or e}")
    if sys.stdin.isatty():
        return b""
    try:
        return sys.stdin.buffer.read()
    except (OSError, ValueError):
        return b""


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def run(
    file: Path = typer.Argument(..., help="C source file"),
    args: Optional[List[str]] = typer.Argument(None, help="arguments passed to main"),
    stdin: Optional[Path] = typer.Option(None, "--stdin", help="file fed to getchar() "
                                         "(default: piped stdin, if any)"),
    stats: bool = typer.Option(False, "--stats", help="print token and speed figures to stderr"),
    engine: str = typer.Option("transformer", "--engine", help="transformer | reference"),
    attention: str = typer.Option("sorted", "--attention", help="sorted | linear"),
    max_tokens: Optional[int] = typer.Option(None, "--max-tokens", help="stop after N generated tokens"),
    define: Optional[List[str]] = typer.Option(None, "-D", help="define a macro: NAME or NAME=VALUE"),
    include: Optional[List[Path]] = typer.Option(None, "-I", help="add a directory for #include"),
):
    """Compile FILE and run it; its output is streamed as the model generates it."""
    from .runner import ATTENTIONS, ENGINES, Run
    if engine not in ENGINES:
        _fail(f"tinyexec: error: --engine must be one of: {', '.join(ENGINES)}")
    if attention not in ATTENTIONS:
        _fail(f"tinyexec: error: --attention must be one of: {', '.join(ATTENTIONS)}")
    if max_tokens is not None and max_tokens < 1:
        _fail("tinyexec: error: --max-tokens must be positive")
    program = _compile(file, define, include)
    r = Run(program, args or [], _read_stdin(stdin), engine, attention)
    out = sys.stdout.buffer
    live = sys.stderr.isatty()
    budget = max_tokens if max_tokens is not None else float("inf")
    start = time.perf_counter()
    last_status = 0.0
    try:
        while not r.finished and r.generated < budget:
            printed = r.advance(int(min(CHUNK, budget - r.generated)))
            if printed:
                out.write(printed)
                out.flush()
            if r.new_stderr:
                sys.stderr.buffer.write(r.new_stderr)
                sys.stderr.flush()
            now = time.perf_counter()
            if live and now - last_status > 0.2:
                last_status = now
                secs = max(r.seconds, 1e-9)
                extra = (f", {r.instructions / secs:,.0f} instr/s, "
                         f"{r.stdout.count(10) / (now - start):,.1f} lines/s") if stats else ""
                sys.stderr.write(f"\r\033[2K[{r.generated:,} tokens, "
                                 f"{r.generated / secs:,.0f} tok/s{extra}]")
                sys.stderr.flush()
    except RuntimeError as e:
        if live:
            sys.stderr.write("\r\033[2K")
        _fail(f"tinyexec: error: {e}", EXIT_FAULT)
    except KeyboardInterrupt:
        if live:
            sys.stderr.write("\r\033[2K")
        _fail(f"tinyexec: interrupted after {r.generated:,} tokens", 130)
    if live:
        sys.stderr.write("\r\033[2K")
        sys.stderr.flush()
    wall = time.perf_counter() - start
    if stats:
        res = r.result()
        lines = res.stdout.count(b"\n")
        sys.stderr.write(
            f"tinyexec: {engine}{'+' + attention if engine == 'transformer' else ''}: "
            f"{res.prompt_tokens:,} prompt tokens, {res.generated_tokens:,} generated tokens, "
            f"{res.instructions:,} instructions, {wall:.2f} s, "
            f"{res.tokens_per_second:,.0f} tok/s, {lines / max(wall, 1e-9):,.1f} output lines/s\n")
    if r.fault:
        _fail(f"tinyexec: error: the program stopped: {r.fault}", EXIT_FAULT)
    if r.exit_code is None:
        _fail(f"tinyexec: stopped after {r.generated:,} generated tokens (--max-tokens)",
              EXIT_MAX_TOKENS)
    raise typer.Exit(r.exit_code & 255)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def trace(
    file: Path = typer.Argument(..., help="C source file"),
    args: Optional[List[str]] = typer.Argument(None, help="arguments passed to main"),
    stdin: Optional[Path] = typer.Option(None, "--stdin", help="file fed to getchar()"),
    engine: str = typer.Option("transformer", "--engine", help="transformer | reference"),
    attention: str = typer.Option("sorted", "--attention", help="sorted | linear"),
    max_tokens: Optional[int] = typer.Option(None, "--max-tokens", help="stop after N generated tokens"),
    from_step: int = typer.Option(0, "--from-step", help="first step shown"),
    until_step: Optional[int] = typer.Option(None, "--until-step", help="last step shown"),
    every: int = typer.Option(1, "--every", help="show every N-th step"),
    function: Optional[str] = typer.Option(None, "--function", help="only steps of this C function"),
    line: Optional[int] = typer.Option(None, "--line", help="only steps of this source line"),
    fmt: str = typer.Option("text", "--format", help="text | jsonl"),
    profile: bool = typer.Option(False, "--profile", help="instructions and tokens per function "
                                                          "and line at the end (stderr)"),
    define: Optional[List[str]] = typer.Option(None, "-D", help="define a macro: NAME or NAME=VALUE"),
    include: Optional[List[Path]] = typer.Option(None, "-I", help="add a directory for #include"),
):
    """Run FILE and print one line per executed instruction: source line, function,
    instruction, values read and written, and the tokens behind it."""
    import json

    from .runner import Run
    from .trace import Profile, StepDecoder
    if fmt not in ("text", "jsonl"):
        _fail("tinyexec: error: --format must be text or jsonl")
    if every < 1:
        _fail("tinyexec: error: --every must be positive")
    program = _compile(file, define, include)
    data = _read_stdin(stdin)
    r = Run(program, args or [], data, engine, attention)
    decoder, prof = StepDecoder(program), Profile(str(file))
    budget = max_tokens if max_tokens is not None else float("inf")
    out = sys.stdout
    try:
        while not r.finished and r.generated < budget:
            r.advance(int(min(CHUNK, budget - r.generated)))
            for s in decoder.feed(r.new_tokens):
                if profile:
                    prof.add(s)
                if s.index < from_step or (until_step is not None and s.index > until_step) \
                        or (s.index - from_step) % every or (function and s.function != function) \
                        or (line is not None and s.line != line):
                    continue
                out.write((json.dumps(s.as_dict()) if fmt == "jsonl" else s.text(str(file))) + "\n")
            if until_step is not None and decoder.index > until_step and not profile:
                break
    except RuntimeError as e:
        _fail(f"tinyexec: error: {e}", EXIT_FAULT)
    out.flush()
    if profile:
        sys.stderr.write(prof.render())
    raise typer.Exit((r.exit_code or 0) & 255)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def check(
    file: Path = typer.Argument(..., help="C source file"),
    args: Optional[List[str]] = typer.Argument(None, help="arguments passed to main"),
    stdin: Optional[Path] = typer.Option(None, "--stdin", help="file fed to getchar()"),
    weights: Optional[Path] = typer.Option(None, "--weights", help="weights .npz to check "
                                           "(default: the built-in ones)"),
    max_tokens: Optional[int] = typer.Option(None, "--max-tokens", help="check at most N tokens"),
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
        report = first_divergence(program, args or [], _read_stdin(stdin), w, max_tokens)
    except RuntimeError as e:
        _fail(f"tinyexec: error: {e}", EXIT_FAULT)
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
    define: Optional[List[str]] = typer.Option(None, "-D", help="define a macro: NAME or NAME=VALUE"),
    include: Optional[List[Path]] = typer.Option(None, "-I", help="add a directory for #include"),
):
    """Print the VM listing of FILE with source line markers."""
    from .compiler import listing
    program = _compile(file, define, include)
    typer.echo(listing(program), nl=False)


def main():
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)


if __name__ == "__main__":
    main()

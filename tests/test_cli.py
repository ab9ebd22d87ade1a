"""The command line: streaming run, exit codes, stats and one-line errors."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent


def tinyexec(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "tinyexec", *map(str, args)],
                          input=stdin, capture_output=True, timeout=600, cwd=ROOT)


def test_run_hello_streams_output_and_exits_zero():
    r = tinyexec("run", "programs/hello.c")
    assert r.returncode == 0
    assert r.stdout == (ROOT / "tests/expected/hello.out").read_bytes()
    assert r.stderr == b""


def test_run_with_args_and_stats_on_both_engines():
    for engine in ("transformer", "reference"):
        r = tinyexec("run", "programs/collatz.c", "7", "--stats", "--engine", engine)
        assert r.returncode == 0
        assert r.stdout == (ROOT / "tests/expected/collatz-7.out").read_bytes()
        assert re.search(rb"generated tokens, [\d,]+ instructions, .* tok/s", r.stderr)


def test_exit_code_and_stdin(tmp_path):
    src = tmp_path / "echo.c"
    src.write_text("#include <stdio.h>\nint main(void) { int c; int n = 0;\n"
                   "  while ((c = getchar()) != -1) { putchar(c); n++; }\n  return n; }\n")
    r = tinyexec("run", src, stdin=b"abc\n")
    assert (r.returncode, r.stdout) == (4, b"abc\n")
    data = tmp_path / "in.txt"
    data.write_bytes(b"xy")
    r = tinyexec("run", src, "--stdin", data)
    assert (r.returncode, r.stdout) == (2, b"xy")


def test_max_tokens_stops_with_a_message():
    r = tinyexec("run", "programs/collatz.c", "--max-tokens", "500")
    assert r.returncode == 124
    assert r.stderr.decode().strip().endswith("(--max-tokens)")
    assert b"Traceback" not in r.stderr


def test_syntax_error_is_one_line_with_position(tmp_path):
    src = tmp_path / "bad.c"
    src.write_text("int main(void) {\n  return 1 +;\n}\n")
    r = tinyexec("run", src)
    assert r.returncode == 2
    line = r.stderr.decode()
    assert line.count("\n") == 1
    assert re.fullmatch(re.escape(str(src)) + r":2:\d+: error: .+\n", line)


def test_missing_file_is_one_line():
    r = tinyexec("run", "no/such/file.c")
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1 and b"Traceback" not in r.stderr


def test_build_and_inspect(tmp_path):
    out = tmp_path / "w.npz"
    assert tinyexec("build", "-o", out).returncode == 0
    r = tinyexec("inspect", out)
    assert r.returncode == 0
    for field in (b"vocabulary", b"d_model", b"layers", b"heads", b"d_ffn", b"non-zeros"):
        assert field in r.stdout


def test_stderr_and_failed_assert(tmp_path):
    src = tmp_path / "a.c"
    src.write_text('#include <stdio.h>\n#include <assert.h>\nint main(void) {\n'
                   '  fprintf(stderr, "warn %d\\n", 1);\n  printf("out\\n");\n'
                   '  assert(1 + 1 == 3);\n  return 0;\n}\n')
    r = tinyexec("run", src)
    assert r.returncode == 134
    assert r.stdout == b"out\n"
    assert r.stderr == f"warn 1\n{src}:6: assertion failed: 1 + 1 == 3\nAborted\n".encode()


def test_compiled_programs_are_cached_until_a_source_changes(tmp_path):
    """A second run reads the compiled program back; editing the source or a header
    it includes, changing a -D macro, or a header appearing earlier on the
    include path (shadowing the one used), compiles again."""
    from tinyexec import compiler
    from tinyexec.reference import run_reference
    from tinyexec.machine import output_bytes, prompt

    def output(*a, **k):
        return output_bytes(run_reference(prompt(compiler.compile_file(*a, **k))))

    (tmp_path / "n.h").write_text("#define N 3\n")
    (tmp_path / "inc").mkdir()
    src = tmp_path / "p.c"
    src.write_text('#include <stdio.h>\n#include "n.h"\n#include <m.h>\n'
                   'int main(void) { printf("%d\\n", N * K + M); return 0; }\n')
    later = tmp_path / "later"
    later.mkdir()
    (later / "m.h").write_text("#define M 0\n")
    cache = tmp_path / "cache"
    dirs = [tmp_path / "inc", later]
    assert output(src, {"K": "2"}, dirs, cache=cache) == b"6\n"
    assert len(list(cache.glob("*.json"))) == 1
    compiled = []
    real = compiler._translate
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(compiler, "_translate", lambda *a: compiled.append(1) or real(*a))
        assert output(src, {"K": "2"}, dirs, cache=cache) == b"6\n"
        assert compiled == []                       # read back
        (tmp_path / "n.h").write_text("#define N 5\n")
        assert output(src, {"K": "2"}, dirs, cache=cache) == b"10\n"
        assert output(src, {"K": "7"}, dirs, cache=cache) == b"35\n"
        (tmp_path / "inc" / "m.h").write_text("#define M 100\n")     # shadows later/m.h
        assert output(src, {"K": "7"}, dirs, cache=cache) == b"135\n"
        assert len(compiled) == 3
        assert output(src, {"K": "7"}, dirs, cache=cache) == b"135\n"
        assert len(compiled) == 3
    env_cache = tmp_path / "home"
    r = subprocess.run([sys.executable, "-m", "tinyexec", "run", str(src), "-D", "K=4",
                        "-I", str(later)], capture_output=True, timeout=600, cwd=ROOT,
                       env={**os.environ, "TINYEXEC_CACHE": str(env_cache)})
    assert r.stdout == b"20\n"
    assert len(list((env_cache / "tinyexec" / "programs").glob("*.json"))) == 1


def test_an_edited_preprocessor_compiles_the_program_again(tmp_path, monkeypatch):
    """The preprocessor is part of the compiler: its source is in the cache key."""
    from tinyexec import preprocess
    from tinyexec.compiler import compile_file
    src = tmp_path / "p.c"
    src.write_text('int main(void) { return 7; }\n')
    cache = tmp_path / "cache"
    compile_file(src, cache=cache)
    read, edited = Path.read_bytes, Path(preprocess.__file__)
    monkeypatch.setattr(Path, "read_bytes", lambda p: read(p) + b"#" * (p == edited))
    compile_file(src, cache=cache)
    assert len(list(cache.glob("*.json"))) == 2


def test_a_damaged_or_crafted_program_cache_entry_is_compiled_again(tmp_path):
    """The cache holds JSON, checked on load: anything else is recompiled, never run."""
    from tinyexec.compiler import compile_file
    src = tmp_path / "p.c"
    src.write_text('int main(void) { return 7; }\n')
    cache = tmp_path / "cache"
    good = compile_file(src, cache=cache)
    (entry,) = cache.glob("*.json")
    for bad in ("", "42", "{", '{"format": 2, "code": [[999, 0, 0, 0, 0]]}',
                '{"format": 2, "code": [[0, 0, 0, 300, 0]], "data": "", "lines": [], '
                '"filename": "x", "args_addr": 0, "functions": []}'):
        entry.write_text(bad)
        assert compile_file(src, cache=cache).code == good.code
        assert entry.read_text() != bad          # and the entry was rewritten
    # valid JSON, fields out of range: an empty program, the loader's words
    # outside the data, data beyond the prompt, a line number or a function
    # entry no program has, a function name that is no name, another file
    edits = ['d["code"] = []', 'd["args_addr"] = -5', 'd["args_addr"] += len(d["data"])',
             'd["data"] = "00" * 5_000_000', 'd["lines"][0] = 10 ** 40',
             'd["functions"][0][0] = 10 ** 9', 'd["functions"][0][1] = "a\\nb"',
             'd["filename"] = "other.c"', 'd["nesting"] = "[" * 100_000 + "]" * 100_000']
    text = entry.read_text()
    for edit in edits:
        d = json.loads(text)
        exec(edit)
        crafted = json.dumps(d) if "nesting" not in edit else d["nesting"]
        entry.write_text(crafted)
        assert compile_file(src, cache=cache) == good, edit
        assert entry.read_text() != crafted, edit


# ---- usage errors: one line and a hint, exit 2 ---------------------------------------------
USAGE_ERRORS = [
    (["run"], "missing argument 'file'", "run"),
    (["run", "programs/hello.c", "--max-tokens", "abc"], "invalid value for '--max-tokens'", "run"),
    (["bogus"], "no such command 'bogus'", ""),
    (["run", "--bogus", "programs/hello.c"], "no such option: --bogus", "run"),
    (["build", "--bogus"], "no such option: --bogus", "build"),
    (["inspect", "a.npz", "b.npz"], "got unexpected extra argument", "inspect"),
    (["run", "programs/hello.c", "--engine", "bogus"], "invalid value for '--engine'", "run"),
    (["trace", "programs/hello.c", "--engine", "bogus"], "invalid value for '--engine'", "trace"),
    (["trace", "programs/hello.c", "--attention", "bogus"], "invalid value for '--attention'",
     "trace"),
    (["trace", "programs/hello.c", "--format", "xml"], "invalid value for '--format'", "trace"),
    (["run", "programs/hello.c", "--max-tokens", "0"], "invalid value for '--max-tokens'", "run"),
    (["trace", "programs/hello.c", "--max-tokens", "-5"], "invalid value for '--max-tokens'",
     "trace"),
    (["check", "programs/hello.c", "--max-tokens", "-5"], "invalid value for '--max-tokens'",
     "check"),
    (["trace", "programs/hello.c", "--every", "0"], "invalid value for '--every'", "trace"),
    (["trace", "programs/hello.c", "--line", "0"], "invalid value for '--line'", "trace"),
]


def _usage_error(r, message: str, command: str):
    lines = r.stderr.decode().splitlines()
    assert r.returncode == 2 and r.stdout == b""
    assert len(lines) == 2 and lines[0].startswith(f"tinyexec: error: {message}"), lines
    assert re.fullmatch(rf"try '\S*(python\S* -m )?tinyexec( {command})? --help'", lines[1]), lines


def test_usage_errors_are_one_line_and_a_hint():
    for args, message, command in USAGE_ERRORS:
        _usage_error(tinyexec(*args), message, command)


def test_help_is_shown_for_help_and_for_no_command():
    for args in (["--help"], []):
        r = tinyexec(*args)
        assert r.returncode == 0 and b"Usage: " in r.stdout and b"Commands" in r.stdout
    r = tinyexec("run", "--help")
    assert r.returncode == 0 and b"--max-tokens" in r.stdout


# ---- trace exits like run ---------------------------------------------------------------------
def test_trace_exits_like_run(tmp_path):
    fault = tmp_path / "fault.c"
    fault.write_text("int main(void) { int *p = (int *)0x7fffffff; return *p; }\n")
    loop = tmp_path / "loop.c"
    loop.write_text("int main(void) { for (;;) ; }\n")
    seven = tmp_path / "seven.c"
    seven.write_text("int main(void) { return 7; }\n")
    for command in ("run", "trace"):
        r = tinyexec(command, fault, "--engine", "reference")
        assert r.returncode == 125
        assert r.stderr.decode().splitlines()[-1].startswith("tinyexec: error: the program stopped")
        r = tinyexec(command, loop, "--engine", "reference", "--max-tokens", "1000")
        assert r.returncode == 124 and r.stderr.decode().endswith("(--max-tokens)\n")
        assert tinyexec(command, seven, "--engine", "reference").returncode == 7
    r = tinyexec("trace", loop, "--engine", "reference", "--until-step", "3")
    assert r.returncode == 0 and r.stdout.count(b"\n") == 4


# ---- standard streams ----------------------------------------------------------------------------
def _shell(command: str, *args):
    """``tinyexec args`` with the shell redirections in ``command`` (e.g. ">&-")."""
    return subprocess.run(["bash", "-c", f'exec "$@" {command}', "bash", sys.executable,
                           "-m", "tinyexec", *map(str, args)],
                          capture_output=True, timeout=600, cwd=ROOT)


def test_closed_stdin_reads_as_end_of_file(tmp_path):
    src = tmp_path / "count.c"
    src.write_text("#include <stdio.h>\nint main(void) { int n = 0;\n"
                   "  while (getchar() != EOF) n++;\n  return 40 + n; }\n")
    for redirection in ("<&-", "</dev/null"):
        r = _shell(redirection, "run", src, "--engine", "reference")
        assert (r.returncode, r.stderr) == (40, b"")
    r = _shell("<&-", "run", src, "--engine", "reference", "--stdin", "-")
    assert (r.returncode, r.stderr) == (40, b"")


def test_unwritable_stdout_is_one_line_and_exit_74():
    for redirection, reason in ((">&-", "Bad file descriptor"),
                                (">/dev/full", "No space left on device")):
        for args in (["run", "programs/hello.c", "--engine", "reference"],
                     ["trace", "programs/hello.c", "--engine", "reference"],
                     ["compile", "programs/hello.c"], ["inspect"]):
            r = _shell(redirection, *args)
            assert r.returncode == 74, (redirection, args, r.stderr)
            assert r.stderr.decode() == f"tinyexec: error: cannot write to stdout: {reason}\n"
    r = _shell(">&-", "run", ROOT / "tests/c/errors/break.c")      # nothing written: no error
    assert r.returncode == 2 and r.stderr.count(b"\n") == 1


def test_a_fault_is_still_said_when_stdout_cannot_be_written(tmp_path):
    """The run stops at the failed write, after the fault it had come to: both lines, 74."""
    src = tmp_path / "divide.c"
    src.write_text("#include <stdio.h>\n" + FAULTING["division-by-zero"][0] + "\n")
    for redirection, reason in ((">&-", "Bad file descriptor"),
                                (">/dev/full", "No space left on device")):
        for args in (["run", src], ["run", src, "--engine", "reference"],
                     ["trace", src, "--engine", "reference"]):
            r = _shell(redirection, *args)
            assert (r.returncode, r.stderr.decode()) == (
                74, "tinyexec: error: the program stopped: division by zero\n"
                    f"tinyexec: error: cannot write to stdout: {reason}\n"), (redirection, args)


def test_closed_stderr_loses_only_the_messages():
    r = _shell("2>&-", "run", "programs/hello.c", "--engine", "reference")
    assert (r.returncode, r.stdout) == (0, (ROOT / "tests/expected/hello.out").read_bytes())
    assert _shell("2>&-", "run", "no/such.c").returncode == 2
    assert _shell("2>/dev/full", "run", "no/such.c").returncode == 2


def test_a_ctrl_c_while_compiling_is_one_line_and_exit_130(monkeypatch, capsys):
    """On every command, the fast path ``run FILE`` and those typer parses alike
    (typer >= 0.26 alone ends one with 130 and nothing said)."""
    from tinyexec import cli, compiler

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(compiler, "compile_source", interrupted)
    monkeypatch.setattr(compiler, "ir_text", interrupted)
    hello = str(ROOT / "programs/hello.c")
    for argv in (["compile", "--ir", hello], ["compile", hello], ["run", hello],
                 ["run", hello, "--engine", "reference"], ["trace", hello], ["check", hello]):
        monkeypatch.setattr(sys, "argv", ["tinyexec", *argv])
        with pytest.raises(SystemExit) as e:
            cli.main()
        assert (e.value.code, capsys.readouterr().err) == (130, "tinyexec: interrupted\n"), argv


def test_a_reader_that_goes_away_is_no_error(tmp_path):
    r = subprocess.run(f"'{sys.executable}' -m tinyexec run programs/collatz.c 27 --engine reference"
                       " | head -c 10", shell=True, capture_output=True, timeout=600, cwd=ROOT)
    assert r.stdout == b"Collatz se" and r.stderr == b""
    # more than a pipe holds, so that a write surely fails; "run FILE" skips typer
    src = tmp_path / "lines.c"
    src.write_text('#include <stdio.h>\nint main(void) { for (int i = 0; i < 20000; i++)'
                   ' printf("line %d\\n", i); return 0; }\n')
    for options in ("", " --engine reference"):
        r = subprocess.run(f"'{sys.executable}' -m tinyexec run '{src}'{options} | head -c 6;"
                           " exit ${PIPESTATUS[0]}", shell=True, executable="bash",
                           capture_output=True, timeout=600, cwd=ROOT)
        assert (r.returncode, r.stdout, r.stderr) == (1, b"line 0", b""), options


def test_source_from_a_pipe_and_stdin_dash(tmp_path):
    src = tmp_path / "echo.c"
    src.write_text("#include <stdio.h>\nint main(void) { int c;\n"
                   "  while ((c = getchar()) != EOF) putchar(c);\n  return 0; }\n")
    r = subprocess.run([sys.executable, "-m", "tinyexec", "run", "/dev/stdin", "--engine",
                        "reference"], input=b'int main(void) { return 5; }\n',
                       capture_output=True, timeout=600, cwd=ROOT)
    assert (r.returncode, r.stderr) == (5, b"")
    r = tinyexec("run", src, "--stdin", "-", "--engine", "reference", stdin=b"piped")
    assert (r.returncode, r.stdout) == (0, b"piped")


def test_input_too_large_for_the_machine_is_one_line(tmp_path):
    big = tmp_path / "big.in"
    big.write_bytes(b"x" * (5 << 20))
    r = tinyexec("run", "programs/hello.c", "--stdin", big, "--engine", "reference")
    assert r.returncode == 2 and r.stderr.count(b"\n") == 1
    assert r.stderr.startswith(b"tinyexec: error: ") and b"too large" in r.stderr


# ---- the status line on a terminal -----------------------------------------------------------
def _on_a_terminal(*args) -> tuple[int, bytes]:
    """Run tinyexec with stdout and stderr on one pseudo-terminal; all it wrote there."""
    import pty
    master, slave = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "tinyexec", *map(str, args)], cwd=ROOT,
                         stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    data = b""
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:                  # EIO: the other side is closed
            break
        if not chunk:
            break
        data += chunk
    os.close(master)
    return p.wait(timeout=600), data


def _screen(data: bytes) -> list[str]:
    """The terminal's lines after ``data``: \\r goes back, ESC[2K clears the line."""
    lines, row, col = [[]], 0, 0
    for part in re.split(rb"(\r\n|\n|\r|\x1b\[2K)", data):
        if part in (b"\r\n", b"\n"):
            row, col = row + 1, 0
            lines.append([])
        elif part == b"\r":
            col = 0
        elif part == b"\x1b[2K":
            lines[row] = []
        else:
            for ch in part.decode():
                line = lines[row]
                line[col:col + 1] = [ch]
                col += 1
    return ["".join(line) for line in lines]


def test_status_line_never_overwrites_the_programs_output(tmp_path):
    """Issue 12, item 12: "Computing: " must survive the status line drawn during the loop."""
    src = tmp_path / "computing.c"
    src.write_text('#include <stdio.h>\nint main(void) { int i, s = 0;\n  printf("Computing: ");\n'
                   "  for (i = 0; i < 20000; i++) s += i;\n"     # far more than one chunk of tokens
                   '  printf("done\\n");\n  return 0; }\n')
    code, data = _on_a_terminal("run", src, "--engine", "reference", "--stats")
    screen = _screen(data)
    assert code == 0
    assert screen[0] == "Computing: done"
    assert screen[1].startswith("tinyexec: reference: ") and screen[2:] == [""]


def test_status_line_is_drawn_between_lines_and_erased(tmp_path):
    src = tmp_path / "lines.c"
    src.write_text('#include <stdio.h>\nint main(void) { int i, s = 0;\n  printf("start\\n");\n'
                   "  for (i = 0; i < 20000; i++) s += i;\n"
                   '  printf("end\\n");\n  return 0; }\n')
    code, data = _on_a_terminal("run", src, "--engine", "reference")
    assert code == 0
    assert re.search(rb"start\r\n\r\x1b\[2K\[[\d,]+ tokens, [\d,]+ tok/s\]\r\x1b\[2Kend\r\n", data)
    assert _screen(data) == ["start", "end", ""]


def test_program_arguments_pass_as_the_bytes_given(tmp_path):
    src = tmp_path / "args.c"
    src.write_text('#include <stdio.h>\nint main(int argc, char **argv) { int i;\n'
                   '  for (i = 1; i < argc; i++) printf("[%s]", argv[i]);\n  return 0; }\n')
    r = subprocess.run([sys.executable.encode(), b"-m", b"tinyexec", b"run", str(src).encode(),
                        b"\xff\xfe", b"", "é".encode(), b"--engine", b"reference"],
                       capture_output=True, timeout=600, cwd=ROOT)
    assert (r.returncode, r.stdout, r.stderr) == (0, b"[\xff\xfe][][" + "é".encode() + b"]", b"")


def test_readme_lists_every_exit_status():
    from tinyexec import cli
    table = re.findall(r"^\| (\d+(?:–\d+)?) \|", (ROOT / "README.md").read_text(), re.M)
    codes = {getattr(cli, name) for name in dir(cli) if name.startswith("EXIT_")}
    assert codes <= {int(c) for c in table if "–" not in c}, table


# ---- faults: one machine, the same stop on both engines ----------------------------------
FAULTING = {
    "null-dereference": ("int main(void) { int *p = 0; printf(\"before\\n\"); return *p; }",
                         "memory access outside 8..4194303"),
    "out-of-range-store": ("int a[10]; int main(void) { printf(\"before\\n\");"
                           " a[100000000] = 1; return 0; }", "memory access outside"),
    "garbage-function-pointer": ("int main(void) { int (*f)(void) = (int (*)(void))123456;"
                                 " printf(\"before\\n\"); return f(); }",
                                 "jump to a position that holds no instruction"),
    "null-function-pointer": ("int main(void) { void (*f)(void) = 0; printf(\"before\\n\");"
                              " f(); return 0; }", "jump to a position that holds no instruction"),
    "division-by-zero": ("int main(int argc, char **argv) { printf(\"before\\n\");"
                         " return 7 / (argc - 1); }", "division by zero"),
    "64-bit-remainder-by-zero": ("int main(int argc, char **argv) { long long z = argc - 1;"
                                 " printf(\"before\\n\"); return (int)(1000LL % z); }",
                                 "division by zero"),
    "endless-recursion": ("int f(int n) { return f(n + 1) + 1; }"
                          " int main(void) { printf(\"before\\n\"); return f(0); }",
                          "call depth outside"),
}


def test_faults_stop_both_engines_alike_and_keep_the_output(tmp_path):
    for name, (body, message) in FAULTING.items():
        src = tmp_path / f"{name}.c"
        src.write_text("#include <stdio.h>\n" + body + "\n")
        results = [tinyexec("run", src, "--engine", engine) for engine in ("reference",
                                                                         "transformer")]
        for r in results:
            assert r.returncode == 125, (name, r.stderr)
            assert r.stdout == b"before\n", name
            assert r.stderr.decode().count("\n") == 1 and message in r.stderr.decode(), name
        assert results[0].stderr == results[1].stderr, name


def test_check_agrees_on_a_faulting_program(tmp_path):
    src = tmp_path / "fault.c"
    src.write_text("#include <stdio.h>\n" + FAULTING["null-dereference"][0] + "\n")
    r = tinyexec("check", src)
    assert r.returncode == 0
    assert b"agrees with the reference (both stop on the same fault: memory access" in r.stdout


def test_reference_stops_exactly_at_max_tokens():
    r = tinyexec("run", "programs/collatz.c", "--engine", "reference", "--stats",
                 "--max-tokens", "5")
    assert r.returncode == 124
    assert b" 5 generated tokens" in r.stderr


def test_compile_shows_the_listing_and_the_ir(tmp_path):
    src = tmp_path / "loop.c"
    src.write_text("int main(void) { int s = 0; for (int i = 0; i < 10; i++) s += i;"
                   " return s; }\n")
    listing = tinyexec("compile", src)
    assert listing.returncode == 0 and b"main:" in listing.stdout and b"RET" in listing.stdout
    ir = tinyexec("compile", "--ir", src)
    assert ir.returncode == 0 and b"function main" in ir.stdout and b"ret" in ir.stdout


def test_a_file_name_that_is_not_utf8_keeps_its_bytes_in_a_message(tmp_path):
    src = Path(os.fsdecode(bytes(tmp_path) + b"/bad\xff.c"))
    src.write_text("int main(void) { return 0 }\n")
    r = subprocess.run([sys.executable, "-m", "tinyexec", "run", src], capture_output=True,
                       timeout=600, cwd=ROOT)
    assert r.returncode == 2
    assert r.stderr == bytes(tmp_path) + b"/bad\xff.c:1:27: error: syntax error before '}'\n"

"""The command line: streaming run, exit codes, stats and one-line errors."""
import os
import re
import subprocess
import sys
from pathlib import Path


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


def test_compiled_programs_are_cached_by_their_preprocessed_text(tmp_path):
    """A second run reads the compiled program back; editing the source or a header
    it includes, or changing a -D macro, compiles again."""
    from tinyexec.compiler import compile_file
    (tmp_path / "n.h").write_text("#define N 3\n")
    src = tmp_path / "p.c"
    src.write_text('#include <stdio.h>\n#include "n.h"\nint main(void) { printf("%d\\n", N * K); return 0; }\n')
    cache = tmp_path / "cache"
    first = compile_file(src, {"K": "2"}, cache=cache)
    assert len(list(cache.glob("*.json"))) == 1
    assert compile_file(src, {"K": "2"}, cache=cache).code == first.code
    (tmp_path / "n.h").write_text("#define N 5\n")
    compile_file(src, {"K": "2"}, cache=cache)
    compile_file(src, {"K": "7"}, cache=cache)
    assert len(list(cache.glob("*.json"))) == 3
    env_cache = tmp_path / "home"
    r = subprocess.run([sys.executable, "-m", "tinyexec", "run", str(src), "-D", "K=4"],
                       capture_output=True, timeout=600, cwd=ROOT,
                       env={**os.environ, "TINYEXEC_CACHE": str(env_cache)})
    assert r.stdout == b"20\n"
    assert len(list((env_cache / "tinyexec" / "programs").glob("*.json"))) == 1


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

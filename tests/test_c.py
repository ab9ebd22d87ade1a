"""Small C programs, one per language area: recorded stdout and exit code,
gcc as a second opinion, and the transformer token-identical to the reference."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tinyexec import machine
from tinyexec.compiler import compile_file
from tinyexec.engine import Session
from tinyexec.reference import run_reference

HERE = Path(__file__).resolve().parent / "c"


def cases():
    for line in (HERE / "cases.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            source, *args = line.split()
            yield pytest.param(source, args, id=source[:-2])


def transformer_cases():
    """The subset that also runs on the transformer (all of them would cost minutes)."""
    chosen = {line.strip() for line in (HERE / "transformer.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")}
    return [case for case in cases() if case.values[0] in chosen]


def expected(source):
    name = source[:-2]
    stdin = HERE / f"{name}.in"
    return ((HERE / "expected" / f"{name}.out").read_bytes(),
            int((HERE / "expected" / f"{name}.code").read_text()),
            stdin.read_bytes() if stdin.exists() else b"")


@pytest.fixture(scope="module")
def runs():
    return {}


def reference(runs, source, args):
    if source not in runs:
        stdin = expected(source)[2]
        program = compile_file(HERE / source)
        prompt = machine.prompt(program, [source.encode()] + [a.encode() for a in args], stdin)
        runs[source] = (prompt, run_reference(prompt))
    return runs[source]


@pytest.mark.parametrize("source,args", list(cases()))
def test_reference_output_and_exit_code(runs, source, args):
    out, code, _ = expected(source)
    _, trace = reference(runs, source, args)
    assert machine.output_bytes(trace) == out
    assert machine.exit_code(trace) & 255 == code     # a process exit status is 8 bits
    err = HERE / "expected" / f"{source[:-2]}.err"
    assert machine.output_bytes(trace, machine.TOK_ERR) == (err.read_bytes() if err.exists() else b"")


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc not installed")
@pytest.mark.parametrize("source,args", list(cases()))
def test_gcc_second_opinion(tmp_path, source, args):
    out, code, stdin = expected(source)
    sources = [str(HERE / source)]
    text = (HERE / source).read_text()
    if re.search(r"\bcompute\s*\(", text) and not re.search(r"\bmain\s*\(", text):
        sources = ["-include", "stdio.h"] + sources + [str(HERE / "shim" / "compute_main.c")]
    subprocess.run(["gcc", "-w", "-trigraphs", "-ffp-contract=off", "-o", str(tmp_path / "a.out")]
                   + sources + ["-lm"], check=True)
    done = subprocess.run([str(tmp_path / "a.out")] + args, input=stdin, capture_output=True)
    assert (done.stdout, done.returncode) == (out, code)
    err = HERE / "expected" / f"{source[:-2]}.err"
    assert done.stderr == (err.read_bytes() if err.exists() else b"")


@pytest.mark.parametrize("source,args", transformer_cases())
def test_transformer_token_identical(weights, runs, source, args):
    prompt, trace = reference(runs, source, args)
    session = Session(weights, prompt)
    assert np.array_equal(session.advance(len(trace) + 10), trace)
    assert session.halted


def test_unsupported_constructs_are_one_line_errors(tmp_path):
    from tinyexec.compiler import CompileError
    for snippet, message in [
            ("int main(int argc, char **argv) { static int a[argc]; return 0; }",
             "a variable-length array type in an object of static storage"),
            ("int main(void) { double d = 1; return d % 2; }", "invalid operands to binary %"),
            ("int main(void) { return x; }", "'x' undeclared"),
            ("struct b { int a : 33; };\nint main(void) { struct b x; return 0; }",
             "width of bit-field 'a' exceeds its type"),
            ("int main(void) { return 18446744073709551616; }", "too large for its type")]:
        src = tmp_path / "e.c"
        src.write_text(snippet + "\n")
        with pytest.raises(CompileError) as err:
            compile_file(src)
        text = str(err.value)
        assert re.match(re.escape(str(src)) + r":\d+:\d+: error: ", text) and message in text


@pytest.mark.parametrize("source", sorted(p.name for p in (HERE / "errors").glob("*.c")))
def test_error_corpus(source):
    """Each file gives its recorded one-line message and exit status 2, no traceback."""
    path = HERE / "errors" / source
    done = subprocess.run([sys.executable, "-m", "tinyexec", "compile", source],
                          cwd=path.parent, capture_output=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode() == (HERE / "errors" / (source[:-2] + ".err")).read_text()

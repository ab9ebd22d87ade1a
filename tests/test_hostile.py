"""Hostile input: malformed programs and misuses of the command line.

Every case runs ``tinyexec`` as its own process and must end with its
documented exit status (2 for a usage or compile error), exactly one line on
stderr (a usage error adds a "try '... --help'" line; a run that succeeds or a
program that writes nothing to stderr: none), and no traceback.  Afterwards no
temporary or partial file may be left in the cache directory.

The cases are many, and a fresh Python process with pycparser and Numba
loaded costs about a second, so a driver process imports everything once and
forks one child per case, which calls the command line's ``main()`` with the
case's arguments, stdin, stdout and stderr, and exits with its status.
"""
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

USAGE = [r"tinyexec: error: .+", r"try 'tinyexec( \w+)? --help'"]
ERROR = [r"tinyexec: error: .+"]


@dataclass
class Case:
    id: str
    argv: list
    status: int
    stderr: list            # one regular expression per expected line of stderr
    stdin: str = "/dev/null"
    mark: object = None


def usage(id, *argv):
    return Case(id, list(argv), 2, USAGE)


def error(id, *argv, line=ERROR[0]):
    return Case(id, list(argv), 2, [line])


def bad_source(id, name, message, mark=None):
    """``run`` of file ``name``: one ``name:line:col: error: message`` line."""
    return Case(id, ["run", name, "--engine", "reference"], 2,
                [rf"{re.escape(name)}:\d+:\d+: error: .*{message}.*"], mark=mark)


def runs(id, *argv, status=0, stderr=(), stdin="/dev/null"):
    return Case(id, list(argv), status, list(stderr), stdin)


OK = "ok.c"              # a valid program that exits 0 and prints "ok"

FILES = {
    OK: b'#include <stdio.h>\nint main(void) { printf("ok\\n"); return 0; }\n',
    "seven.c": b"int main(int argc, char **argv) { return 7; }\n",
    "empty.c": b"",
    "blank.c": b"  \n\n\t\n",
    "binary.c": bytes(range(256)) * 4,
    "nul.c": b"int main(void) { return 0; }\0\n",
    "latin1_code.c": b"int main(void) { int caf\xe9 = 1; return 0; }\n",
    "latin1_text.c": b'#include <stdio.h>\n/* caf\xe9 */ int main(void) { printf("\xe9\\n"); return 0; }\n',
    "bom.c": b"\xef\xbb\xbfint main(void) { return 0; }\n",
    "crlf.c": b"#define ONE \\\r\n 1\r\nint main(void) {\r\n  return ONE - 1;\r\n}\r\n",
    "comment.c": b"int main(void) { return 0; }\n/* never closed\n",
    "string.c": b'int main(void) { char *s = "never closed;\n return 0; }\n',
    "char.c": b"int main(void) { char c = 'ab; return 0; }\n",
    "escape.c": b'int main(void) { char *s = "\\q"; return 0; }\n',
    "huge_decimal.c": b"int main(void) { return 99999999999999999999999999; }\n",
    "huge_hex.c": b"int main(void) { return 0xFFFFFFFFFFFFFFFFFFFFFFFF; }\n",
    "if_garbage.c": b"#if 1 +\n#endif\nint main(void) { return 0; }\n",
    "if_div0.c": b"#if 1 / 0\n#endif\nint main(void) { return 0; }\n",
    "if_unterminated.c": b"#if 1\nint main(void) { return 0; }\n",
    "else_alone.c": b"#else\nint main(void) { return 0; }\n",
    "endif_alone.c": b"#endif\nint main(void) { return 0; }\n",
    "unknown_directive.c": b"#frobnicate\nint main(void) { return 0; }\n",
    "error_directive.c": b"#error stop here\nint main(void) { return 0; }\n",
    "include_missing.c": b'#include "nope.h"\nint main(void) { return 0; }\n',
    "include_dir.c": b'#include "sub"\nint main(void) { return 0; }\n',
    "include_malformed.c": b"#include <stdio.h\nint main(void) { return 0; }\n",
    "include_binary.c": b'#include "blob.h"\nint main(void) { return 0; }\n',
    "blob.h": b"\x7fELF\x02\x01\x01\x00" + bytes(64),
    "include_self.c": b'#include "self.h"\nint main(void) { return 0; }\n',
    "self.h": b'int s;\n#include "self.h"\n',
    "define_open.c": b"#define X(a X(1)\nint main(void) { return 0; }\n",
    "define_empty.c": b"#define\nint main(void) { return 0; }\n",
    "define_dup_param.c": b"#define F(a, a) a\nint main(void) { return 0; }\n",
    "define_hash.c": b"#define F(a) #b\nint main(void) { return 0; }\n",
    "define_paste_end.c": b"#define F(a) a ##\nint main(void) { return 0; }\n",
    "paste_invalid.c": b"#define C(a, b) a ## b\nint main(void) { return C(1, +); }\n",
    "macro_arity.c": b"#define F(a, b) a\nint main(void) { return F(1); }\n",
    "macro_open.c": b"#define F(a) a\nint main(void) { return F(1;\n}\n",
    "macro_recursive_args.c": (b"#define P(x) (x)\nint main(void) { return "
                               + b"P(" * 5000 + b"0" + b")" * 5000 + b"; }\n"),
    "macro_chain.c": (b"#define A0 0\n"
                      + b"".join(b"#define A%d A%d\n" % (i, i - 1) for i in range(1, 2000))
                      + b"".join(b"#define F%d(x) F%d(x)\n" % (i, i - 1) for i in range(1, 200))
                      + b"#define F0(x) x\nint main(void) { return A1999 + F199(0); }\n"),
    "if_nested.c": b"#if 1\n" * 2000 + b"int main(void) { return 0; }\n" + b"#endif\n" * 2000,
    "line_zero.c": b"#line 0\nint main(void) { return 0; }\n",
    "line_word.c": b"#line abc\nint main(void) { return 0; }\n",
    "line_nofile.c": b"#line 5 nofile\nint main(void) { return 0; }\n",
    "line_huge.c": b"#line 99999999999999999999999999999\nint main(void) { return 0; }\n",
    "if_parens.c": b"#if " + b"(" * 3000 + b"1" + b")" * 3000 + b"\n#endif\nint main(void) { return 0; }\n",
    "include_deep.c": b'#include "d0.h"\nint main(void) { return 0; }\n',
    **{f"d{i}.h": b'#include "d%d.h"\n' % (i + 1) for i in range(300)},
    "pragma_once.c": b'#include "once.h"\n#include "once.h"\nint main(void) { struct P p; p.x = 0; return p.x; }\n',
    "once.h": b'#pragma once\nstruct P { int x; };\n#include "once.h"\n',
    "syntax.c": b"int main( { return 0; }\n",
    "semicolon.c": b"int main(void) { int x = 1 return x; }\n",
    "undeclared.c": b"int main(void) { return missing; }\n",
    "no_main.c": b"int helper(void) { return 0; }\n",
    "twice.c": b"int f(void) { return 0; }\nint f(void) { return 1; }\nint main(void) { return 0; }\n",
    "complex.c": b"int main(void) { _Complex double z; return 0; }\n",
    "huge_constant.c": b"int main(void) { return 99999999999999999999; }\n",
    "vla.c": b"int n = 3;\nint a[n];\nint main(void) { return 0; }\n",
    "bitfield.c": b"struct s { int a : 3; unsigned b : 40; };\nint main(void) { return 0; }\n",
    "stray_at.c": b"int main(void) { return @; }\n",
    "stray_backtick.c": b"int main(void) { return `1`; }\n",
    "goto.c": b"int main(void) { goto nowhere; return 0; }\n",
    "break.c": b"int main(void) { break; return 0; }\n",
    "case.c": b"int main(void) { case 1: return 0; }\n",
    "deref.c": b"int main(void) { int x = 0; return *x; }\n",
    "call_int.c": b"int main(void) { int x = 0; return x(); }\n",
    "unbalanced.c": b"int main(void) { return 0; }}\n",
    "unclosed.c": b"int main(void) { return 0;\n",
    "wide.c": b'int main(void) { char *s = L"wide"; return 0; }\n',
    "parens.c": b"int main(void) { return " + b"(" * 120 + b"1" + b")" * 120 + b"; }\n",
    "braces.c": b"int main(void) " + b"{" * 250 + b"return 0;" + b"}" * 250 + b"\n",
    "ifs.c": b"int main(void) {\n" + b"if (1)\n" * 10000 + b"return 0;\nreturn 1; }\n",
    "minus.c": b"int main(void) { return " + b"- " * 10000 + b"1; }\n",
    "decrements.c": b"int main(void) { return " + b"-" * 10000 + b"1; }\n",
    "parens_40000.c": b"int main(void) { return " + b"(" * 40000 + b"1" + b")" * 40000 + b"; }\n",
    "divide.c": b"int main(void) { int z = 0; return 1 / z; }\n",
    "fault.c": b"int main(void) { int *p = (int *)0x7fffffff; return *p; }\n",
    "loop.c": b"int main(void) { for (;;) ; }\n",
    "recurse.c": b"int f(int n) { return f(n + 1) + 1; }\nint main(void) { return f(0); }\n",
    "abort.c": b"#include <stdlib.h>\nint main(void) { abort(); }\n",
    "exit300.c": b"#include <stdlib.h>\nint main(void) { exit(300); }\n",
    "alloc.c": b"#include <stdlib.h>\nint main(void) { return malloc(0xFFFFFFF1u) != 0; }\n",
    "echo.c": (b"#include <stdio.h>\nint main(void) { int c;\n"
               b"  while ((c = getchar()) != EOF) putchar(c);\n  return 0; }\n"),
    "text.txt": b"not weights\n",
    "empty.npz": b"",
    "big.in": b"x" * (5 << 20),
    "short.in": b"input\n",
}


def _truncated_weights(tmp):
    """A weights file cut in half, for inspect and check --weights."""
    from tinyexec.model import weights
    path = tmp / "full.npz"
    weights.build().save(path)
    (tmp / "truncated.npz").write_bytes(path.read_bytes()[: path.stat().st_size // 2])


CASES = [
    # -- usage errors ---------------------------------------------------------------------------
    usage("run-no-file", "run"),
    usage("trace-no-file", "trace"),
    usage("check-no-file", "check"),
    usage("compile-no-file", "compile"),
    usage("unknown-command", "frobnicate"),
    usage("unknown-option-top", "--version"),
    usage("unknown-option-run", "run", "--bogus", OK),
    usage("unknown-option-run-alone", "run", "--bogus"),
    usage("unknown-option-build", "build", "--bogus"),
    usage("unknown-option-inspect", "inspect", "--bogus"),
    usage("unknown-option-compile", "compile", "--bogus", OK),
    usage("max-tokens-word", "run", OK, "--max-tokens", "abc"),
    usage("max-tokens-zero", "run", OK, "--max-tokens", "0"),
    usage("max-tokens-negative", "run", OK, "--max-tokens", "-1"),
    usage("max-tokens-float", "run", OK, "--max-tokens", "1e3"),
    usage("max-tokens-missing", "run", OK, "--max-tokens"),
    usage("trace-max-tokens-negative", "trace", OK, "--max-tokens", "-5"),
    usage("check-max-tokens-negative", "check", OK, "--max-tokens", "-5"),
    usage("check-max-tokens-zero", "check", OK, "--max-tokens", "0"),
    usage("every-zero", "trace", OK, "--every", "0"),
    usage("every-negative", "trace", OK, "--every", "-3"),
    usage("from-step-negative", "trace", OK, "--from-step", "-1"),
    usage("until-step-negative", "trace", OK, "--until-step", "-1"),
    usage("line-zero", "trace", OK, "--line", "0"),
    usage("line-word", "trace", OK, "--line", "abc"),
    usage("run-engine", "run", OK, "--engine", "bogus"),
    usage("run-attention", "run", OK, "--attention", "bogus"),
    usage("trace-engine", "trace", OK, "--engine", "bogus"),
    usage("trace-attention", "trace", OK, "--attention", "bogus"),
    usage("trace-format", "trace", OK, "--format", "xml"),
    usage("stdin-missing-value", "run", OK, "--stdin"),
    usage("inspect-two-files", "inspect", "a.npz", "b.npz"),
    usage("build-output-missing", "build", "-o"),
    usage("check-weights-missing", "check", OK, "--weights"),
    usage("define-missing", "run", OK, "-D"),
    usage("flag-with-value", "run", OK, "--stats=yes"),
    # -- files that cannot be used ----------------------------------------------------------
    error("run-missing-file", "run", "missing.c"),
    error("run-directory", "run", "sub"),
    error("run-broken-link", "run", "dangling.c"),
    error("compile-missing-file", "compile", "missing.c"),
    error("trace-missing-file", "trace", "missing.c"),
    error("check-missing-file", "check", "missing.c"),
    error("stdin-missing-file", "run", OK, "--stdin", "missing.in"),
    error("stdin-directory", "run", OK, "--stdin", "sub"),
    error("define-bad-name", "run", OK, "-D", "1X"),
    error("define-empty", "run", OK, "-D", ""),
    error("define-only-value", "run", OK, "-D", "=3"),
    error("define-bad-body", "run", OK, "-D", "X=##", line=r"<command line>:1:1: error: .*'##'.*"),
    error("inspect-missing", "inspect", "missing.npz"),
    error("inspect-passwd", "inspect", "/etc/passwd"),
    error("inspect-directory", "inspect", "sub"),
    error("inspect-empty", "inspect", "empty.npz"),
    error("inspect-text", "inspect", "text.txt"),
    error("inspect-truncated", "inspect", "truncated.npz"),
    error("check-weights-passwd", "check", OK, "--weights", "/etc/passwd"),
    error("check-weights-missing-file", "check", OK, "--weights", "missing.npz"),
    error("check-weights-truncated", "check", OK, "--weights", "truncated.npz"),
    error("build-into-missing-dir", "build", "-o", "no/such/dir/w.npz"),
    error("build-onto-directory", "build", "-o", "sub"),
    error("input-too-large", "run", OK, "--engine", "reference", "--stdin", "big.in"),
    error("input-endless", "run", OK, "--engine", "reference", "--stdin", "/dev/zero"),
    error("source-endless", "run", "/dev/zero",
          line=r"/dev/zero:1:1: error: file is larger than 16 MiB"),
    # -- malformed programs ----------------------------------------------------------------
    bad_source("empty-file", "empty.c", "no main function"),
    bad_source("blank-file", "blank.c", "no main function"),
    bad_source("binary-file", "binary.c", "stray"),
    bad_source("nul-byte", "nul.c", r"stray '\\0'"),
    bad_source("invalid-utf8-in-code", "latin1_code.c", r"stray '\\351'"),
    bad_source("unterminated-comment", "comment.c", "unterminated comment"),
    bad_source("unterminated-string", "string.c", "missing terminating"),
    bad_source("unterminated-char", "char.c", ""),
    bad_source("bad-escape", "escape.c", "escape"),
    bad_source("huge-decimal", "huge_decimal.c", ""),
    bad_source("huge-hex", "huge_hex.c", ""),
    bad_source("if-garbage", "if_garbage.c", "invalid #if expression"),
    bad_source("if-division-by-zero", "if_div0.c", "division by zero"),
    bad_source("if-unterminated", "if_unterminated.c", "unterminated #if"),
    bad_source("else-without-if", "else_alone.c", "#else without #if"),
    bad_source("endif-without-if", "endif_alone.c", "#endif without #if"),
    bad_source("unknown-directive", "unknown_directive.c", "unknown directive"),
    bad_source("line-directive-zero", "line_zero.c", "line number out of range"),
    bad_source("line-directive-not-a-number", "line_word.c", '"abc" after #line is not a positive integer'),
    bad_source("line-directive-bad-filename", "line_nofile.c", '"nofile" is not a valid filename'),
    bad_source("line-directive-huge", "line_huge.c", "line number out of range"),
    bad_source("error-directive", "error_directive.c", "stop here"),
    bad_source("include-missing", "include_missing.c", "cannot find include file"),
    bad_source("include-directory", "include_dir.c", "cannot find include file"),
    bad_source("include-malformed", "include_malformed.c", "#include expects"),
    Case("include-binary", ["run", "include_binary.c", "--engine", "reference"], 2,
         [r"blob\.h:1:1: error: stray '\\177' in program"]),
    Case("include-self", ["run", "include_self.c", "--engine", "reference"], 2,
         [r"self\.h:2:1: error: #include nested too deeply"]),
    Case("include-300-deep", ["run", "include_deep.c", "--engine", "reference"], 2,
         [r"d199\.h:1:1: error: #include nested too deeply"]),
    bad_source("define-unterminated-params", "define_open.c", "expected ',' or '\\)'"),
    bad_source("define-no-name", "define_empty.c", "macro name"),
    bad_source("define-duplicate-param", "define_dup_param.c", "duplicate macro parameter"),
    bad_source("define-hash-not-param", "define_hash.c", "'#' is not followed"),
    bad_source("define-paste-at-end", "define_paste_end.c", "'##' cannot appear"),
    bad_source("paste-invalid-token", "paste_invalid.c", "does not give a valid"),
    bad_source("macro-arity", "macro_arity.c", "expects 2 arguments"),
    bad_source("macro-unterminated-call", "macro_open.c", "unterminated call"),
    bad_source("macro-arguments-5000-deep", "macro_recursive_args.c", "nested too deeply"),
    bad_source("if-3000-parens", "if_parens.c", "nested too deeply"),
    bad_source("syntax", "syntax.c", ""),
    bad_source("missing-semicolon", "semicolon.c", ""),
    bad_source("undeclared", "undeclared.c", "'missing' undeclared"),
    bad_source("no-main", "no_main.c", "no main function"),
    bad_source("defined-twice", "twice.c", "redefinition"),
    bad_source("complex", "complex.c", "'_Complex double' is not supported"),
    bad_source("huge-constant", "huge_constant.c", "too large for its type"),
    bad_source("vla", "vla.c", "variable-length array type"),
    bad_source("bit-field", "bitfield.c", "width of bit-field 'b' exceeds its type"),
    bad_source("stray-at", "stray_at.c", ""),
    bad_source("stray-backtick", "stray_backtick.c", ""),
    bad_source("goto-missing-label", "goto.c", "label 'nowhere'"),
    bad_source("break-outside-loop", "break.c", "break outside a loop"),
    bad_source("case-outside-switch", "case.c", "'case' outside a switch"),
    bad_source("dereference-int", "deref.c", "dereference of a non-pointer"),
    bad_source("call-int", "call_int.c", "not a function"),
    bad_source("extra-brace", "unbalanced.c", ""),
    bad_source("unclosed-brace", "unclosed.c", ""),
    bad_source("wide-string", "wide.c", "wide"),
    # deep nesting: as deep as gcc goes compiles; far deeper is one clean line
    runs("120-parentheses", "run", "parens.c", "--engine", "reference", status=1),
    runs("250-braces", "run", "braces.c", "--engine", "reference"),
    runs("10000-ifs", "run", "ifs.c", "--engine", "reference"),
    runs("10000-unary-minus", "run", "minus.c", "--engine", "reference", status=1),
    bad_source("5000-decrements-of-a-constant", "decrements.c", "not assignable"),
    bad_source("40000-parentheses", "parens_40000.c", "nested too deeply"),
    # -- programs that run: their documented statuses ------------------------------------------
    runs("macro-chains", "run", "macro_chain.c", "--engine", "reference"),
    runs("if-2000-deep", "run", "if_nested.c", "--engine", "reference"),
    runs("pragma-once", "run", "pragma_once.c", "--engine", "reference"),
    runs("byte-order-mark", "run", "bom.c", "--engine", "reference"),
    runs("crlf-lines", "run", "crlf.c", "--engine", "reference"),
    runs("invalid-utf8-in-comment-and-string", "run", "latin1_text.c", "--engine", "reference"),
    runs("include-dir-missing-is-ignored", "run", OK, "-I", "no/such/dir", "--engine", "reference"),
    runs("program-options-after-file", "run", "seven.c", "--bogus", "-x", "--engine",
         "reference", status=7),
    runs("weird-argument-bytes", "run", "seven.c", "\udcff\udcfe", "", "--engine", "reference",
         status=7),
    runs("stdin-dash", "run", "echo.c", "--stdin", "-", "--engine", "reference", stdin="short.in"),
    runs("stdin-dev-null", "run", "echo.c", "--stdin", "/dev/null", "--engine", "reference"),
    runs("stdin-empty-file", "run", "echo.c", "--stdin", "empty.c", "--engine", "reference"),
    runs("allocator-overflow", "run", "alloc.c", "--engine", "reference"),
    runs("division-by-zero", "run", "divide.c", "--engine", "reference", status=125,
         stderr=[r"tinyexec: error: the program stopped: division by zero"]),
    runs("abort", "run", "abort.c", "--engine", "reference", status=134, stderr=["Aborted"]),
    runs("exit-300", "run", "exit300.c", "--engine", "reference", status=300 & 255),
    runs("fault", "run", "fault.c", "--engine", "reference", status=125, stderr=ERROR),
    runs("trace-fault", "trace", "fault.c", "--engine", "reference", status=125, stderr=ERROR),
    runs("operand-stack-overflow", "run", "recurse.c", "--engine", "reference", status=125,
         stderr=ERROR),
    runs("max-tokens", "run", "loop.c", "--engine", "reference", "--max-tokens", "1000",
         status=124, stderr=[r"tinyexec: stopped after .* \(--max-tokens\)"]),
    runs("trace-max-tokens", "trace", "loop.c", "--engine", "reference", "--max-tokens", "1000",
         status=124, stderr=[r"tinyexec: stopped after .* \(--max-tokens\)"]),
    runs("trace-until-step", "trace", "loop.c", "--engine", "reference", "--until-step", "5"),
    runs("check-a-few-tokens", "check", OK, "--max-tokens", "10"),
]

DRIVER = r"""
import json, os, sys, traceback
import tinyexec
from tinyexec import cli
# load pycparser, the compiler and the reference interpreter (Numba) once, for every child
tinyexec.run(tinyexec.compile_source("int main(void) { return 0; }"), engine="reference")


def child(i, case):
    os.dup2(os.open(case["stdin"], os.O_RDONLY), 0)
    for fd, name in ((1, "out"), (2, "err")):
        os.dup2(os.open(f"{i}.{name}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
    sys.argv = ["tinyexec"] + case["argv"]
    try:
        cli.main()
        status = 0
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else int(e.code is not None)
    except BaseException:                            # what Python prints for an uncaught one
        traceback.print_exc()
        status = 1
    for stream in (sys.stdout, sys.stderr):          # and flushes at exit
        try:
            if stream is not None:
                stream.flush()
        except OSError:
            pass
    os._exit(status)


cases = json.load(open("cases.json"))
running, statuses = {}, {}
for i, case in enumerate(cases):
    if len(running) == os.cpu_count():
        pid, status = os.wait()
        statuses[running.pop(pid)] = os.waitstatus_to_exitcode(status)
    pid = os.fork()
    if pid == 0:
        child(i, case)
    running[pid] = i
while running:
    pid, status = os.wait()
    statuses[running.pop(pid)] = os.waitstatus_to_exitcode(status)
json.dump([statuses[i] for i in range(len(cases))], open("statuses.json", "w"))
"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Run every case; id -> (exit status, stdout, stderr)."""
    work = tmp_path_factory.mktemp("hostile")
    cache = tmp_path_factory.mktemp("cache")
    for name, data in FILES.items():
        (work / name).write_bytes(data)
    (work / "sub").mkdir()
    (work / "dangling.c").symlink_to(work / "missing.c")
    _truncated_weights(work)
    cases = [dict(argv=c.argv, stdin=c.stdin) for c in CASES]
    (work / "cases.json").write_text(json.dumps(cases))
    env = {**os.environ, "TINYEXEC_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", DRIVER], cwd=work, capture_output=True,
                          timeout=1200, env=env)
    assert done.returncode == 0, done.stderr.decode()
    # the first runs left the kernel's build to a process of its own: let it end
    subprocess.run([sys.executable, "-c", "from tinyexec import native\nnative.wait_for_builds()"],
                   env=env, check=True, timeout=1200)
    statuses = json.loads((work / "statuses.json").read_text())
    return cache, {c.id: (statuses[i], (work / f"{i}.out").read_bytes(),
                          (work / f"{i}.err").read_bytes()) for i, c in enumerate(CASES)}


def test_there_are_at_least_100_cases():
    assert len(CASES) >= 100 and len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=c.mark or ())
                                  for c in CASES])
def test_case(outcomes, case):
    status, stdout, stderr = outcomes[1][case.id]
    text = stderr.decode("utf-8", "backslashreplace")
    assert b"Traceback" not in stderr, text
    assert status == case.status, text
    lines = text.splitlines()
    assert len(lines) == len(case.stderr), text
    for line, pattern in zip(lines, case.stderr):
        assert re.fullmatch(pattern, line), (pattern, line)


def test_nothing_half_written_is_left_in_the_cache(outcomes):
    from tinyexec.model.weights import Weights
    cache = outcomes[0]
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert files, "the cases compiled programs: the cache must hold them"
    assert not [p for p in files if ".tmp" in p.name or p.name.startswith(".")]
    for path in cache.rglob("*.npz"):
        Weights.load(path, verify=True)
    # a native kernel's .lock file is only ever locked, never written
    assert all(p.stat().st_size > 0 for p in files if p.suffix != ".lock")


@pytest.mark.parametrize("call, error, words", [
    (lambda t, p: t.compile_source(None), TypeError, "must be text"),
    (lambda t, p: t.run(p, args="27"), TypeError, "not one string"),
    (lambda t, p: t.run("programs/collatz.c"), TypeError, "compiled Program"),
    (lambda t, p: t.Run(p, stdin="text"), TypeError, "stdin must be bytes"),
    (lambda t, p: t.Run(p).advance(-1), ValueError, "at least 1"),
    (lambda t, p: t.Run(p).advance(2.5), TypeError, "an integer"),
    (lambda t, p: t.run(p, max_tokens=-3), ValueError, "non-negative"),
])
def test_the_python_api_names_a_wrong_argument(call, error, words):
    import tinyexec
    program = tinyexec.compile_source("int main(void) { return 3; }", "three.c")
    with pytest.raises(error, match=words):
        call(tinyexec, program)


def test_a_huge_token_budget_is_no_huge_allocation():
    """``advance(10**20)`` runs to the end, a chunk at a time, on both engines."""
    import tinyexec
    program = tinyexec.compile_source("int main(void) { return 3; }", "three.c")
    for engine in ("reference", "transformer"):
        run = tinyexec.Run(program, engine=engine)
        run.advance(10**20)
        assert run.exit_code == 3

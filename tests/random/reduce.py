"""Shrink a C program that shows a tinyexec bug, keeping the bug.

    python tests/random/reduce.py prog.c --crash "stack depth mismatch"   tinyexec raises this
    python tests/random/reduce.py prog.c --mismatch                       tinyexec's output differs
                                                                          from gcc's
    python tests/random/reduce.py prog.c --mismatch -o small.c

Delta debugging (ddmin) over lines and over whole `{ ... }` blocks, then
simplification of parenthesized subexpressions to 0 or 1.  With --mismatch a
candidate only counts when gcc compiles it cleanly under
-fsanitize=undefined,address and -O0 and -O2 agree, so the shrunken program is
still one whose meaning C fixes (reads of uninitialized locals are the one kind
of UB the sanitizers miss: check the result by eye).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tinyexec.compiler import compile_source      # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from randcommon import WARNINGS_AS_ERRORS         # noqa: E402
from tinyexec.runner import run                   # noqa: E402

MAX_TOKENS = 20_000_000


def tinyexec_result(text: str):
    """(stdout, exit code) on the reference engine, or the exception's text."""
    try:
        r = run(compile_source(text, "reduce.c"), engine="reference", max_tokens=MAX_TOKENS)
    except Exception as e:                         # a crash is a result too
        return f"{type(e).__name__}: {e}"
    return r.stdout, None if r.exit_code is None else r.exit_code & 255


def gcc_result(text: str, work: Path, sanitize=False, opt="-O2"):
    src = work / "c.c"
    src.write_text(text)
    flags = ["-fsanitize=undefined,address", "-fno-sanitize-recover=all"] if sanitize else []
    done = subprocess.run(["gcc", "-std=c99", opt, *flags, *WARNINGS_AS_ERRORS,
                           "-o", str(work / "a.out"), str(src)], capture_output=True)
    if done.returncode:
        return None
    try:
        r = subprocess.run([str(work / "a.out")], capture_output=True, timeout=10)
    except subprocess.TimeoutExpired:
        return None
    if r.stderr or r.returncode < 0:
        return None
    return r.stdout, r.returncode


def crash_test(message: str):
    def interesting(text: str, work: Path) -> bool:
        result = tinyexec_result(text)
        return isinstance(result, str) and message in result and gcc_compiles(text, work)
    return interesting


def gcc_compiles(text: str, work: Path) -> bool:
    """Is text still valid C (so a rejection by tinyexec is a bug)?"""
    (work / "c.c").write_text(text)
    return subprocess.run(["gcc", "-std=c99", "-fsyntax-only", "-w", str(work / "c.c")],
                          capture_output=True).returncode == 0


def mismatch_test(text: str, work: Path) -> bool:
    want = gcc_result(text, work)
    if want is None or gcc_result(text, work, opt="-O0") != want:
        return False
    got = tinyexec_result(text)
    if isinstance(got, str) or got == want:
        return False
    return gcc_result(text, work, sanitize=True, opt="-O1") == want


def blocks(lines: list) -> list:
    """The `{ ... }` blocks (a line ending in `{` up to its matching `}`), biggest first."""
    units, stack = [], []
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("}") and stack:
            units.append((stack.pop(), i + 1))
        if s.endswith("{"):
            stack.append(i)
    return sorted(units, key=lambda u: u[0] - u[1])


def reduce_lines(text: str, interesting, work: Path) -> str:
    lines = text.splitlines()
    keep = lambda candidate: interesting("\n".join(candidate) + "\n", work)
    size = len(lines) // 2
    while size >= 1:                               # ddmin-style: big ranges of lines first
        start = 0
        while start < len(lines):
            candidate = lines[:start] + lines[start + size:]
            if candidate and keep(candidate):
                lines = candidate
            else:
                start += size
        size //= 2
    progress = True
    while progress:                                # then whole blocks, then single lines
        progress = False
        i = 0
        while i < len(blocks(lines)):
            a, b = blocks(lines)[i]
            candidate = lines[:a] + lines[b:]
            if keep(candidate):
                lines, progress = candidate, True
            else:
                i += 1
        for j in reversed(range(len(lines))):
            if j < len(lines) and keep(lines[:j] + lines[j + 1:]):
                lines, progress = lines[:j] + lines[j + 1:], True
    return "\n".join(lines) + "\n"


def parenthesized(text: str) -> list:
    spans, stack = [], []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            spans.append((stack.pop(), i + 1))
    return sorted(spans, key=lambda s: s[0] - s[1])


def simplify_expressions(text: str, interesting, work: Path) -> str:
    """Replace parenthesized subexpressions, then numbers, by 0 or 1."""
    i = 0
    while i < len(parenthesized(text)):
        a, b = parenthesized(text)[i]
        if text[a:b] not in ("(0)", "(1)"):        # (never flip between the two forever)
            for repl in ("(0)", "(1)"):
                candidate = text[:a] + repl + text[b:]
                if interesting(candidate, work):
                    text = candidate
                    break
            else:
                i += 1
        else:
            i += 1
    for m in reversed(list(re.finditer(r"(?<![\w.'\\])\d{2,}u?", text))):
        candidate = text[:m.start()] + "1" + text[m.end():]
        if interesting(candidate, work):
            text = candidate
    return text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--crash", metavar="MESSAGE")
    group.add_argument("--mismatch", action="store_true")
    ap.add_argument("-o", "--output")
    args = ap.parse_args(argv)
    text = Path(args.file).read_text()
    test = crash_test(args.crash) if args.crash else mismatch_test
    seen: dict = {}

    def interesting(candidate: str, work: Path) -> bool:
        """The test, remembered per text; reports progress on stderr."""
        if candidate not in seen:
            seen[candidate] = test(candidate, work)
            if seen[candidate]:
                print(f"  {len(seen)} tries: {candidate.count(chr(10))} lines, {len(candidate)} chars",
                      file=sys.stderr)
        return seen[candidate]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not interesting(text, work):
            print("the program does not show the bug", file=sys.stderr)
            return 1
        for _ in range(3):
            before = text
            text = reduce_lines(text, interesting, work)
            text = simplify_expressions(text, interesting, work)
            if text == before:
                break
    if args.output:
        Path(args.output).write_text(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

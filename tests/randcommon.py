"""What the random-program generators (tests/randprog.py: integers,
tests/randfloat.py: floating point) and their tests (tests/test_random.py,
tests/test_random_float.py) share: running a program under gcc and on
tinyexec's reference interpreter, comparing seeds (in batches, in processes),
the UB check, recording gcc's output for a directory of programs, the command
line, and the tests' reproducer lists and transformer check.

A generator is described by a ``Kind``: its generate function, its features
and its gcc flags.  Everything here takes one.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import subprocess
import tempfile
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

MAX_TOKENS = 20_000_000                 # a runaway program stops here (and fails)

# Undefined behaviour the sanitizers do not catch in C, but gcc's warnings do
# (as far as they can see it): unsequenced modifications, a missing return
# value, uninitialized reads.  (Not -Wdiv-by-zero or -Warray-bounds: they fire
# in guarded branches that never run; the sanitizers check those at run time.)
WARNINGS_AS_ERRORS = ["-Werror=sequence-point", "-Werror=return-type", "-Werror=uninitialized",
                      "-Werror=maybe-uninitialized", "-Werror=int-conversion",
                      "-Werror=incompatible-pointer-types", "-Werror=implicit-function-declaration"]


@dataclass(frozen=True)
class Kind:
    """A generator of random programs, and how gcc builds them."""
    name: str                           # the script's file name, for messages
    generate: Callable                  # (seed, size, without) -> C source
    features: tuple
    gcc_flags: tuple                    # gcc's options for the comparison
    sanitize: tuple                     # the UB check's sanitizer options
    ub_flags: tuple = ("-std=c99",)     # the UB check's options before its own
    libs: tuple = ()                    # after the source file
    off_by_default: frozenset = frozenset()
    # (seeds, size, without) -> one program running them all, printing
    # "== seed N: r" after each (see split_batch); None: no batches
    generate_batch: Callable | None = None


class Choices:
    """The random choices of a generator, drawn from ``self.rng`` (a
    random.Random seeded with the program's seed)."""

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choice(self, seq):
        return self.rng.choice(seq)

    def pick(self, weighted: dict):
        """A key of ``weighted`` chosen with its weight (keys with weight 0 never)."""
        keys = [k for k, w in weighted.items() if w > 0]
        return self.rng.choices(keys, [weighted[k] for k in keys])[0] if keys else None


# ---------------------------------------------------------------- running a program

def gcc_run(kind: Kind, source: str, workdir: Path, name: str = "prog", flags=()) -> tuple[bytes, int]:
    """Compile with gcc (kind.gcc_flags) and run: (stdout, exit status)."""
    src, exe = Path(workdir) / f"{name}.c", Path(workdir) / name
    src.write_text(source)
    subprocess.run(["gcc", *kind.gcc_flags, *flags, "-o", str(exe), str(src), *kind.libs],
                   check=True, capture_output=True)
    done = subprocess.run([str(exe)], capture_output=True, timeout=60)
    return done.stdout, done.returncode


def outcome(result) -> tuple[bytes, int | None]:
    """A tinyexec run's (stdout, exit code & 255, None when it did not exit)."""
    return result.stdout, None if result.exit_code is None else result.exit_code & 255


def tinyexec_run(source: str, name: str = "prog.c", max_tokens: int = MAX_TOKENS):
    """(stdout, exit code & 255 or None) on tinyexec's reference interpreter, and
    the number of instructions."""
    from tinyexec.compiler import compile_source
    from tinyexec.runner import run
    r = run(compile_source(source, name), engine="reference", max_tokens=max_tokens)
    return outcome(r), r.instructions


# ---------------------------------------------------------------- the UB check

def ub_check_one(kind: Kind, seed: int, size: float, without, workdir: Path) -> str | None:
    """Compile seed's program with the sanitizers (and -O0 and -O2 without them);
    return a description of the problem, or None when it is clean and all agree."""
    src, exe = Path(workdir) / f"u{seed}.c", Path(workdir) / f"u{seed}"
    src.write_text(kind.generate(seed, size, without))
    outputs = []
    for flags in ([*kind.sanitize, "-O1"], ["-O0"], ["-O2", *WARNINGS_AS_ERRORS]):
        done = subprocess.run(["gcc", *kind.ub_flags, *flags, "-o", str(exe), str(src), *kind.libs],
                              capture_output=True, text=True)
        if done.returncode:
            return f"seed {seed}: gcc {' '.join(flags)} failed:\n{done.stderr[:3000]}"
        try:
            r = subprocess.run([str(exe)], capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            return f"seed {seed}: {' '.join(flags)}: still running after 60 s"
        if r.stderr or r.returncode < 0 or r.returncode > 255:
            return f"seed {seed}: {' '.join(flags)}: exit {r.returncode}\n{r.stderr.decode()[:2000]}"
        outputs.append((r.stdout, r.returncode))
    if len(set(outputs)) > 1:
        # Different results at different optimization levels: the program
        # depends on something C leaves open (say, evaluation order).
        return f"seed {seed}: -O0/-O1/-O2 disagree"
    src.unlink()
    return None


def ub_check(kind: Kind, start: int, count: int, size: float, without, jobs: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        with ThreadPoolExecutor(jobs) as pool:
            problems = [p for p in pool.map(lambda s: ub_check_one(kind, s, size, without, Path(tmp)),
                                            range(start, start + count)) if p]
    for p in problems:
        print(p)
    print(f"{count - len(problems)}/{count} seeds clean (size {size})")
    return 1 if problems else 0


# ---------------------------------------------------------------- comparing seeds

def compare_source(kind: Kind, source: str, name: str, workdir=None, max_tokens=MAX_TOKENS):
    """(gcc's (stdout, status), tinyexec's (stdout, status), tinyexec's
    instruction count); gcc's is a string when gcc failed (a generator bug),
    tinyexec's the text of the exception it raised."""
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        try:
            want = gcc_run(kind, source, Path(tmp), "prog")
        except (subprocess.SubprocessError, OSError) as e:
            want = f"gcc: {type(e).__name__}: {str(e)[:300]}"
    try:
        got, instructions = tinyexec_run(source, name, max_tokens)
    except Exception as e:               # a compiler crash or rejection is a finding too
        got, instructions = f"{type(e).__name__}: {e}", 0
    return want, got, instructions


def compare(kind: Kind, seed: int, size: float = 1.0, without=None, workdir=None):
    """compare_source for one seed's program."""
    source = kind.generate(seed, size, kind.off_by_default if without is None else without)
    return compare_source(kind, source, f"seed{seed}.c", workdir)


def split_batch(stdout: bytes, seeds) -> dict:
    """A batch's output cut at its "== seed N: r" lines: seed -> its part."""
    parts, rest = {}, stdout
    for seed in seeds:
        marker = f"== seed {seed}: ".encode()
        at = rest.find(marker)
        if at < 0:
            break
        end = rest.find(b"\n", at) + 1 or len(rest)
        parts[seed], rest = rest[:end], rest[end:]
    return parts


def compare_batch(kind: Kind, seeds, size: float = 1.0, without=None, workdir=None) -> dict:
    """seed -> (gcc's outcome, tinyexec's) for several seeds compiled as one program
    (kind.generate_batch; one by one without it); the seeds of a batch that fails
    as a whole (a compiler error, no exit) are run one by one.  An outcome is
    (stdout, exit code) as in compare, or a string (what failed)."""
    seeds = list(seeds)
    without = kind.off_by_default if without is None else without
    if kind.generate_batch is None or len(seeds) == 1:
        return {seed: compare(kind, seed, size, without, workdir)[:2] for seed in seeds}
    source = kind.generate_batch(seeds, size, without)
    want, got, _ = compare_source(kind, source, "batch.c", workdir, max_tokens=len(seeds) * MAX_TOKENS)
    if isinstance(want, str) or isinstance(got, str) or got[1] is None:
        return {seed: compare(kind, seed, size, without, workdir)[:2] for seed in seeds}
    wparts, gparts = split_batch(want[0], seeds), split_batch(got[0], seeds)
    out = {}
    for seed in seeds:
        w, g = wparts.get(seed), gparts.get(seed)
        out[seed] = ((w, 0), (g, 0) if g is not None else "missing from the batch's output")
    if got != want and all(out[s][0] == out[s][1] for s in seeds):
        out[seeds[-1]] = (want, got)     # the exit code alone (it is the xor of all)
    return out


def batches(seeds, batch: int) -> list:
    seeds = list(seeds)
    return [seeds[i:i + batch] for i in range(0, len(seeds), batch)]


def compare_all(kind: Kind, seeds, size: float, without=None, batch: int = 1, jobs: int = 2) -> dict:
    """seed -> (gcc's outcome, tinyexec's), ``batch`` seeds to a program, ``jobs``
    processes (the compiler is Python: threads would share one core).  The
    processes are spawned, not forked: the caller may hold threads (numba's)."""
    parts = batches(seeds, batch)
    n = len(parts)
    results = {}
    with tempfile.TemporaryDirectory() as tmp, \
            ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for part in pool.map(compare_batch, [kind] * n, parts, [size] * n, [without] * n, [tmp] * n):
            results.update(part)
    return results


def describe(kind: Kind, seed: int, size: float, want, got, without=None) -> str:
    """A failed comparison, with the command that prints the program."""
    command = f"python tests/{kind.name} --seed {seed} --size {size}"
    if without:
        command += f" --without {','.join(sorted(without))}"
    if isinstance(want, str):
        return f"seed {seed}: gcc failed (a generator bug): {want}\n  {command}"
    if isinstance(got, str):
        return f"seed {seed}: tinyexec raised {got}\n  {command}"
    lines = [f"seed {seed}: tinyexec differs from gcc ({command})"]
    if got[1] != want[1]:
        lines.append(f"  exit code: gcc {want[1]}, tinyexec {got[1]}")
    for g, t in zip(want[0].decode("latin-1").splitlines(), got[0].decode("latin-1").splitlines()):
        if g != t:
            lines.append(f"  first difference: gcc {g!r}, tinyexec {t!r}")
            break
    return "\n".join(lines)


# ---------------------------------------------------------------- campaigns

def campaign_batch(kind: Kind, seeds, size: float, without, workdir: Path, out: Path | None) -> list:
    """Run a batch of seeds; a seed that differs in a batch is run alone too, and
    kept in out."""
    results = []
    for seed, (want, got) in compare_batch(kind, seeds, size, without, workdir).items():
        if isinstance(want, str):
            results.append({"seed": seed, "status": "gcc", "detail": want})
            continue
        if got == want:
            results.append({"seed": seed, "status": "ok"})
            continue
        if len(seeds) > 1:
            want1, got1, _ = compare(kind, seed, size, without, workdir)     # alone
        else:
            want1, got1 = want, got
        status = "differs" if got1 != want1 else "differs in a batch only"
        results.append({"seed": seed, "status": status,
                        "detail": describe(kind, seed, size, want1, got1, without)
                        if got1 != want1 else ""})
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"seed{seed}_size{size}.c").write_text(kind.generate(seed, size, without))
            dump = lambda x: x if isinstance(x, str) else [x[0].decode("latin-1"), x[1]]
            (out / f"seed{seed}_size{size}.json").write_text(json.dumps(
                {"gcc": dump(want1), "tinyexec": dump(got1),
                 "gcc_in_batch": dump(want), "tinyexec_in_batch": dump(got)}, indent=1))
    return results


def campaign(kind: Kind, start: int, count: int, size: float, without, jobs: int, out: Path | None,
             batch: int = 10) -> int:
    """Seeds start.. on gcc and tinyexec, ``batch`` seeds to a program, in ``jobs``
    processes; print the seeds that differ."""
    results = []
    parts = batches(range(start, start + count), batch if kind.generate_batch else 1)
    n = len(parts)
    with tempfile.TemporaryDirectory() as tmp:
        with ProcessPoolExecutor(jobs) as pool:
            for rs in pool.map(campaign_batch, [kind] * n, parts, [size] * n, [without] * n,
                               [Path(tmp)] * n, [out] * n):
                for r in rs:
                    results.append(r)
                    if r["status"] != "ok":
                        print(f"seed {r['seed']} (size {size}): {r['status']} "
                              f"{r.get('detail', '')}", flush=True)
                if len(results) % 50 < len(rs):
                    print(f"{len(results)} seeds run", flush=True)
    bad = [r for r in results if r["status"] != "ok"]
    print(f"{count - len(bad)}/{count} seeds agree (size {size}, seeds {start}..{start + count - 1})")
    return 1 if bad else 0


# ---------------------------------------------------------------- recorded programs

def record_expected(kind: Kind, directory: Path) -> int:
    """Write directory/expected.json: gcc's stdout and exit status for each .c in it."""
    expected = {}
    with tempfile.TemporaryDirectory() as tmp:
        for src in sorted(Path(directory).glob("*.c")):
            out, code = gcc_run(kind, src.read_text(), Path(tmp), src.stem)
            expected[src.name] = {"stdout": out.decode(), "exit_code": code}
    (Path(directory) / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    print(f"{Path(directory) / 'expected.json'}: {len(expected)} programs")
    return 0


def recorded(directory: Path) -> dict:
    """directory/expected.json: file name -> {"stdout", "exit_code"}."""
    return json.loads((Path(directory) / "expected.json").read_text())


def check_recorded(directory: Path, name: str, entry: dict, crash_is_result: bool = False):
    """tinyexec's reference gives directory/name the outcome gcc did (entry); with
    crash_is_result, a compiler exception counts as an (unequal) outcome."""
    try:
        got = tinyexec_run((Path(directory) / name).read_text(), name)[0]
    except Exception as e:
        if not crash_is_result:
            raise
        got = f"{type(e).__name__}: {e}"
    assert got == (entry["stdout"].encode(), entry["exit_code"])


def check_gcc_recorded(kind: Kind, directory: Path, name: str, entry: dict, workdir: Path):
    """The recorded entry is what gcc prints for directory/name (it is valid C)."""
    assert gcc_run(kind, (Path(directory) / name).read_text(), workdir) == \
        (entry["stdout"].encode(), entry["exit_code"])


def open_bugs(directory: Path) -> set:
    """The reproducers listed under "## Open" in directory/README.md."""
    text = (Path(directory) / "README.md").read_text()
    section = text.split("## Open", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\* `([\w.-]+\.c)`", section, re.M))


def regression_cases(directory: Path, xfail_open: bool = True) -> list:
    """pytest parameters (name, entry) for the reproducers in directory; the open
    ones are expected to fail, strictly (a fix must move them to "Fixed")."""
    import pytest
    bugs = open_bugs(directory) if xfail_open else set()
    return [pytest.param(name, entry, id=name[:-2],
                         marks=[pytest.mark.xfail(strict=True, reason="open bug: see README.md")]
                         if name in bugs else [])
            for name, entry in sorted(recorded(directory).items())]


def check_reproducers_recorded(directory: Path):
    """Every .c file in directory is recorded, and every open one exists."""
    files = {p.name for p in Path(directory).glob("*.c")}
    assert files == set(recorded(directory))
    assert open_bugs(directory) <= files
    return files


def check_transformer(source: str, name: str, weights):
    """The program runs token-identical on the transformer and the reference."""
    import numpy as np
    from tinyexec.compiler import compile_source
    from tinyexec.runner import run
    prog = compile_source(source, name)
    reference = run(prog, engine="reference", keep_trace=True, max_tokens=MAX_TOKENS)
    transformer = run(prog, engine="transformer", weights=weights, keep_trace=True,
                      max_tokens=len(reference.trace) + 10)
    assert reference.exit_code is not None
    assert np.array_equal(transformer.trace, reference.trace)


# ---------------------------------------------------------------- the command line

def main(kind: Kind, doc: str, argv=None) -> int:
    """The command line of a generator script (its docstring's first paragraph
    is the description)."""
    import sys
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--size", type=float, default=1.0)
    ap.add_argument("--without", default="", help="comma-separated features to leave out: "
                    + ", ".join(kind.features))
    if kind.off_by_default:
        ap.add_argument("--with", dest="with_", default="", help="features off by default to put in: "
                        + ", ".join(sorted(kind.off_by_default)))
    ap.add_argument("--ub-check", type=int, metavar="N",
                    help=f"check N seeds from --seed with {' '.join(kind.sanitize[:1])}")
    ap.add_argument("--campaign", type=int, metavar="N",
                    help="run N seeds from --seed on gcc and tinyexec's reference")
    ap.add_argument("--out", type=Path, help="--campaign: keep the programs that differ here")
    ap.add_argument("--jobs", type=int, default=2)
    if kind.generate_batch:
        ap.add_argument("--batch", type=int, default=10, help="--campaign: seeds per program")
    ap.add_argument("--record-expected", metavar="DIR",
                    help="write DIR/expected.json: gcc's output for each .c file in DIR")
    args = ap.parse_args(argv)
    without = frozenset(w for w in args.without.split(",") if w)
    with_ = frozenset(w for w in getattr(args, "with_", "").split(",") if w)
    unknown = (without | with_) - set(kind.features)
    if unknown:
        ap.error(f"unknown features: {', '.join(sorted(unknown))}")
    without = without | (kind.off_by_default - with_)
    if args.record_expected:
        return record_expected(kind, Path(args.record_expected))
    if args.ub_check:
        return ub_check(kind, args.seed, args.ub_check, args.size, without, args.jobs)
    if args.campaign:
        return campaign(kind, args.seed, args.campaign, args.size, without, args.jobs, args.out,
                        getattr(args, "batch", 1))
    sys.stdout.write(kind.generate(args.seed, args.size, without))
    return 0

"""Time per generated token of two revisions, measured side by side.

    python bench/side_by_side.py [--before REV] [--after REV] [--program sudoku]
                                 [--tokens 300000] [--rounds 5]

Each revision is exported (``git archive``) to a temporary directory with its
own weights and Numba caches.  The rounds alternate between the two (before,
after, before, ...), each in a fresh process that runs the revision's own
compiler and engine on the program and times the generated tokens
``[2000, 2000 + tokens)`` (the prompt's prefill and the first steps are left
out), in CPU time.  A first, untimed round per revision fills its caches.
Prints the median microseconds per token of each and their ratio.  This
machine's speed drifts by tens of percent from minute to minute: only
alternating runs compared by their medians say much.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "d8bb29f"        # the last commit of the stack machine (before Machine v2)

CHILD = r"""
import json, sys, time
from tinyexec import machine
from tinyexec.compiler import compile_file
from tinyexec.engine import Session
from tinyexec.model.weights import load_default
program, n = sys.argv[1], int(sys.argv[2])
weights = load_default()
prompt = machine.prompt(compile_file(f"programs/{program}.c"), [program.encode()])
session = Session(weights, prompt)
session.advance(2000)
cpu, wall = time.process_time(), time.perf_counter()
done = len(session.advance(n))
print(json.dumps({"tokens": done, "cpu": time.process_time() - cpu,
                  "wall": time.perf_counter() - wall}))
"""


def export(rev: str, into: Path) -> Path:
    """The tree of ``rev`` in a directory of its own."""
    target = into / rev
    target.mkdir()
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True,
                             capture_output=True).stdout
    tmp = into / f"{rev}.tar"
    tmp.write_bytes(archive)
    with tarfile.open(tmp) as tar:
        tar.extractall(target, filter="data")
    return target


def measure(tree: Path, program: str, tokens: int) -> dict:
    env = {"PYTHONPATH": str(tree), "TINYEXEC_CACHE": str(tree / ".cache"),
           "NUMBA_CACHE_DIR": str(tree / ".numba"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", CHILD, program, str(tokens)], cwd=tree,
                          env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default=BEFORE)
    ap.add_argument("--after", default="HEAD")
    ap.add_argument("--program", default="sudoku")
    ap.add_argument("--tokens", type=int, default=300_000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trees = {rev: export(rev, Path(tmp)) for rev in (args.before, args.after)}
        for rev, tree in trees.items():                  # fill the caches, untimed
            measure(tree, args.program, 1000)
        per_token = {rev: [] for rev in trees}
        for r in range(args.rounds):
            for rev, tree in trees.items():
                m = measure(tree, args.program, args.tokens)
                per_token[rev].append(1e6 * m["cpu"] / m["tokens"])
                print(f"round {r + 1}: {rev:>10} {per_token[rev][-1]:.2f} us/token "
                      f"({m['tokens']:,} tokens)", file=sys.stderr)
    median = {rev: statistics.median(v) for rev, v in per_token.items()}
    b, a = median[args.before], median[args.after]
    print(f"{args.program}, generated tokens 2,000..{2000 + args.tokens:,}, median of "
          f"{args.rounds} alternating rounds (CPU time):")
    print(f"  before ({args.before}): {b:.2f} us/token ({1e6 / b:,.0f} tok/s)")
    print(f"  after  ({args.after}): {a:.2f} us/token ({1e6 / a:,.0f} tok/s)")
    print(f"  speed per token, after / before: {b / a:.2f}x")


if __name__ == "__main__":
    main()

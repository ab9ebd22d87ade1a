"""``make bench``: speed, scaling, memory and start-up figures, printed and saved.

Every figure is measured by this run; ``bench/results.json`` keeps them so
later runs can be compared.  Single thread throughout (Numba kernels are serial).
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ["hello", "collatz", "fibonacci", "addition", "hungarian", "sudoku", "crc32",
            "factorial", "nbody"]
# C operators timed by `operators`: (label, declaration of a and b, expression)
OPERATORS = [("a + b", "int", "a + b"), ("a * b", "int", "a * b"),
             ("a / b unsigned", "unsigned", "a / b"), ("a % b unsigned", "unsigned", "a % b"),
             ("a / b signed", "int", "a / b"), ("a % b signed", "int", "a % b"),
             ("a & b", "int", "a & b"), ("a | b", "int", "a | b"), ("a ^ b", "int", "a ^ b"),
             ("a << b", "int", "a << b"), ("a >> b unsigned", "unsigned", "a >> b"),
             ("a >> b signed", "int", "a >> b"), ("a << 5", "int", "a << 5"),
             ("a >> 5 unsigned", "unsigned", "a >> 5"), ("a >> 5 signed", "int", "a >> 5"),
             ("a + b long long", "long long", "a + b"), ("a * b long long", "long long", "a * b"),
             ("a / b long long", "long long", "a / b"), ("a << b long long", "long long", "a << b"),
             ("a + b double", "double", "a + b"),
             ("a * b double", "double", "a * b"), ("a / b double", "double", "a / b"),
             ("sqrt(a) double", "double", "sqrt(a)"),
             ("(int)a double", "double", "(int)a"), ("a + b float", "float", "a + b")]
LINEAR_CAP = 50_000
WINDOWS = (10_000, 100_000, 1_000_000, 5_000_000)


def _table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).rjust(w) for c, w in zip(r, widths))
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def _timed(run, chunk=1 << 16, marks=()):
    """Advance a Run to the end; return the wall time and {mark: (tokens, seconds)},
    stopping exactly at each mark so that windows have exact edges."""
    at = {}
    marks = sorted(marks)
    t0 = time.perf_counter()
    while not run.finished:
        step = min(chunk, marks[0] - run.generated) if marks else chunk
        run.advance(step)
        if marks and run.generated >= marks[0]:
            at[marks.pop(0)] = (run.generated, time.perf_counter() - t0)
    return time.perf_counter() - t0, at


def programs(weights):
    from .compiler import compile_file
    from .runner import Run
    rows, out = [], {}
    for name in PROGRAMS:
        prog = compile_file(ROOT / "programs" / f"{name}.c")
        ref = Run(prog, engine="reference")
        ref.advance(1 << 12)                     # compile/warm the kernels outside the timing
        Run(prog, weights=weights).advance(1)
        ref = Run(prog, engine="reference")
        ref_wall, _ = _timed(ref, chunk=1 << 22)
        tr = Run(prog, weights=weights)
        tr_wall, _ = _timed(tr)
        lin = Run(prog, attention="linear", weights=weights)
        t0 = time.perf_counter()
        while not lin.finished and lin.generated < LINEAR_CAP:
            lin.advance(min(1 << 14, LINEAR_CAP - lin.generated))
        lin_wall = time.perf_counter() - t0
        assert tr.stdout == ref.stdout and tr.generated == ref.generated, name
        r = dict(prompt_tokens=len(tr.prompt), generated_tokens=tr.generated,
                 instructions=tr.instructions, tokens_per_instruction=tr.generated / tr.instructions,
                 sorted_wall=tr_wall, sorted_tok_s=tr.generated / tr_wall,
                 linear_tokens=lin.generated, linear_wall=lin_wall,
                 linear_tok_s=lin.generated / lin_wall,
                 reference_wall=ref_wall, reference_tok_s=ref.generated / ref_wall)
        out[name] = r
        rows.append([name, f"{r['prompt_tokens']:,}", f"{r['generated_tokens']:,}",
                     f"{r['instructions']:,}", f"{r['tokens_per_instruction']:.2f}",
                     f"{tr_wall:.2f}", f"{r['sorted_tok_s']:,.0f}",
                     f"{lin.generated:,}{'' if lin.finished else '*'}", f"{r['linear_tok_s']:,.0f}",
                     f"{ref_wall:.3f}", f"{r['reference_tok_s']:,.0f}"])
        print(f"  {name}: done", file=sys.stderr)
    print(_table(rows, ["program", "prompt", "generated", "instr", "tok/instr",
                        "sorted s", "sorted tok/s", "linear tok", "linear tok/s",
                        "ref s", "ref tok/s"]))
    print(f"(* linear attention capped at the first {LINEAR_CAP:,} generated tokens)")
    return out


def _window_rates(run, wall, at):
    """{label: tok/s} for the windows between the marks reached (and the end)."""
    rates, prev = {}, (0, 0.0)
    ends = [at[w] for w in WINDOWS if w in at]
    if not ends or ends[-1][0] != run.generated:
        ends.append((run.generated, wall))
    for n, t in ends:
        rates[f"{prev[0]:,}..{n:,}"] = (n - prev[0]) / (t - prev[1]) if t > prev[1] else 0.0
        prev = (n, t)
    return rates


def scaling(weights, program_name, repeats=3):
    """tok/s per window of a long run (the median of ``repeats`` runs, as the VM's
    timing is noisy), memory per token and exactness vs the reference (first run)."""
    from .compiler import compile_file
    from .reference import run_reference
    from .runner import Run
    prog = compile_file(ROOT / "programs" / f"{program_name}.c")
    all_rates, walls = [], []
    for i in range(repeats):
        run = Run(prog, weights=weights, keep_trace=i == 0)
        run.advance(1)                          # prefill outside the windows and the memory count
        if i == 0:
            tracemalloc.start()                 # NumPy reports its buffers to tracemalloc
        wall, at = _timed(run, chunk=1 << 16, marks=WINDOWS)
        if i == 0:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            engine_bytes = run._impl.memory_bytes
            trace = run.trace
        all_rates.append(_window_rates(run, wall, at))
        walls.append(wall)
    windows = {label: float(np.median([r[label] for r in all_rates])) for label in all_rates[0]}
    print(_table([[label, f"{rate:,.0f}"] + [f"{r[label]:,.0f}" for r in all_rates]
                  for label, rate in windows.items()],
                 ["window (generated tokens)", "tok/s (median)"]
                 + [f"run {i + 1}" for i in range(repeats)]))
    ref = run_reference(run.prompt, max_tokens=len(trace) + 10)
    identical = bool(np.array_equal(ref, trace))
    wall = float(np.median(walls))
    per_token_engine = engine_bytes / run.generated
    per_token_peak = peak / run.generated
    print(f"{program_name}: {run.generated:,} tokens in {wall:.1f} s (median of {repeats}; "
          f"{run.generated / wall:,.0f} tok/s); token-identical to the reference: {identical}")
    print(f"memory: peak {per_token_peak:.0f} B per generated token (caches, token buffer, "
          f"kept trace, growth copies); engine state at the end {per_token_engine:.0f} B/token")
    return dict(program=program_name, generated_tokens=run.generated, wall=wall,
                windows_tok_s=windows, windows_each_run=all_rates,
                identical_to_reference=identical,
                engine_bytes_per_token=per_token_engine, peak_bytes_per_token=per_token_peak)


def breakdown(weights, program_name="sudoku"):
    """Where a token's time goes: the kernel counts the processor's cycles of
    each part of every token (``Session(profile=True)``); the shares of one
    whole run, turned into microseconds by its wall time."""
    from .compiler import compile_file
    from .engine import PROFILE, Session
    from .machine import prompt
    session = Session(weights, prompt(compile_file(ROOT / "programs" / f"{program_name}.c")),
                      profile=True)
    session.advance(1)                       # the prefill is not a generated token's time
    session.profile[:] = 0
    t0 = time.perf_counter()
    generated = len(session.advance(1 << 30))
    wall = time.perf_counter() - t0
    share = session.profile / session.profile.sum()
    per_token = wall / generated * 1e6
    print(_table([(part, f"{100 * f:.1f} %", f"{f * per_token:.2f}")
                  for part, f in zip(PROFILE, share)],
                 (f"{program_name}, a token's time ({per_token:.2f} µs, profiled run)",
                  "share", "µs/token")))
    return dict(program=program_name, us_per_token=per_token,
                shares={part: float(f) for part, f in zip(PROFILE, share)})


STORE_ORDERS = ("rising", "falling", "random")


def stores(weights, repeats=3):
    """programs/stores.c in its three orders (the same loop storing 1,048,576
    distinct byte addresses): tokens, tok/s (median of ``repeats`` runs, the
    orders alternating) and the ratio to rising, exactness against the
    reference, and the engine's memory at the end.  The sorted cache keeps one
    key per address, so falling and random orders insert below or among the
    keys already stored."""
    from .compiler import compile_file
    from .reference import run_reference
    from .runner import Run
    prog = compile_file(ROOT / "programs" / "stores.c")
    rates = {order: [] for order in STORE_ORDERS}
    out = {}
    for i in range(repeats):
        for order in STORE_ORDERS:
            run = Run(prog, args=[order], weights=weights, keep_trace=i == 0)
            run.advance(1)                      # prefill outside the timing
            wall, _ = _timed(run)
            rates[order].append(run.generated / wall)
            if i == 0:
                ref = run_reference(run.prompt, max_tokens=run.generated + 10)
                out[order] = dict(generated_tokens=run.generated, exit_code=run.exit_code,
                                  identical_to_reference=bool(np.array_equal(ref, run.trace)),
                                  engine_bytes=run._impl.memory_bytes)
            print(f"  stores {order}: run {i + 1} {rates[order][-1]:,.0f} tok/s", file=sys.stderr)
    rising = float(np.median(rates["rising"]))
    rows = []
    for order in STORE_ORDERS:
        r = out[order]
        r["tok_s"] = float(np.median(rates[order]))
        r["tok_s_each_run"] = rates[order]
        r["ratio_to_rising"] = r["tok_s"] / rising
        rows.append([order, f"{r['generated_tokens']:,}", f"{r['tok_s']:,.0f}",
                     f"{r['ratio_to_rising']:.2f}", " ".join(f"{x:,.0f}" for x in rates[order]),
                     f"{r['engine_bytes'] / r['generated_tokens']:.0f}",
                     str(r["identical_to_reference"] and r["exit_code"] == 0)])
    print("programs/stores.c, 1,048,576 distinct byte addresses in three orders:")
    print(_table(rows, ["order", "tokens", "tok/s (median)", "vs rising", "each run",
                        "engine B/token", "exact"]))
    return out


# A start, phase by phase, in a fresh interpreter (argv[1]: hello.c); cold or
# warm as the caches in its environment are empty or filled.
_PHASES = r"""
import sys, time
marks = [time.perf_counter()]
names = []
def mark(name):
    marks.append(time.perf_counter())
    names.append(name)
import tinyexec
mark("import tinyexec")
from tinyexec.__main__ import single_threaded_numpy
single_threaded_numpy()                  # as the command does
import numpy
mark("import numpy")
from tinyexec import engine, machine
from tinyexec.compiler import compile_file
from tinyexec.model.weights import cache_dir, load_default
mark("import the compiler and the engine")
program = compile_file(sys.argv[1], cache=cache_dir() / "programs")
mark("the program (compiled, or from its cache)")
weights = load_default()
mark("the weights (built, or from their cache)")
session = engine.Session(weights, machine.prompt(program, [b"hello.c"]))
mark("the prompt and the attention caches")
session.advance(1)
mark("the first token (warm: the kernel loaded, cold: the numpy pass, the kernel building)")
session.advance(1 << 20)
mark("the rest of the run")
print(";".join(f"{n}={b - a:.4f}" for n, a, b in zip(names, marks, marks[1:])))
print("numba" in sys.modules)
"""


def startup(repeats=3):
    """Cold (empty Numba, weight and program caches) and warm start of
    ``tinyexec run hello.c``, medians of ``repeats`` runs (each cold run with
    empty caches of its own), and where a cold and a warm start's time goes.
    A cold run leaves the kernel's build to a process of its own; when that
    has ended, counted from the run's start, is measured too (nothing else
    runs meanwhile)."""
    hello = str(ROOT / "programs" / "hello.c")
    cmd = [sys.executable, "-m", "tinyexec", "run", hello]

    def timed(env):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                       stdin=subprocess.DEVNULL)
        return time.perf_counter() - t0, t0

    def built(env, t0):
        """The seconds since ``t0`` when no build runs in ``env``'s cache."""
        subprocess.run([sys.executable, "-c", "from tinyexec import native\n"
                        "native.wait_for_builds()"], env=env, check=True)
        return time.perf_counter() - t0

    def phases(env):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        out = [("the interpreter's start", time.perf_counter() - t0)]
        text, numba = subprocess.run([sys.executable, "-c", _PHASES, hello], env=env, check=True,
                                     capture_output=True, text=True).stdout.splitlines()
        out += [(name, float(secs)) for name, secs in (p.split("=") for p in text.split(";"))]
        return out, numba == "True"

    with tempfile.TemporaryDirectory() as tmp:
        envs = [dict(os.environ, NUMBA_CACHE_DIR=f"{tmp}/{i}/numba", TINYEXEC_CACHE=f"{tmp}/{i}/w")
                for i in range(repeats + 1)]
        cold, kernel_built = [], []
        for env in envs[:repeats]:
            seconds, t0 = timed(env)
            cold.append(seconds)
            kernel_built.append(built(env, t0))
        warm = [timed(envs[0])[0] for _ in range(repeats)]
        (cold_phases, _), (warm_phases, numba) = phases(envs[repeats]), phases(envs[0])
        built(envs[repeats], time.perf_counter())
    print(f"start-up of `tinyexec run programs/hello.c` (medians of {repeats}): "
          f"cold {np.median(cold):.2f} s ({', '.join(f'{t:.2f}' for t in cold)}), "
          f"warm {np.median(warm):.2f} s ({', '.join(f'{t:.2f}' for t in warm)})")
    print(f"a cold run's kernel, built in the background: there "
          f"{np.median(kernel_built):.1f} s after the run started "
          f"({', '.join(f'{t:.1f}' for t in kernel_built)})")
    print(_table([(name, f"{c:.3f} s", f"{w:.3f} s")
                  for (name, c), (_, w) in zip(cold_phases, warm_phases)],
                 ("a start, phase by phase", "cold", "warm")))
    print(f"a warm start imports Numba: {'yes' if numba else 'no'}")
    return dict(cold_s=float(np.median(cold)), warm_s=float(np.median(warm)),
                cold_each=cold, warm_each=warm, import_s=warm_phases[1][1],
                kernel_built_s=float(np.median(kernel_built)), kernel_built_each=kernel_built,
                warm_imports_numba=numba,
                phases=dict(warm_phases), cold_phases=dict(cold_phases))


def operators(repeats=1000):
    """Generated tokens per C operator: a loop evaluating ``r = r + (a OP b)``
    against the same loop with ``r = r + a``; the difference per iteration is
    what the operator's instruction costs.  ``b`` comes from ``argc`` and ``a``
    follows ``r``, so that the compiler can neither fold the operator nor turn
    it into an induction variable.  A floating ``a`` only counts up instead (no
    compiler folds floating operations, and its values stay ordinary numbers:
    the soft float's cost depends on them, and following ``r`` would reach
    infinity)."""
    from .compiler import compile_source
    from .reference import run_reference
    from . import machine

    def tokens(decl, expr):
        src = (f"double sqrt(double);\n"
               f"int main(int argc, char **argv) {{ {decl} a = 123456789, b = argc + 3, r = 0;\n"
               f"for (int i = 0; i < {repeats}; i++) {{ r = r + ({expr}); "
               f"a = a + {'1' if decl in ('float', 'double') else 'r'}; }}\n"
               f"return r != 0; }}\n")       # every bit of r is used
        return len(run_reference(machine.prompt(compile_source(src, "op.c"))))

    base = {decl: tokens(decl, "a") for decl in {decl for _, decl, _ in OPERATORS}}
    out, rows = {}, []
    for label, decl, expr in OPERATORS:
        per = (tokens(decl, expr) - base[decl]) / repeats
        out[label] = per
        rows.append([label, f"{per:.1f}"])
    add = out["a + b"]
    for row in rows:
        row.append(f"{out[row[0]] / add:.1f}x")
    print(_table(rows, ["operator", "tokens", "vs a + b"]))
    return out


def model_size(weights):
    heads = len(weights.head_layer)
    neurons = len(weights.w_gate)
    params = sum(int(np.count_nonzero(a)) for a in (
        weights.embed, weights.pos, weights.wq, weights.wk, weights.wv, weights.wo,
        weights.w_gate, weights.w_up, weights.w_down, weights.unembed))
    print(f"model: vocabulary {len(weights.vocab)}, d_model {weights.d_model}, "
          f"{weights.n_layers} layers, {heads} heads of width 2, {neurons} FFN neurons, "
          f"{params:,} nonzero weights")
    return dict(vocab=len(weights.vocab), d_model=weights.d_model, layers=weights.n_layers,
                heads=heads, ffn_neurons=neurons, nonzero_weights=params)


def trace_overhead(program_name="hungarian", repeats=3):
    """Wall time of `tinyexec trace --every 1000` against `tinyexec run` on the same
    program (warm caches, best of ``repeats``, start-up included in both)."""
    source = str(ROOT / "programs" / f"{program_name}.c")
    walls = {}
    for label, cmd in (("run", ["run", source]), ("trace", ["trace", "--every", "1000", source])):
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tinyexec"] + cmd, check=True,
                           stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
            best = min(best, time.perf_counter() - t0)
        walls[label] = best
    ratio = walls["trace"] / walls["run"]
    print(f"trace overhead on {program_name}: run {walls['run']:.2f} s, "
          f"trace --every 1000 {walls['trace']:.2f} s: {ratio:.2f}x")
    return dict(program=program_name, run_s=walls["run"], trace_every_1000_s=walls["trace"],
                ratio=ratio)


MACHINE_V1 = ROOT / "bench" / "baseline-stack-machine.json"   # the stack machine's figures
TOKEN_TARGETS = ("sudoku", "hungarian", "collatz", "fibonacci", "crc32", "factorial")


def against_the_stack_machine(results):
    """Generated tokens and executed instructions per demo: the stack machine
    (its last ``make bench``) against this machine, and the ratios."""
    before = json.loads(MACHINE_V1.read_text())["programs"]
    rows, total_before, total_now = [], 0, 0
    for name, r in results["programs"].items():
        old = before.get(name)
        if old is None:
            continue
        ratio = r["generated_tokens"] / old["generated_tokens"]
        rows.append([name, f"{old['generated_tokens']:,}", f"{r['generated_tokens']:,}",
                     f"{ratio:.3f}", f"{old['instructions']:,}", f"{r['instructions']:,}",
                     f"{r['instructions'] / old['instructions']:.3f}"])
        if name in TOKEN_TARGETS:
            total_before += old["generated_tokens"]
            total_now += r["generated_tokens"]
    print("against the stack machine (bench/baseline-stack-machine.json):")
    print(_table(rows, ["program", "tokens before", "tokens now", "ratio", "instr before",
                        "instr now", "ratio"]))
    print(f"generated tokens over {', '.join(TOKEN_TARGETS)}: {total_before:,} -> "
          f"{total_now:,} ({total_now / total_before:.3f}x)")
    return dict(tokens_before=total_before, tokens_now=total_now,
                ratio=total_now / total_before)


def end_to_end(program_name="sudoku", repeats=3):
    """Wall time of ``tinyexec run programs/NAME.c``, warm caches, best of ``repeats``
    (start-up, compilation from the cache, prefill and generation included)."""
    cmd = [sys.executable, "-m", "tinyexec", "run", str(ROOT / "programs" / f"{program_name}.c")]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t0)
    print(f"`tinyexec run programs/{program_name}.c`, warm, end to end: {best:.2f} s "
          f"(best of {repeats})")
    return dict(program=program_name, wall_s=best)


def compare(before, after):
    """Generated tokens and wall time per program: the previous results file against
    this run (``-`` where the previous run did not have the program)."""
    rows = []
    for name, r in after["programs"].items():
        old = before.get("programs", {}).get(name)
        tok = f"{old['generated_tokens']:,}" if old else "-"
        wall = f"{old['sorted_wall']:.2f}" if old else "-"
        rows.append([name, tok, f"{r['generated_tokens']:,}", wall, f"{r['sorted_wall']:.2f}"])
    print("against the previous bench/results.json:")
    print(_table(rows, ["program", "tokens before", "tokens now", "s before", "s now"]))
    model = [[key, before.get("model", {}).get(key, "-"), value]
             for key, value in after["model"].items()]
    long_before, long_now = before.get("scaling", {}), after["scaling"]
    us = lambda r: f"{1e6 * r['wall'] / r['generated_tokens']:.2f}" if r else "-"
    model.append([f"us per token ({long_now['program']})", us(long_before), us(long_now)])
    print(_table(model, ["", "before", "now"]))


def main():
    from . import engine, machine
    from .compiler import compile_file
    from .model.weights import load_default
    t0 = time.perf_counter()
    weights = load_default()
    # the kernel's native module, built now if it is not yet (else the first figures
    # would be the numpy pass's, which generates while it is being built)
    engine.Session(weights, machine.prompt(compile_file(ROOT / "programs" / "hello.c")),
                   tiered=False).advance(1)
    print(f"tinyexec bench  ({platform.processor() or platform.machine()}, "
          f"python {platform.python_version()}, single thread)\n")
    results = {"startup": startup()}
    print()
    results["model"] = model_size(weights)
    print()
    results["operators"] = operators()
    print()
    results["programs"] = programs(weights)
    print()
    results["against_stack_machine"] = against_the_stack_machine(results)
    print()
    results["end_to_end"] = end_to_end()
    print()
    results["trace_overhead"] = trace_overhead()
    print()
    results["scaling"] = scaling(weights, os.environ.get("TINYEXEC_BENCH_LONG", "sudoku"))
    print()
    results["breakdown"] = breakdown(weights)
    print()
    results["stores"] = stores(weights)
    results["total_bench_s"] = time.perf_counter() - t0
    path = ROOT / "bench" / "results.json"
    if path.exists():
        print()
        compare(json.loads(path.read_text()), results)
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(results, indent=2))
    print(f"\nfigures written to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

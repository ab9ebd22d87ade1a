"""The trace view, rebuilt from the transformer's tokens alone, against the
reference interpreter's own record of each step (pc, operands read)."""
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tinyexec import machine
from tinyexec.compiler import compile_file
from tinyexec.engine import Session
from tinyexec.reference import Reference, run_reference
from tinyexec.trace import Profile, steps

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("source,args", [("collatz.c", ["7"]), ("fibonacci.c", ["10"]),
                                         ("hungarian.c", ["3", "7", "3", "9", "2", "8", "4",
                                                          "1", "5", "6"])])
def test_steps_match_the_reference_view(weights, source, args):
    program = compile_file(ROOT / "programs" / source)
    prompt = machine.prompt(program, [source.encode()] + [a.encode() for a in args])
    ref = Reference(prompt, log_steps=200_000)
    ref_trace = ref.advance(10_000_000)
    tokens = Session(weights, prompt).advance(len(ref_trace) + 10)
    assert np.array_equal(tokens, ref_trace)
    view = steps(program, tokens)
    assert len(view) == ref.steps
    signed = lambda v: int(v) - (1 << 32) if v >= 1 << 31 else int(v)
    for s in view:
        pc, x, y, z, address = ref.log[s.index]
        ins = program.code[pc - machine.FIRST_INSTR]
        op = machine.OPS[ins.op]
        assert s.pc == pc and s.op == op.name
        assert s.line == program.lines[pc - machine.FIRST_INSTR]
        expected = [signed(v) for v, mode in ((x, op.x), (y, op.y)) if mode in ("slot", "imm")]
        if op.z:
            expected.append(signed(z))
        assert s.reads == expected
        assert s.address == (address if op.kind in ("load", "store") else None)
    prof = Profile(source)
    for s in view:
        prof.add(s)
    assert sum(prof.instructions["function"].values()) == ref.steps
    assert sum(prof.tokens["function"].values()) == len(tokens)


def test_trace_command_filters_and_jsonl():
    done = subprocess.run([sys.executable, "-m", "tinyexec", "trace", "programs/collatz.c", "7",
                           "--from-step", "10", "--until-step", "40", "--every", "10",
                           "--format", "jsonl"], cwd=ROOT, capture_output=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["index"] for r in rows] == [10, 20, 30, 40]
    assert all(r["tokens"] and r["op"] in machine.OP for r in rows)


def test_check_agrees_and_counts_tokens():
    done = subprocess.run([sys.executable, "-m", "tinyexec", "check", "programs/collatz.c", "7"],
                          cwd=ROOT, capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0
    prompt = machine.prompt(compile_file(ROOT / "programs" / "collatz.c"), [b"collatz.c", b"7"])
    tokens = len(run_reference(prompt))
    assert f"{tokens:,} tokens checked".encode() in done.stdout


def test_check_finds_a_corrupted_head(weights, tmp_path):
    """Double one operand-reading head's value projection: check must stop at the
    first byte it spoils and name that head."""
    from tinyexec.model.weights import Weights
    bad = Weights(**{k: (v.copy() if isinstance(v, np.ndarray) else v)
                     for k, v in weights.arrays().items()})
    from tinyexec.model.interpreter import build_graph
    graph = build_graph()
    graph.schedule()
    head = 0                                   # the weights' index of the word_y head
    for h in sorted(graph.heads, key=lambda h: h.stage):
        if h.name == "word_y":
            break
        head += (len(h.values) + 1) // 2       # a head has at most 2 values per weight head
    layer = int(bad.head_layer[head])
    in_layer = head - int(np.nonzero(bad.head_layer == layer)[0][0])
    bad.wv[head] *= 2
    path = tmp_path / "bad.npz"
    bad.save(path)
    done = subprocess.run([sys.executable, "-m", "tinyexec", "check", "programs/hello.c",
                           "--weights", str(path)], cwd=ROOT, capture_output=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    out = done.stdout.decode()
    assert done.returncode == 1
    first = re.search(r"expected B(\d+), got B(\d+)", out)        # the first byte of Y, doubled
    assert first and int(first.group(2)) == 2 * int(first.group(1)) > 0
    assert f"layer {layer}, head {in_layer} (#{head})" in out


def test_the_runtime_s_code_is_never_credited_to_the_program_s_file(tmp_path):
    """A runtime function's first instructions used to carry the line of its
    definition in the C library, shown as a line of the program's file."""
    src = tmp_path / "two.c"
    src.write_text('#include <stdio.h>\nint main(void) { printf("%d %s\\n", 42, "x"); return 0; }\n')
    done = subprocess.run([sys.executable, "-m", "tinyexec", "trace", str(src), "--engine",
                           "reference", "--format", "jsonl"], cwd=ROOT, capture_output=True,
                          timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert {r["line"] for r in rows if r["function"] != "main"} == {0}
    assert {r["line"] for r in rows} == {0, 2}        # main's inlines the runtime's too

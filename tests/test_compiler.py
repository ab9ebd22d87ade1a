"""The compiler: what its optimizations leave to execute (counted on the
reference interpreter), its IR, and that it compiles the same way every time."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tinyexec.compiler import compile_source, ir_text
from tinyexec.runner import run

ROOT = Path(__file__).resolve().parent.parent


def executed(src: str, *args) -> tuple[int, int | None]:
    """(instructions executed, exit code) of a program on the reference."""
    r = run(compile_source(src, "t.c"), args=args, engine="reference")
    return r.instructions, r.exit_code


def per_iteration(loop: str, setup: str = "", n: int = 1000) -> float:
    """Instructions per iteration of ``loop`` (with ``N`` iterations): the
    difference between N = n and N = 2n, over n."""
    src = lambda k: f"#define N {k}\n{setup}\nint main(void) {{ {loop} return 0; }}\n"
    return (executed(src(2 * n))[0] - executed(src(n))[0]) / n


def test_falling_char_stores_take_three_instructions():
    """The loop of issue #11: a store with base + index, the decrement, and a
    compare-and-branch."""
    assert per_iteration("int i; for (i = N - 1; i >= 0; i--) a[i] = (char)i;",
                         "static char a[2 * N];") == 3


def test_summing_ints_strength_reduces_the_index():
    """a[i] with 4-byte elements: the index steps by 4 and the loop test is
    rewritten against 4 * N, so i itself is gone: load, add, step, branch."""
    assert per_iteration("static int a[2 * N]; int s = 0, i;"
                         " for (i = 0; i < N; i++) s += a[i]; a[0] = s;") == 4


def test_loop_invariant_work_leaves_the_loop():
    """d * 27 is computed before the loop (and the constant 1 set there), and the
    addition of it to i goes into the store's address: store, step, branch."""
    assert per_iteration("int i, d = h; for (i = 0; i < N; i++) g[d * 27 + i] = 1;",
                         "char g[4 * N]; int h = 7;") == 3


def test_small_functions_are_inlined_into_loops():
    """No call: x + x, + 1, the step and the branch."""
    assert per_iteration("int i, s = 0; for (i = 0; i < N; i++) s = twice(s) + 1; t = s;",
                         "int t; static int twice(int x) { return x + x; }") == 4


def test_a_stored_value_is_not_loaded_again():
    instructions, code = executed("int g[4]; int main(void) { g[1] = 41; g[1] = g[1] + 1;"
                                  " return g[1]; }")
    assert code == 42 and instructions <= 8


def test_constants_fold_and_dead_code_goes():
    text = ir_text("int main(void) { int x = 2, y = x * 21; if (y != 42) return 1;"
                   " return y; }")
    main = text[text.index("function main"):]
    assert "ret 42" in main and "mul" not in main and "if" not in main


def test_no_code_follows_a_return():
    """The dead code after `return` of the stack machine's compiler."""
    src = ("int f(int n) { int i; for (i = 0; i < n; i++) if (i * i > n) return i; return -1; }\n"
           "int main(void) { return f(50); }\n")
    listing_lines = compile_source(src, "t.c").code
    assert executed(src)[1] == 8
    assert len(listing_lines) <= 20


def test_compiling_is_deterministic_across_processes():
    """Two processes (with different string hashing) produce the same code."""
    code = ("from tinyexec.compiler import compile_file, listing; "
            "print(listing(compile_file('programs/sudoku.c')))")
    outputs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")]
    assert outputs[0] == outputs[1] and len(outputs[0]) > 1000


@pytest.mark.parametrize("expr,want", [("a < b", 1), ("a - b", -1), ("-a", -3),
                                       ("~a", -4), ("!a", 0), ("7 - a", 4)])
def test_immediate_forms_compute_like_c(expr, want):
    """Operands are reordered into the machine's register-then-immediate forms."""
    src = f"int main(int argc, char **argv) {{ int a = argc + 2, b = 4; return ({expr}) + 100; }}"
    assert executed(src)[1] == want + 100


@pytest.mark.parametrize("every", [5, 7, 1 << 14])
def test_a_long_string_literal_is_cut_between_characters_only(monkeypatch, every):
    """Literals longer than ``LONG_LINE`` reach pycparser in pieces (its lexer
    needs ~800 bytes per character of one literal).  Each escape here ends on
    its own (3 octal digits, a hex escape followed by a non-hex letter), so
    the bytes are known; with cuts every 5 or 7 characters they fall at every
    kind of place among them."""
    import random
    from tinyexec.compiler import parse
    monkeypatch.setattr(parse, "LONG_LINE", every)
    pieces = [("a", b"a"), ("\\x41g", b"Ag"), ("\\101", b"A"), ("\\012", b"\n"),
              ("\\377", b"\xff"), ("\\n", b"\n"), ("\\\\", b"\\"), ('\\"', b'"'), ("'", b"'"),
              ("7", b"7"), ("\\x7f!", b"\x7f!"), ("\\0009", b"\x009")]
    rng = random.Random(5)
    literals = []
    for k in range(3):
        # pieces of about 3 characters: every literal is longer than 1 << 14
        chosen = [rng.choice(pieces) for _ in range(8192 + 1000 * k)]
        literals.append(("".join(c for c, _ in chosen), b"".join(b for _, b in chosen)))
    source = "#include <stdio.h>\n" + "".join(
        f'static const char s{k}[] = "{text}";\n' for k, (text, _) in enumerate(literals))
    source += "unsigned h(const char *s, unsigned n) { unsigned x = 0;\n" \
              "  for (unsigned i = 0; i < n; i++) x = x * 31 + (unsigned char)s[i]; return x; }\n" \
              "int main(void) {\n" + "".join(
                  f'  printf("%u %u\\n", (unsigned)sizeof s{k}, h(s{k}, sizeof s{k}));\n'
                  for k in range(3)) + "  return 0; }\n"
    want = []
    for _, data in literals:
        data += b"\0"
        x = 0
        for byte in data:
            x = (x * 31 + byte) & 0xFFFFFFFF
        want.append(f"{len(data)} {x}")
    result = run(compile_source(source, "long.c"), engine="reference")
    assert result.stdout.decode().split("\n")[:3] == want


def test_a_program_past_the_machine_s_instructions_is_one_error_not_a_crash():
    """A branch whose target lies past instruction 65,535 cannot be encoded:
    the size is checked before any target is (it used to be a traceback)."""
    from tinyexec import machine as m
    from tinyexec.compiler import codegen
    from tinyexec.compiler.errors import CompileError
    from tinyexec.compiler.data import Data
    body = [codegen.Emitted("JEQI", a=1, imm=0, target=("local", m.MAX_CODE))]
    body += [codegen.Emitted("HALTI")] * m.MAX_CODE
    with pytest.raises(CompileError, match="the program has 65,536 instructions; "
                                           "the machine's limit is 65,535"):
        codegen.link([("main", body)], Data(), None, None, {}, "big.c")

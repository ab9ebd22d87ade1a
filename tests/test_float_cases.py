"""Hard cases of the soft float, printf, strtod and <math.h>, replayed on the
reference.  Each file in tests/props/cases/ holds a few hundred cases per
function with the result the x86-64 hardware or glibc gives (special values
crossed with each other, rounding ties, subnormal and overflow boundaries,
conversion limits, huge precisions, long digit strings); the test builds a C
program holding the cases, runs it, and compares every result.  The random
property tests (test_properties.py) cover the bulk; these pin the corners.
"""
from pathlib import Path


from tinyexec.compiler import compile_source
from tinyexec.runner import run

CASES = Path(__file__).resolve().parent / "props" / "cases"
U64, U32 = "unsigned long long", "unsigned"
# soft-float routine -> (argument types, result type)
SOFT_FLOAT = {"f64_cmp": ((U64, U64), "int"), "f64_sqrt": ((U64,), U64),
              "f64_from_i32": (("int",), U64), "f64_from_u32": ((U32,), U64),
              "f64_from_i64": (("long long",), U64), "f64_from_u64": ((U64,), U64),
              "f64_to_i32": ((U64,), "int"), "f64_to_u32": ((U64,), U32),
              "f64_to_i64": ((U64,), "long long"), "f64_to_u64": ((U64,), U64),
              "f64_to_f32": ((U64,), U32), "f32_to_f64": ((U32,), U64),
              "f32_cmp": ((U32, U32), "int"), "f32_sqrt": ((U32,), U32),
              "f32_from_i32": (("int",), U32), "f32_from_u32": ((U32,), U32),
              "f32_from_i64": (("long long",), U32), "f32_from_u64": ((U64,), U32),
              "f32_to_i32": ((U32,), "int"), "f32_to_u32": ((U32,), U32),
              "f32_to_i64": ((U32,), "long long"), "f32_to_u64": ((U32,), U64)}
for op in ("add", "sub", "mul", "div"):
    SOFT_FLOAT[f"f64_{op}"] = ((U64, U64), U64)
    SOFT_FLOAT[f"f32_{op}"] = ((U32, U32), U32)


def run_c(source: str) -> list[str]:
    result = run(compile_source(source, "cases.c"), engine="reference")
    assert result.exit_code == 0, result.stderr
    return result.stdout.decode("latin-1").splitlines()


def c_string(text: str) -> str:
    """``text`` as a C string literal (octal escapes for anything unusual)."""
    return '"' + "".join(c if c.isalnum() or c in " .+-_()%#" else f"\\{ord(c):03o}"
                         for c in text) + '"'


def table_program(prelude: str, rows: list, calls: dict) -> str:
    """A program that runs every row (name, first operand, second operand; hex)
    through the C expression ``calls[name]`` of ``a`` and ``b`` (unsigned long
    long) and prints its value in hex: the cases are data, the code one switch."""
    names = sorted(calls)
    data = ",\n".join(f"{{{names.index(name)}, 0x{a}ULL, 0x{b}ULL}}" for name, a, b in rows)
    cases = "\n".join(f"        case {k}: r = {calls[name]}; break;"
                      for k, name in enumerate(names))
    return prelude + f"""
static const struct {{ int op; unsigned long long a, b; }} rows[] = {{
{data}
}};

int main(void)
{{
    unsigned long long a, b, r = 0;
    int i;
    for (i = 0; i < {len(rows)}; i++) {{
        a = rows[i].a;
        b = rows[i].b;
        switch (rows[i].op) {{
{cases}
        }}
        printf("%llx\\n", r);
    }}
    return 0;
}}
"""


def test_soft_float_cases():
    rows = [line.split() for line in (CASES / "softfloat.txt").read_text().splitlines()]
    calls = {}
    for op, (args, ret) in SOFT_FLOAT.items():
        values = [f"({t}){x}" for t, x in zip(args, "ab")]
        calls[op] = f"({U64})({U32 if ret == 'int' else ret})__{op}({', '.join(values)})"
    # the program calls the soft float itself: its one double makes the
    # compiler link the floating runtime (compiler.uses_floating)
    prelude = "#include <stdio.h>\nstatic double unused;\n" + "\n".join(
        f"{ret} __{op}({', '.join(args)});" for op, (args, ret) in SOFT_FLOAT.items())
    results = run_c(table_program(prelude, [(op, a, b) for op, a, b, _ in rows], calls))
    wrong = [f"{op}({a}, {b}) = {got}, expected {want}"
             for (op, a, b, want), got in zip(rows, results, strict=True)
             if int(got, 16) != int(want, 16)]
    assert wrong == []


def test_printf_cases():
    rows = [line.split("\t") for line in (CASES / "printf.txt").read_text().splitlines()]
    lines = [f'n = snprintf(text, sizeof text, {c_string(fmt)}, value({int(bits, 16)}ULL)); '
             f'printf("%d %s\\n", n, text);' for fmt, bits, _ in rows]
    source = """#include <stdio.h>
static char text[2000];
static double value(unsigned long long bits)
{
    union { unsigned long long bits; double value; } number;
    number.bits = bits;
    return number.value;
}
int main(void)
{
    int n;
""" + "\n".join(lines) + "\nreturn 0;\n}\n"
    wrong = [f"{fmt} of {bits}: {got!r}, glibc {want!r}"
             for (fmt, bits, want), got in zip(rows, run_c(source), strict=True)
             if got != f"{len(want)} {want}"]
    assert wrong == []


def test_strtod_cases():
    rows = [line.split("\t") for line in (CASES / "strtod.txt").read_text().splitlines()]
    lines = [f'text = "{text}"; number.value = strtod(text, &end); '
             f'printf("%llx %d\\n", number.bits, (int)(end - text));' for text, _, _ in rows]
    source = """#include <stdio.h>
#include <stdlib.h>
int main(void)
{
    union { unsigned long long bits; double value; } number;
    char *text, *end;
""" + "\n".join(lines) + "\nreturn 0;\n}\n"
    wrong = [f"strtod({text!r}) = {got}, glibc {int(bits, 16):x} {used}"
             for (text, bits, used), got in zip(rows, run_c(source), strict=True)
             if got != f"{int(bits, 16):x} {int(used)}"]
    assert wrong == []


EXACT_MATH = {"fabs", "floor", "ceil", "round", "trunc", "fmod", "sqrt", "frexp", "ldexp",
              "modf", "frexp_exp", "modf_int"}
MATH_HELPERS = """#include <math.h>
#include <stdio.h>
union d { double value; unsigned long long bits; };
union f { float value; unsigned bits; };
static double d(unsigned long long bits) { union d u; u.bits = bits; return u.value; }
static float f(unsigned long long bits) { union f u; u.bits = (unsigned)bits; return u.value; }
static unsigned long long db(double x) { union d u; u.value = x; return u.bits; }
static unsigned long long fb(float x) { union f u; u.value = x; return u.bits; }
/* frexp's and modf's results, one at a time */
static double frexp_(double x) { int e; return frexp(x, &e); }
static float frexpf_(float x) { int e; return frexpf(x, &e); }
static int frexp_exp_(double x) { int e; frexp(x, &e); return e; }
static double modf_(double x) { double whole; return modf(x, &whole); }
static float modff_(float x) { float whole; return modff(x, &whole); }
static double modf_int_(double x) { double whole; modf(x, &whole); return whole; }
"""


def double_name(name: str) -> str:
    """The double function of ``name`` (sinf -> sin; modf is one itself)."""
    return name[:-1] if name.endswith("f") and name != "modf" else name


def math_call(name: str) -> str:
    """The C expression of the case's result bits, from ``a`` and ``b``."""
    single = double_name(name) != name
    value, bits = ("f", "fb") if single else ("d", "db")
    args = [f"{value}(a)", f"{value}(b)"]
    if name in ("ldexp", "ldexpf"):
        args[1] = "(int)b"
    if name == "frexp_exp":
        return "(unsigned long long)frexp_exp_(d(a))"
    function = name + "_" if name in ("frexp", "frexpf", "modf", "modff", "modf_int") else name
    two = double_name(name) in ("atan2", "pow", "hypot", "fmod", "ldexp")
    return f"{bits}({function}({', '.join(args[:1 + two])}))"


def test_math_cases():
    from test_properties import ulps_apart
    rows = [line.split("\t") for line in (CASES / "math.txt").read_text().splitlines()]
    table = [(name, args[0], f"{int(args[1]) & (1 << 64) - 1:x}" if name.startswith("ldexp")
              else (args[1] if len(args) > 1 else "0")) for name, *args, _ in rows]
    calls = {name: math_call(name) for name, _, _ in table}
    wrong = []
    for (name, *args, want), got in zip(rows, run_c(table_program(MATH_HELPERS, table, calls)),
                                        strict=True):
        if name == "frexp_exp":
            ulps = abs(int(got, 16) - (int(want) & (1 << 64) - 1))
        else:
            ulps = ulps_apart(int(got, 16), int(want, 16), 4 * len(want))
        if ulps > (0 if double_name(name) in EXACT_MATH else 1):
            wrong.append(f"{name}({', '.join(args)}) = {got}, glibc {want}")
    assert wrong == []

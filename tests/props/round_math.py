"""Write math_funcs.rounded: the lines of math_funcs.expected (glibc's results)
with each result replaced by the correctly rounded one, computed with mpmath at
200 bits.  glibc is not correctly rounded: where it is more than 1 ulp off
(cbrt, log10, sinh, cosh, tanh, cos, tan have such arguments), the property
test accepts a result within 1 ulp of this instead.  A development tool:

    python3 tests/props/round_math.py      (needs mpmath and numpy)
"""
from pathlib import Path

import mpmath
import numpy as np

HERE = Path(__file__).resolve().parent
mpmath.mp.prec = 200


def as_double(bits: str) -> float:
    return float(np.uint64(int(bits, 16)).view(np.float64))


def bits(x, single: bool) -> str:
    """The correctly rounded double (or float, printed as a double) of ``x``."""
    if single:
        with mpmath.workprec(24):
            value = float(np.float32(float(+x)))
    else:
        value = float(x)
    return f"{int(np.float64(value).view(np.uint64)):016x}"


FUNCTIONS = {"exp": mpmath.exp, "exp2": lambda x: mpmath.power(2, x), "expm1": mpmath.expm1,
             "log": mpmath.log, "log2": lambda x: mpmath.log(x, 2),
             "log10": mpmath.log10, "log1p": mpmath.log1p, "pow": mpmath.power,
             "sin": mpmath.sin, "cos": mpmath.cos, "tan": mpmath.tan, "asin": mpmath.asin,
             "acos": mpmath.acos, "atan": mpmath.atan, "atan2": mpmath.atan2,
             "sinh": mpmath.sinh, "cosh": mpmath.cosh, "tanh": mpmath.tanh,
             "hypot": mpmath.hypot, "cbrt": lambda x: mpmath.sign(x) * mpmath.cbrt(abs(x)),
             "sinf": mpmath.sin,
             "expf": mpmath.exp, "logf": mpmath.log, "powf": mpmath.power}


def rounded(line: str) -> str:
    name, *args, result = line.split()
    if name not in FUNCTIONS:
        return line                             # the exact ones: glibc's is the answer
    xs = [as_double(a) for a in args]
    if name.endswith("f"):
        xs = [float(np.float32(x)) for x in xs]
    if any(x != x or x in (float("inf"), float("-inf")) for x in xs):
        return line                             # special values: exact in glibc
    try:
        value = FUNCTIONS[name](*[mpmath.mpf(x) for x in xs])
    except (ValueError, ZeroDivisionError):
        return line
    if isinstance(value, mpmath.mpc) or not mpmath.isfinite(value):
        return line
    return " ".join([name] + args + [bits(value, name.endswith("f"))])


lines = (HERE / "math_funcs.expected").read_text().splitlines()
(HERE / "math_funcs.rounded").write_text("\n".join(rounded(line) for line in lines) + "\n")

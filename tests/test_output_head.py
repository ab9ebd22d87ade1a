"""The output head's argmax (``kernels._argmax_logits``): its shortcuts -- groups
pruned by their bound, the parabola group's window around its vertex -- give
the token a plain scan of every logit gives, on the interpreter's head and on
residual vectors built to be hard: near-ties, vertices at and beyond the ends,
a non-positive or non-finite quadratic input, huge magnitudes.  The
sorted == linear == dense checks of ``test_model`` cover the real traces."""
import numpy as np
import pytest

from tinyexec.engine import Compiled, compiled
from tinyexec.kernels import _argmax_logits


def plain_argmax(unembed, x):
    """Every logit with the kernel's operations (sum over the row's nonzero
    columns in column order, zero inputs skipped), then the first of equals."""
    best, token = -np.inf, -1
    for v, row in enumerate(unembed):
        logit = 0.0
        for j in np.nonzero(row)[0]:
            if x[j] != 0.0:
                logit += row[j] * x[j]
        if logit > best:
            best, token = logit, v
    return token


def kernel_argmax(model, x, parabolas=None):
    m = model
    n_groups = m.out_groups.shape[1] - 1
    return _argmax_logits(x, m.out_groups, m.out_rows, m.out_cols, m.out_w, m.out_col_max,
                          m.out_parabola if parabolas is None else parabolas,
                          np.empty(len(m.out_rows)), np.empty(n_groups))


@pytest.fixture(scope="module")
def head(weights):
    model = compiled(weights).model
    (group,) = np.nonzero(model.out_parabola[:, 0] >= 0)[0]
    columns = model.out_cols[model.out_groups[1, group]:model.out_groups[1, group + 1]]
    j_sq, j_lin, _ = model.out_parabola[group]
    others = [c for k, c in enumerate(columns) if k not in (j_sq, j_lin)]
    return model, columns[j_sq], columns[j_lin], others


def test_the_byte_tokens_form_one_parabola_group(weights):
    """The byte tokens B1..B255 (2 b byte - b**2 one + class bonus) are detected;
    a block that is not exactly a parabola is not."""
    model = compiled(weights).model
    assert (model.out_parabola[:, 0] >= 0).sum() == 1
    b = np.arange(3, 20, dtype=float)
    block = np.stack([-b * b, 2 * b, np.full_like(b, 7.0)], axis=1)
    assert Compiled._parabola(block) == (0, 1, 3)
    assert Compiled._parabola(block[:, [1, 0, 2]]) == (1, 0, 3)
    assert Compiled._parabola(3 * block) == (0, 1, 3)                 # any scale s > 0
    for broken in (block[::2], block[::-1], -block):                  # b not consecutive, falling
        assert Compiled._parabola(broken)[0] == -1
    off = block.copy()
    off[5, 0] += 1.0
    assert Compiled._parabola(off)[0] == -1
    off = block.copy()
    off[5, 2] += 1.0                                                  # a varying third column
    assert Compiled._parabola(off)[0] == -1


def hard_inputs(rng, d, sq, lin, others):
    """Residual vectors aimed at the byte group's window and its edges."""
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0 ** -30, 1e300, np.inf, -np.inf, np.nan]
    for _ in range(3000):
        x = np.zeros(d)
        kind = rng.integers(6)
        x[sq] = rng.choice([1.0, 1.0, 2.0, 0.25, 3.0]) if kind < 4 else rng.choice(specials)
        if kind == 0:                            # an integer vertex, maybe outside 1..255
            x[lin] = x[sq] * rng.integers(-300, 600)
        elif kind == 1:                          # a tie between two rows: vertex at b + 1/2
            x[lin] = x[sq] * (rng.integers(-5, 260) + 0.5)
        elif kind == 2:                          # a vertex a hair from a half
            x[lin] = x[sq] * (rng.integers(1, 255) + 0.5) * (1 + rng.choice([-1, 1]) * 2.0 ** -50)
        else:
            x[lin] = rng.choice([rng.normal() * 300.0, rng.choice(specials)])
        for c in others:                         # the class bonus, often on
            x[c] = rng.choice([0.0, 1.0, 1.0, rng.normal(), 2.0 ** 40])
        for c in rng.choice(d, size=rng.integers(0, 6)):               # other classes
            x[c] = rng.choice([0.0, 1.0, rng.normal() * 1e9])
        yield x


def test_the_parabola_window_equals_a_plain_scan(weights, head):
    model, sq, lin, others = head
    rng = np.random.default_rng(7)
    no_parabola = np.full_like(model.out_parabola, -1)
    windowed = 0
    for x in hard_inputs(rng, weights.d_model, sq, lin, others):
        got = kernel_argmax(model, x)
        assert got == kernel_argmax(model, x, no_parabola), x[[sq, lin]]
        with np.errstate(all="ignore"):
            finite = np.isfinite(weights.unembed @ x).all() and np.isfinite(x).all()
        if finite:      # (a non-finite input never reaches the head: bounds.py)
            assert got == plain_argmax(weights.unembed, x), x[[sq, lin]]
            windowed += x[sq] > 0 and 1 <= got <= 255
    assert windowed > 500

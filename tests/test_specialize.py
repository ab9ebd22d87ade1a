"""The weights' rows as straight-line code generated from the weights
(``specialize``): bit for bit the dense pass's feed-forward and projections
on real residual streams, the same tokens and head outputs as the kernel's
loops, and never used for a layer where its order of operations could
differ."""
import ctypes
import shutil

import numpy as np
import pytest

from test_model import PROGRAMS, prompt_of
from tinyexec import engine, native, specialize
from tinyexec.compiler import compile_file
from tinyexec.machine import prompt
from tinyexec.model import dense
from tinyexec.reference import run_reference

pytestmark = pytest.mark.skipif(shutil.which(native._compiler()[0]) is None,
                                reason="no C compiler to link the generated code")


def _generated(model, which):
    """A generated function (0: rows, 1: feed-forward), callable on one
    residual-stream row: (its result, x after, out after)."""
    address = native.generated_code(model)[which]
    assert address != 0
    signature = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p)
    function = signature(int(address))

    def apply(layer, x):
        x = np.array(x, dtype=np.float64)
        out = np.full(len(model.row_ptr) - 1, np.nan)
        return function(layer, x.ctypes.data, out.ctypes.data), x, out
    return apply


def _dense_inputs(weights, source):
    """Each layer's residual stream at every position of a run, as the dense
    pass computes it: before the heads, and before the feed-forward."""
    if source.endswith(".c"):
        p = prompt(compile_file(f"programs/{source}"), [b"collatz", b"27"])
        tokens = np.concatenate([p, run_reference(p, max_tokens=4000)[:4000]])
    else:
        p = prompt_of(PROGRAMS[source])
        tokens = np.concatenate([p, run_reference(p)])
    before_ffn: list = []
    dense.forward(weights, tokens, ffn_inputs=before_ffn)
    # a layer's heads read the stream the previous feed-forward left
    before_heads = [None] * len(before_ffn)
    for layer, x in enumerate(before_ffn):
        sel = weights.ffn_layer == layer
        after = x + (np.maximum(x @ weights.w_gate[sel].T, 0.0) * (x @ weights.w_up[sel].T)) \
            @ weights.w_down[sel]
        if layer + 1 < len(before_heads):
            before_heads[layer + 1] = after
    return before_heads, before_ffn


@pytest.mark.parametrize("source", ["every instruction", "collatz.c"])
def test_generated_code_is_the_dense_pass_bit_for_bit(weights, source):
    """At every position of a run (prompt included): each layer's generated
    feed-forward turns the dense pass's input into exactly the dense pass's
    output (its guard skips included, which the dense pass never takes); and
    the generated rows are the dense pass's query, key and value
    projections, bit for bit."""
    before_heads, before_ffn = _dense_inputs(weights, source)
    c = engine.compiled(weights)
    model = c.model
    dense_rows = np.zeros((len(model.row_ptr) - 1, c.d_model))
    for r in range(len(dense_rows)):
        span = slice(model.row_ptr[r], model.row_ptr[r + 1])
        dense_rows[r, model.row_idx[span]] = model.row_val[span]
    rows, ffn = _generated(model, 0), _generated(model, 1)
    for layer, x in enumerate(before_ffn):
        sel = weights.ffn_layer == layer
        want = x + (np.maximum(x @ weights.w_gate[sel].T, 0.0) * (x @ weights.w_up[sel].T)) \
            @ weights.w_down[sel]
        cleared = model.clear_slot[model.clear_ptr[layer]:model.clear_ptr[layer + 1]]
        heads = range(model.head_rows[0, layer], model.head_rows[1, layer])
        for row in range(0, len(x), 7):
            done, got, _ = ffn(layer, x[row])
            assert done == 1
            got[cleared] = 0.0
            assert np.array_equal(got, want[row]), (layer, row)
            if before_heads[layer] is not None:
                stream = before_heads[layer][row]
                done, same, out = rows(layer, stream)
                assert done == 1 and np.array_equal(same, stream)
                assert np.array_equal(out[heads], dense_rows[heads] @ stream), (layer, row)
                assert np.isnan(np.delete(out, heads)).all()      # nothing else written


def test_generated_and_loops_give_the_same_tokens_and_head_outputs(weights):
    p = prompt(compile_file("programs/sudoku.c"), [b"sudoku"])
    runs = {}
    for generated in (True, False):
        s = engine.Session(weights, p, record=len(p) + 30_000, generated=generated)
        assert (s.code != 0).all() == generated
        runs[generated] = (s.advance(30_000), s.rec_win, s.rec_val)
    for a, b in zip(runs[True], runs[False]):
        assert np.array_equal(a, b)
    assert np.array_equal(runs[True][0], run_reference(p, max_tokens=30_000)[:30_000])


def test_a_layer_that_reads_what_it_writes_is_left_to_the_loops(weights):
    """Adding a neuron's output at once is the kernel's order only when no
    neuron of the layer reads a slot the layer writes: a layer where one
    does is not generated, and its call returns 0."""
    model = engine.compiled(weights).model
    layer = 2
    first, end = model.layer_ptrs[2, layer], model.layer_ptrs[2, layer + 1]
    gate = model.neuron[0, first]
    read = model.row_idx[model.row_ptr[gate]]
    d_slot = model.d_slot.copy()
    d_slot[model.d_ptr[end - 1]] = read                 # the layer's last neuron writes it
    changed = model._replace(d_slot=d_slot)
    text = specialize.module_ir(changed)
    assert text.count("br label %generic") == 1
    assert "br label %generic" not in specialize.module_ir(model)
    apply = _generated(changed, 1)
    x = np.arange(engine.compiled(weights).d_model, dtype=np.float64)
    for each in range(model.layer_ptrs.shape[1] - 1):
        done, got, _ = apply(each, x)
        assert done == (each != layer)
        if each == layer:
            assert np.array_equal(got, x)                    # untouched


def test_a_library_that_fails_its_digest_is_built_again(weights, tmp_path, monkeypatch):
    monkeypatch.setenv("TINYEXEC_CACHE", str(tmp_path))
    monkeypatch.setattr(native, "_generated", {})
    model = engine.compiled(weights).model
    assert native.generated_code(model).all()
    (library,) = (tmp_path / "tinyexec" / "kernels").glob("generated_*.so")
    name = library.name[:-3]
    assert native._load_library(name, library) is not None
    good = library.read_bytes()
    tampered = library.with_name("tampered")
    tampered.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    tampered.replace(library)          # a new file: the loaded one stays mapped
    assert native._load_library(name, library) is None
    monkeypatch.setattr(native, "_generated", {})
    assert native.generated_code(model).all()
    assert library.read_bytes() == good


def test_where_no_code_can_be_built_the_loops_run_exactly(weights, tmp_path, monkeypatch):
    """No C compiler to link the generated code: the reason is kept (no build
    at every run), and the kernel's loops give the reference's tokens."""
    monkeypatch.setenv("TINYEXEC_CACHE", str(tmp_path))
    monkeypatch.setenv("CC", "no-such-compiler")
    monkeypatch.setattr(native, "_generated", {})
    p = prompt(compile_file("programs/collatz.c"), [b"collatz", b"27"])
    s = engine.Session(weights, p, tiered=False)          # the builds awaited, not in the background
    assert not s.code.any()
    assert np.array_equal(s.advance(1 << 20), run_reference(p))
    (failed,) = (tmp_path / "tinyexec" / "kernels").glob("generated_*.failed")
    assert "no-such-compiler" in failed.read_text()
    monkeypatch.setattr(native, "_generated", {})
    monkeypatch.setattr(native, "_build", lambda *a: pytest.fail("built again"))
    assert not engine.Session(weights, p, tiered=False).code.any()


def test_a_model_too_large_for_straight_line_code_is_left_to_the_loops(weights, monkeypatch):
    model = engine.compiled(weights).model
    assert specialize.module_ir(model) is not None
    monkeypatch.setattr(specialize, "MAX_ENTRIES", len(model.row_idx) + len(model.d_slot) - 1)
    monkeypatch.setattr(native, "_generated", {})
    monkeypatch.setattr(native, "_build", lambda *a: pytest.fail("built"))
    assert specialize.module_ir(model) is None
    assert not native.generated_code(model).any()

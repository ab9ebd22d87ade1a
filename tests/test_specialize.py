"""The feed-forward as straight-line code generated from the weights
(``specialize``): bit for bit the dense pass's feed-forward on real residual
streams, the same tokens and head outputs as the kernel's loops, and never
used for a layer where its order of operations could differ."""
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


def _generated(model):
    """The generated function, callable on one residual-stream row."""
    address = native.ffn_address(model)
    assert address != 0
    function = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_void_p)(address)

    def apply(layer, x):
        x = np.ascontiguousarray(x, dtype=np.float64).copy()
        return function(layer, x.ctypes.data), x
    return apply


@pytest.mark.parametrize("source", ["every instruction", "collatz.c"])
def test_generated_feed_forward_is_the_dense_pass_bit_for_bit(weights, source):
    """At every position of a run (prompt included), each layer's generated
    feed-forward turns the dense pass's input into exactly the dense pass's
    output (its guard skips included, which the dense pass never takes)."""
    if source.endswith(".c"):
        p = prompt(compile_file(f"programs/{source}"), [b"collatz", b"27"])
        tokens = np.concatenate([p, run_reference(p, max_tokens=4000)[:4000]])
    else:
        tokens = np.concatenate([prompt_of(PROGRAMS[source]), run_reference(prompt_of(PROGRAMS[source]))])
    inputs: list = []
    dense.forward(weights, tokens, ffn_inputs=inputs)
    c = engine.compiled(weights)
    apply = _generated(c.model)
    model = c.model
    for layer, x in enumerate(inputs):
        sel = weights.ffn_layer == layer
        want = x + (np.maximum(x @ weights.w_gate[sel].T, 0.0) * (x @ weights.w_up[sel].T)) \
            @ weights.w_down[sel]
        for row in range(0, len(x), 7):
            done, got = apply(layer, x[row])
            assert done == 1
            got[model.clear_slot[model.clear_ptr[layer]:model.clear_ptr[layer + 1]]] = 0.0
            assert np.array_equal(got, want[row]), (layer, row)


def test_generated_and_loops_give_the_same_tokens_and_head_outputs(weights):
    p = prompt(compile_file("programs/sudoku.c"), [b"sudoku"])
    runs = {}
    for generated in (True, False):
        s = engine.Session(weights, p, record=len(p) + 30_000, generated_ffn=generated)
        assert (s.ffn != 0) == generated
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
    text = specialize.ffn_ir(changed)
    assert text.count("br label %generic") == 1
    assert "br label %generic" not in specialize.ffn_ir(model)
    apply = _generated(changed)
    x = np.arange(engine.compiled(weights).d_model, dtype=np.float64)
    for each in range(model.layer_ptrs.shape[1] - 1):
        done, got = apply(each, x)
        assert done == (each != layer)
        if each == layer:
            assert np.array_equal(got, x)                    # untouched


def test_a_library_that_fails_its_digest_is_built_again(weights, tmp_path, monkeypatch):
    monkeypatch.setenv("TINYEXEC_CACHE", str(tmp_path))
    monkeypatch.setattr(native, "_ffn", {})
    model = engine.compiled(weights).model
    assert native.ffn_address(model) != 0
    (library,) = (tmp_path / "tinyexec" / "kernels").glob("ffn_*.so")
    name = library.name[:-3]
    assert native._load_library(name, library) is not None
    good = library.read_bytes()
    tampered = library.with_name("tampered")
    tampered.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    tampered.replace(library)          # a new file: the loaded one stays mapped
    assert native._load_library(name, library) is None
    monkeypatch.setattr(native, "_ffn", {})
    assert native.ffn_address(model) != 0
    assert library.read_bytes() == good

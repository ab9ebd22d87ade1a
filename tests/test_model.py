"""The transformer against the reference interpreter on hand-written VM code
(no compiler involved): every instruction, every fault; the sorted and linear
caches and the dense pass agree on every head's winner and output."""
import dataclasses

import numpy as np
import pytest

from tinyexec import machine as m
from tinyexec.asm import assemble
from tinyexec.engine import MAX_POSITIONS, Session
from tinyexec.model import bounds, dense
from tinyexec.reference import run_reference

EVERY_INSTRUCTION = """
    MOVI r1, 4000000000
    MOVI r2, 300
    ADD r3, r1, r2              ; carry chain
    SUB r4, r2, r1              ; borrow chain
    SUBI r4, r4, -5
    MUL r5, r1, r2
    MULI r5, r5, 77
    AND r6, r1, r2
    ORI r6, r6, 0x0F0F
    XOR r6, r6, r1
    SHLI r7, r2, 5
    SHRU r7, r1, r2
    SHRSI r8, r1, 9
    SHRS r8, r2, r6
    DIVU r9, r1, r2
    REMUI r9, r1, 7
    DIVS r10, r1, r2
    REMSI r10, r1, -7
    DIVSI r10, r4, 13
    EQ r11, r1, r1
    NEI r11, r1, 5
    LTS r11, r1, r2
    LTUI r11, r1, 5
    LES r11, r2, r2
    LEUI r11, r2, 299
    GTS r11, r1, r2
    GTU r11, r1, r2
    GESI r11, r1, 0
    GEUI r11, r1, 4000000000
    MOV r12, r11
    SEXT8 r13, r1
    SEXT16 r13, r2
    MOVI r20, data
    LD8U r14, [r20 + 3]
    LD8S r14, [r20 + 15]
    MOVI r23, -4
    LD8SX r14, [r23 + r20 + 19]     ; a negative base: the three parts are added signed
    MOVI r21, 4
    LD16UX r15, [r20 + r21 + 2]
    LD16SA r15, [data]
    LD32 r16, [r20 + 16]
    ST32 [r20 + 0], r1
    ST8X [r20 + r21 + 1], r2
    ST16A [data], r16
    LD32 r16, [r20 + 0]
    MOVI r16, data
    LD32 r16, [r16 + 4]             ; the base is overwritten by the load itself
    JEQ r1, r1, l1
    HALTI 1
l1: JNEI r1, 4000000000, bad
    JLTSI r1, 0, l2
bad: HALTI 2
l2: JGEU r2, r1, bad
    JGTUI r2, 10, l3
    HALTI 3
l3: MOVI r22, g
    MOVI r129, 5
    CALLR r22
    OUT r129
    ERRI 65
    MOVI r129, 6
    CALL g
    JMP done
g:  ADDI r129, r1, 48
    MOV r1, r129
    RET r0
done:
    HALT r129
"""
DATA = bytes(range(1, 17)) + (0x11223344).to_bytes(4, "little")

# one program per fault kind: (source, stdout before the fault, fault kind)
FAULTS = {
    "load past the end": ("OUTI 65\nMOVI r1, 4194301\nLD32 r2, [r1 + 0]\nHALTI 0", m.FAULT_MEMORY),
    "store past the end": ("OUTI 65\nMOVI r1, 4194300\nST8 [r1 + 3], r1\nST16 [r1 + 3], r1\n"
                           "HALTI 0", m.FAULT_MEMORY),
    "NULL page": ("OUTI 65\nLD8UA r2, [7]\nHALTI 0", m.FAULT_MEMORY),
    "negative address": ("OUTI 65\nMOVI r1, 8\nLD8U r2, [r1 + -9]\nHALTI 0", m.FAULT_MEMORY),
    "negative base": ("OUTI 65\nMOVI r1, -16\nST8X [r1 + r1 + 39], r1\nHALTI 0", m.FAULT_MEMORY),
    "jump to 0": ("OUTI 65\nJMP 0", m.FAULT_PC),
    "jump past the code": ("OUTI 65\nJMP 900", m.FAULT_PC),
    "call through a garbage pointer": ("OUTI 65\nMOVI r1, 70000\nCALLR r1", m.FAULT_PC),
    "call through NULL": ("OUTI 65\nMOVI r1, 0\nCALLR r1", m.FAULT_PC),
    "return from depth 0": ("OUTI 65\nMOVI r0, 2\nRET r0", m.FAULT_DEPTH),
    "unwritten slot": ("OUTI 65\nADD r3, r1, r2", m.FAULT_UNINIT),
    "unwritten store value": ("OUTI 65\nMOVI r1, data\nST8 [r1 + 0], r9\nHALTI 0", m.FAULT_UNINIT),
    "signed division by zero": ("OUTI 65\nMOVI r2, 0\nDIVS r3, r2, r2", m.FAULT_DIV_ZERO),
    "unsigned remainder by zero": ("OUTI 65\nMOVI r2, 0\nREMUI r3, r2, 0", m.FAULT_DIV_ZERO),
}
PROGRAMS = {"every instruction": EVERY_INSTRUCTION} | {k: v for k, (v, _) in FAULTS.items()}


def prompt_of(source):
    return m.prompt(assemble(source, DATA), [b"x"])


@pytest.fixture(scope="module")
def traces():
    return {name: (prompt_of(src), run_reference(prompt_of(src))) for name, src in PROGRAMS.items()}


def test_reference_runs_every_instruction(traces):
    _, trace = traces["every instruction"]
    assert m.output_bytes(trace) == b"5"
    assert m.output_bytes(trace, m.TOK_ERR) == b"A"
    assert m.exit_code(trace) == 54


@pytest.mark.parametrize("name", FAULTS)
def test_reference_faults(traces, name):
    _, trace = traces[name]
    assert m.output_bytes(trace) in (b"A", b"")
    assert m.fault(trace) == FAULTS[name][1]
    assert [m.token_name(t) for t in trace[-2:]] == [f"B{FAULTS[name][1]}", "FAULT"]


@pytest.mark.parametrize("name", PROGRAMS)
def test_dense_forward_predicts_the_reference_trace(weights, traces, name):
    prompt, trace = traces[name]
    logits = dense.forward(weights, np.concatenate([prompt, trace]))
    assert logits.argmax(axis=1)[len(prompt) - 1:-1].tolist() == trace.tolist()


@pytest.mark.parametrize("name", PROGRAMS)
def test_every_head_agrees_on_sorted_linear_and_dense(weights, traces, name):
    """At every position, prompt included: each head's winning position and
    output, in the sorted cache, the linear scan and full dense attention."""
    prompt, trace = traces[name]
    n = len(prompt) + len(trace)
    runs = {}
    for attention in ("sorted", "linear"):
        s = Session(weights, prompt, attention, record=n)
        assert np.array_equal(s.advance(len(trace) + 10), trace)
        assert s.halted
        runs[attention] = s
    _, heads = dense.forward(weights, np.concatenate([prompt, trace]), return_heads=True)
    for h, (out, win) in enumerate(heads):
        for attention, s in runs.items():
            got_win, got_out = s.recorded(h)
            if win is not None:
                assert np.array_equal(got_win[:n - 1], win[:n - 1]), (attention, h)
            assert np.array_equal(got_out[:n - 1], out[:n - 1]), (attention, h)


def test_deep_recursion_faults_at_the_depth_limit(weights):
    """MAX_DEPTH nested calls: the call that would open one more frame faults."""
    prompt = prompt_of("OUTI 65\nf: CALL f")
    trace = run_reference(prompt)
    assert m.fault(trace) == m.FAULT_DEPTH
    assert trace.tolist().count(m.tok_j(1)) == m.MAX_DEPTH - 1
    assert np.array_equal(Session(weights, prompt).advance(len(trace) + 10), trace)


def test_guards_and_bounds_hold_on_real_traces(weights, traces):
    """A neuron's guard is a skip hint: wherever its guard dimension is 0, its
    gate must be <= 0; and the residual stream stays within the intervals
    ``model/bounds.py`` derives (checked on the dense pass, prompt positions
    included)."""
    boxes = bounds.stream_bounds(weights, MAX_POSITIONS)
    for name, (prompt, trace) in traces.items():
        inputs = []
        dense.forward(weights, np.concatenate([prompt, trace]), ffn_inputs=inputs)
        for layer, x in enumerate(inputs):
            lo, hi = boxes[layer]
            assert np.all((x >= lo) & (x <= hi)), (name, layer)
            for i in np.nonzero((weights.ffn_layer == layer) & (weights.ffn_guard >= 0))[0]:
                off = x[:, weights.ffn_guard[i]] == 0
                assert np.all(x[off] @ weights.w_gate[i] <= 0), (name, i)


def test_engine_shortcuts_apply_to_the_interpreter(weights):
    """The exact shortcuts the engine takes (position-keyed heads without stored
    keys, slot clears, token-table values) find their patterns in these weights:
    the sorted == linear == dense checks above then cover them."""
    from tinyexec.engine import PHASES, POSITION, POSITIONS, compiled
    c = compiled(weights)
    v_src, clear_slot = c.model.v_src, c.model.clear_slot
    assert (c.kind == POSITIONS).sum() >= 4
    assert ((c.kind == PHASES) & (c.model.cg[4] == 4)).sum() == 1     # the previous tokens
    assert (v_src == POSITION).any() and (v_src >= 0).any()
    assert len(clear_slot) > 0
    assert c.n_stored[c.kind == POSITIONS].sum() < c.n_values[c.kind == POSITIONS].sum()


def test_the_latest_phase_is_the_hard_max_over_every_position():
    """A PHASES group's winner, computed from its phases alone, against the
    hard max over every position's key (ties: the latest position): queries
    with their vertex on a phase, halfway between two (a tie), outside the
    phases, flat, convex, and at early positions where some phase is missing."""
    from tinyexec.kernels import _latest_phase
    rng = np.random.default_rng(5)
    for offset in (-5, 0, 3):
        for period in (1, 2, 4, 7):
            for t in range(3 * period + 2):
                queries = [(0.0, 0.0), (1.0, 0.0), (-1.0, 0.0), (3.0, -1.0)] + \
                    [(p + half, 1.0) for p in range(-2, period + 1) for half in (0.0, 0.5)] + \
                    [tuple(rng.normal(size=2) * 4) for _ in range(6)]
                phase = ((np.arange(t + 1) + offset) % period).astype(float)
                for q0, q1 in queries:
                    scores = q0 * (2.0 * phase) + q1 * -(phase * phase)
                    want = t - int(np.argmax((scores == scores.max())[::-1]))
                    assert _latest_phase(offset, period, t, q0, q1) == want, (offset, period, t, q0, q1)


@pytest.mark.parametrize("period", [3, 8])
def test_keys_of_another_period_still_equal_the_dense_pass(weights, period):
    """Weights whose positional period is changed: the machine they run goes
    wrong, but they are still a transformer.  The PHASES group takes the new
    period, and every head of the engine still equals full dense attention."""
    from tinyexec.engine import PHASES, compiled
    features = weights.pos_feature.copy()
    features[features[:, 1] == 4, 1] = period
    w = dataclasses.replace(weights, pos_feature=features)
    c = compiled(w)
    assert ((c.kind == PHASES) & (c.model.cg[4] == period)).sum() == 1
    prompt = prompt_of(PROGRAMS["every instruction"])
    s = Session(w, prompt, "sorted", record=len(prompt) + 200)
    generated = s.advance(200)
    n = len(prompt) + len(generated)
    assert len(generated) > 20
    logits, heads = dense.forward(w, np.concatenate([prompt, generated]), return_heads=True)
    assert np.array_equal(logits.argmax(axis=1)[len(prompt) - 1:n - 1], generated)
    for h, (out, win) in enumerate(heads):
        got_win, got_out = s.recorded(h)
        if win is not None:
            assert np.array_equal(got_win[:n - 1], win[:n - 1]), h
        assert np.array_equal(got_out[:n - 1], out[:n - 1]), h

"""The transformer against the reference interpreter on hand-assembled VM code
(no compiler involved): every opcode, carries, borrows, sign extension."""
import numpy as np
import pytest

from tinyexec import machine as m
from tinyexec.engine import Session
from tinyexec.model import dense
from tinyexec.reference import run_reference

O = m.OP


def assemble(code, data=b""):
    data = bytes(data) + bytes(24)
    return m.Program(code=code, data=data, args_addr=5 * len(code) + len(data) - 24)


def every_opcode_program():
    v = 0xEE6B2A2C                     # 4000000300: exercises signed/unsigned paths
    data_addr = 5 * 40                 # first data byte
    code = [
        (O["PUSH"], 72), (O["OUT"], 0),
        (O["PUSH"], 300), (O["PUSH"], 4000000000), (O["ADD"], 0),        # carry chain
        (O["GET"], 1), (O["PUSH"], 0xFFFFFFF0), (O["LTS"], 0), (O["JNZ"], 5 * 10),
        (O["HALT"], 0),
        (O["PUSH"], data_addr), (O["GET"], 2), (O["STORE32"], 0),
        (O["PUSH"], data_addr + 3), (O["LOAD8S"], 0),                     # 0xEE -> -18
        (O["PUSH"], 7), (O["SUB"], 0),                                     # borrow chain
        (O["PUSH"], data_addr + 1), (O["LOAD16U"], 0), (O["DROP"], 0),
        (O["GET"], 2), (O["GET"], 2), (O["LTU"], 0), (O["DROP"], 0),
        (O["GET"], 2), (O["GET"], 2), (O["GES"], 0), (O["DROP"], 0),
        (O["GET"], 2), (O["GET"], 2), (O["EQ"], 0), (O["JZ"], 5 * 33),
        (O["HALT"], 0),
        (O["PUSH"], data_addr + 8), (O["LOAD32"], 0), (O["SET"], 1), (O["PUSH"], 5 * 38),
        (O["RET"], 1 | (0 << 8)),
        (O["HALT"], 0), (O["HALT"], 0),
    ]
    assert len(code) == 40 and v
    return assemble(code, b"\0" * 8 + (123456789).to_bytes(4, "little"))


@pytest.fixture(scope="module")
def program_and_trace():
    prompt = m.prompt(every_opcode_program(), [b"x"])
    return prompt, run_reference(prompt)


def test_reference_runs_to_halt(program_and_trace):
    _, trace = program_and_trace
    assert trace[-1] == m.TOK_HALT
    assert m.output_bytes(trace) == b"H"


def test_dense_forward_predicts_the_reference_trace(weights, program_and_trace):
    prompt, trace = program_and_trace
    logits = dense.forward(weights, np.concatenate([prompt, trace]))
    predicted = logits.argmax(axis=1)[len(prompt) - 1:-1]
    assert predicted.tolist() == trace.tolist()


@pytest.mark.parametrize("attention", ["sorted", "linear"])
def test_engine_generates_the_reference_trace(weights, program_and_trace, attention):
    prompt, trace = program_and_trace
    session = Session(weights, prompt, attention)
    out = session.advance(10_000)
    assert session.halted
    assert out.tolist() == trace.tolist()


def test_engine_shortcuts_apply_to_the_interpreter(weights):
    """The exact shortcuts the engine takes (position-keyed heads without stored
    keys, slot clears, token-table values) find their patterns in these weights:
    the sorted == linear == dense checks above then cover them."""
    from tinyexec.engine import POSITION, POSITIONS, compiled
    c = compiled(weights)
    v_src, clear_slot = c.model.v_src, c.model.clear_slot
    assert (c.kind == POSITIONS).sum() >= 4
    assert (v_src == POSITION).any() and (v_src >= 0).any()
    assert len(clear_slot) > 0
    assert c.n_stored[c.kind == POSITIONS].sum() < c.n_values[c.kind == POSITIONS].sum()

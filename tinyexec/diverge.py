"""``tinyexec check``: where does a transformer run leave the reference?

The transformer and the reference interpreter run side by side.  At the first
token where they differ, the dense forward pass (full attention, no cache) of
the weights under test and of the built-in weights are run on the correct
prefix; the first attention head whose output differs names the culprit.  A
difference between the engine and the dense pass of the *same* weights would
instead point at the attention cache.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import machine
from .trace import Step, StepDecoder

DENSE_LIMIT = 40_000       # longest prefix the O(n^2) dense pass is asked to explain


@dataclass
class Report:
    agree: bool
    checked: int                      # generated tokens compared
    position: int | None = None       # index in the generated trace of the first difference
    expected: int | None = None
    actual: int | None = None
    step: Step | None = None
    head: dict | None = None          # layer, head, attended positions, outputs
    note: str = ""
    fault: str | None = None          # agreeing runs: the fault both stopped on

    def text(self, filename: str) -> str:
        if self.agree:
            ending = f" (both stop on the same fault: {self.fault})" if self.fault else ""
            return (f"tinyexec: {self.checked:,} tokens checked: the transformer agrees with "
                    f"the reference{ending}")
        s = self.step
        where = f"{filename}:{s.line}" if s and s.line else "<runtime>"
        at = f" (step {s.index:,}, {where}, {s.function}, {s.op})" if s else ""
        got = machine.token_name(self.actual) if self.actual is not None and self.actual >= 0 \
            else "nothing"
        lines = [f"first difference at generated token {self.position:,}{at}: expected "
                 f"{machine.token_name(self.expected)}, got {got}"]
        if self.head:
            h = self.head
            lines.append(f"first head that differs: layer {h['layer']}, head {h['head']} "
                         f"(#{h['index']}); it attends to position {h['attends']} where the "
                         f"built-in model attends to {h['built_attends']}; output {h['output']} "
                         f"instead of {h['built_output']}")
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


def _first_head(test, built, prefix) -> tuple[dict | None, str]:
    from .model import dense
    if len(prefix) > DENSE_LIMIT:
        return None, f"(prefix of {len(prefix):,} tokens: too long for the dense comparison)"
    if test.wq.shape != built.wq.shape or test.n_layers != built.n_layers:
        return None, "(the weights have another shape than the built-in ones: no head comparison)"
    _, heads = dense.forward(test, prefix, return_heads=True)
    _, good = dense.forward(built, prefix, return_heads=True)
    for h, ((out, win), (gout, gwin)) in enumerate(zip(heads, good)):
        if not np.array_equal(out[-1], gout[-1]):
            layer = int(test.head_layer[h])
            return dict(index=h, layer=layer,
                        head=int(h - np.searchsorted(test.head_layer, layer)),
                        attends=None if win is None else int(win[-1]),
                        built_attends=None if gwin is None else int(gwin[-1]),
                        output=out[-1].tolist(), built_output=gout[-1].tolist()), ""
    return None, "(every head agrees with the built-in model: the difference is in a " \
                 "feed-forward layer, the embedding or the output head)"


def first_divergence(program, args=(), stdin=b"", weights=None, max_tokens=None,
                     chunk=1 << 15) -> Report:
    from .engine import Session
    from .model.weights import load_default
    from .reference import Reference
    built = load_default()
    w = weights if weights is not None else built
    argv = [program.filename.encode()] + [a if isinstance(a, bytes) else str(a).encode()
                                          for a in args]
    prompt = machine.prompt(program, argv, stdin)
    ref, session = Reference(prompt), Session(w, prompt)
    expected, checked = [], 0
    budget = max_tokens if max_tokens is not None else float("inf")
    while checked < budget:
        r = ref.advance(int(min(chunk, budget - checked)))
        if len(r) == 0:
            break
        t = session.advance(len(r))
        expected.append(r)
        n = min(len(r), len(t))
        diff = np.nonzero(r[:n] != t[:n])[0]
        if len(diff) or len(t) < len(r):
            if not len(diff) and session.error:          # the engine stopped, not the model
                return Report(False, checked + n, checked + n, int(r[n]), -1,
                              note=f"the engine stopped: {session.error}")
            k = int(diff[0]) if len(diff) else n
            position = checked + k
            trace = np.concatenate(expected)
            step = next(s for s in reversed(StepDecoder(program).feed(trace[:position + 8]))
                        if s.position <= position) if position + 8 <= len(trace) else \
                (StepDecoder(program).feed(trace) or [None])[-1]
            head, note = _first_head(w, built, np.concatenate([prompt, trace[:position]]))
            return Report(False, position, position, int(r[k]),
                          int(t[k]) if k < len(t) else -1, step, head, note)
        checked += len(r)
        if ref.halted:
            break
    return Report(True, checked, fault=ref.fault)

"""The weights' sparse rows as straight-line code, generated from the weights.

The kernel multiplies sparse rows by the residual stream (``kernels._dot``):
per row a loop over its entries, each a load of the column index, of the
weight and of the residual slot.  Those loops, not the arithmetic, were most
of a token's time: on sudoku the feed-forward written out with its weights
and slots as constants ran about eight times faster.  So this module writes
LLVM IR with every weight and slot a constant, two functions, and the decode
kernel calls them in place of its loops (``Session(generated=...)``):

* ``tinyexec_rows(layer, x, out)``: every query, key and value row of the
  layer's heads times x, into ``out`` (indexed by row);
* ``tinyexec_ffn(layer, x, out)``: the layer's feed-forward, on x (``out`` is
  not used: the two have one signature, so one call reaches both).

Both compute exactly what the kernel's loops compute, operation for
operation: each row's sum starts at 0.0 and adds ``weight * x[slot]`` in the
row's order, as ``_dot`` does; a neuron is active when its gate sum is > 0;
its value is ``gate * up``; a value that is not 0 adds ``coefficient *
value`` to each slot of its down row, neurons in order.  (The layer's cleared
slots are set to 0 by the kernel, after.)  LLVM reorders no floating-point
operation and fuses none without fast-math flags, and none is given.  A run
of neurons with a proven guard (``engine.Compiled``) is skipped when its
guard slot is 0, as in the kernel.

One difference of order is allowed only where it changes nothing: the kernel
computes every gate of a layer before it adds any neuron's output; here a
neuron's output is added as soon as it is known.  That is the same only when
no neuron of the layer reads a slot that a neuron of the layer writes, so a
layer where one does is not generated: the function returns 0 for it, and
the kernel runs its loops.
"""
from __future__ import annotations

import struct


def _double(v: float) -> str:
    """An exact LLVM double constant."""
    return "0x" + struct.pack(">d", float(v)).hex().upper()


class _Function:
    """Straight-line LLVM IR, one SSA value per operation."""

    def __init__(self):
        self.lines: list[str] = []
        self.n = 0

    def emit(self, text: str) -> str:
        self.n += 1
        name = f"%v{self.n}"
        self.lines.append(f"  {name} = {text}")
        return name

    def load(self, slot: int) -> str:
        at = self.emit(f"getelementptr inbounds double, ptr %x, i64 {slot}")
        return self.emit(f"load double, ptr {at}, align 8")

    def store(self, slot: int, value: str, array: str = "%x"):
        at = self.emit(f"getelementptr inbounds double, ptr {array}, i64 {slot}")
        self.lines.append(f"  store double {value}, ptr {at}, align 8")

    def row(self, model, r: int) -> str:
        """The kernel's ``_dot``: 0.0 plus each weight times its slot, in order."""
        total = _double(0.0)
        for k in range(model.row_ptr[r], model.row_ptr[r + 1]):
            x = self.load(model.row_idx[k])
            total = self.emit(f"fadd double {total}, "
                              f"{self.emit(f'fmul double {_double(model.row_val[k])}, {x}')}")
        return total

    def label(self, name: str):
        self.lines.append(f"{name}:")


def _reads_and_writes(model, layer):
    lo, hi = model.layer_ptrs[2, layer], model.layer_ptrs[2, layer + 1]
    reads, writes = set(), set()
    for i in range(lo, hi):
        for r in model.neuron[:2, i]:
            reads.update(model.row_idx[model.row_ptr[r]:model.row_ptr[r + 1]].tolist())
        if model.neuron[2, i] >= 0:
            reads.add(int(model.neuron[2, i]))
    writes.update(model.d_slot[model.d_ptr[lo]:model.d_ptr[hi]].tolist())
    return reads, writes


# the code grows with the weights' entries, and LLVM's time with the code: the
# interpreter's weights have about 3,000; a model past this is left to the loops
MAX_ENTRIES = 200_000


def module_ir(model) -> str | None:
    """LLVM IR of both generated functions for ``model`` (``engine.KernelModel``),
    or None for a model with more than ``MAX_ENTRIES`` entries."""
    if len(model.row_idx) + len(model.d_slot) > MAX_ENTRIES:
        return None
    return _rows_ir(model) + "\n" + _ffn_ir(model)


def _switch(f: _Function, model):
    """One case per layer, ``%layer0`` ..; other values go to ``%generic``."""
    n_layers = model.layer_ptrs.shape[1] - 1
    cases = " ".join(f"i64 {layer}, label %layer{layer}" for layer in range(n_layers))
    f.lines.append(f"  switch i64 %layer, label %generic [ {cases} ]")
    return range(n_layers)


def _rows_ir(model) -> str:
    """``i64 tinyexec_rows(i64 layer, ptr x, ptr out)``: ``out[r]`` = row r of
    the weights times x, for every row the layer's heads read (their keys,
    values and queries: ``KernelModel.head_rows``); returns 1."""
    f = _Function()
    for layer in _switch(f, model):
        f.label(f"layer{layer}")
        for r in range(model.head_rows[0, layer], model.head_rows[1, layer]):
            f.store(r, f.row(model, r), "%out")
        f.lines.append("  ret i64 1")
    f.label("generic")
    f.lines.append("  ret i64 0")
    return ("define i64 @tinyexec_rows(i64 %layer, ptr noalias nocapture readonly %x, "
            "ptr noalias nocapture %out) {\n" + "\n".join(f.lines) + "\n}\n")


def _ffn_ir(model) -> str:
    """``i64 tinyexec_ffn(i64 layer, ptr x, ptr out)``: layer ``layer``'s
    feed-forward applied to the residual stream ``x``; it returns 1, or 0 for
    a layer it leaves to the kernel's loops."""
    f = _Function()
    for layer in _switch(f, model):
        f.label(f"layer{layer}")
        reads, writes = _reads_and_writes(model, layer)
        if reads & writes:
            f.lines.append("  br label %generic")
            continue
        i, end_layer = model.layer_ptrs[2, layer], model.layer_ptrs[2, layer + 1]
        while i < end_layer:
            end = model.neuron[3, i]             # a run of neurons with one guard
            guard = model.neuron[2, i]
            if guard >= 0:
                off = f.emit(f"fcmp oeq double {f.load(guard)}, {_double(0.0)}")
                f.lines.append(f"  br i1 {off}, label %skip{i}, label %run{i}")
                f.label(f"run{i}")
            for n in range(i, end):
                gate = f.row(model, model.neuron[0, n])
                active = f.emit(f"fcmp ogt double {gate}, {_double(0.0)}")
                value = f.emit(f"fmul double {gate}, {f.row(model, model.neuron[1, n])}")
                value = f.emit(f"select i1 {active}, double {value}, double {_double(0.0)}")
                adds = f.emit(f"fcmp une double {value}, {_double(0.0)}")
                for j in range(model.d_ptr[n], model.d_ptr[n + 1]):
                    slot = model.d_slot[j]
                    old = f.load(slot)
                    new = f.emit(f"fadd double {old}, "
                                 f"{f.emit(f'fmul double {_double(model.d_coef[j])}, {value}')}")
                    f.store(slot, f.emit(f"select i1 {adds}, double {new}, double {old}"))
            if guard >= 0:
                f.lines.append(f"  br label %skip{i}")
                f.label(f"skip{i}")
            i = end
        f.lines.append("  ret i64 1")
    f.label("generic")
    f.lines.append("  ret i64 0")
    return ("define i64 @tinyexec_ffn(i64 %layer, ptr noalias nocapture %x, ptr %out) {\n"
            + "\n".join(f.lines) + "\n}\n")

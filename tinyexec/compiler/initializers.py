"""Initializers (C99 6.7.8): brace lists with elision and designators,
flattened into leaves at byte offsets; constant leaves become bytes."""
from __future__ import annotations

from bisect import bisect_left, insort

from pycparser import c_ast

from .errors import error
from .literals import string_bytes
from .parse import DesignatorRange
from .types import CType, array, float_bits, sizeof


class _Leaves(dict):
    """{(byte offset, bit offset): (type, expr)}, the keys also kept in order, so
    that a brace list for a subobject can replace all that designators put in
    it before (``{ .in.b = 2, .in = { 9 } }`` leaves in.b 0, as with gcc)."""

    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key not in self:
            insort(self.order, key)
        super().__setitem__(key, value)

    def forget(self, off: int, size: int):
        """Drop the leaves in the bytes off .. off + size - 1."""
        low, high = bisect_left(self.order, (off,)), bisect_left(self.order, (off + size,))
        for key in self.order[low:high]:
            del self[key]
        del self.order[low:high]


class Initializers:
    """Mixin of :class:`~tinyexec.compiler.context.Context`."""

    def initializer(self, t, init):
        """Flatten ``init`` for an object of type ``t`` into leaves {(byte offset, bit
        offset): (type, expr)} (the bit offset tells the bit-fields of a unit apart):
        scalars, string literals for char arrays and struct-valued expressions; a
        later value for the same place replaces an earlier one.
        Returns ``t`` (an array's unknown length resolved) and the leaves."""
        leaves = _Leaves()
        n = self._init_object(t, init, 0, leaves)
        if t.kind == "array" and t.length is None:
            t = array(t.base, n)
        return t, leaves

    def _init_object(self, t, init, off, leaves):
        """Initialize the object ``t`` at ``off`` from the single initializer
        ``init``; returns the number of array elements it gives."""
        text = self._string_init(t, init)
        if text is not None:
            n = len(string_bytes(text)) + 1
            if t.length is None:
                t = array(t.base, n)
            else:
                leaves.forget(off, sizeof(t, init))
            leaves[off, 0] = (t, text)
            return n
        if t.kind in ("array", "struct") and isinstance(init, c_ast.InitList):
            if t.kind == "struct" or t.length is not None:
                leaves.forget(off, sizeof(t, init))
            return self._fill(t, init.exprs, 0, off, leaves, braced=True)[1]
        if t.kind == "array":
            error(init, "array initializer must be a brace list")
        if isinstance(init, c_ast.InitList):
            if len(init.exprs) != 1:
                error(init, "scalar initializer with several values" if init.exprs
                      else "empty scalar initializer")
            if isinstance(init.exprs[0], c_ast.NamedInitializer):
                error(init.exprs[0], "designator in a scalar initializer")
            return self._init_object(t, init.exprs[0], off, leaves)
        src = self.type_of(init)
        if (t.kind == "struct" or src.kind == "struct") and src != t:
            error(init, "initializer has the wrong type")
        if t.kind == "struct":
            leaves.forget(off, sizeof(t, init))
        leaves[off, t.bitfield[0] if t.bitfield else 0] = (t, init)
        return 1

    def _string_init(self, t, init):
        """The string literal initializing ``t`` if it is a char array given one
        (braces allowed), else None."""
        if t.kind != "array" or t.base.kind != "int" or t.base.size != 1:
            return None
        if isinstance(init, c_ast.InitList) and len(init.exprs) == 1:
            init = init.exprs[0]
        return init if isinstance(init, c_ast.Constant) and init.type == "string" else None

    def _fill(self, t, items, pos, off, leaves, braced, designators=None):
        """Initialize the array or struct ``t`` at ``off`` from ``items[pos:]``: all
        of them if they are its brace list (``braced``), else as many as it takes
        (brace elision), stopping at a designator, which belongs to the enclosing
        list.  ``designators``: those of ``items[pos]`` still to apply (the
        enclosing list used the first).  Returns the next position and the number
        of elements given."""
        count = t.length if t.kind == "array" else \
            (1 if t.layout.union else len(t.layout.members))
        i = extent = 0
        while pos < len(items):
            item = items[pos]
            if designators is None and isinstance(item, c_ast.NamedInitializer):
                if not braced:
                    break
                designators = item.name
            chosen = range(i, i + 1)
            if designators:
                chosen, designators = self._designated(t, designators, count)
            elif count is not None and i >= count:
                if braced:
                    error(item, "too many initializers")
                break
            for i in chosen:                    # (several: gcc's [low ... high] range)
                if t.kind == "array":
                    mt, mo = t.base, i * sizeof(t.base, item)
                else:
                    _, mt, mo = t.layout.members[i]
                after = self._init_member(mt, items, pos, off + mo, leaves, designators)
            pos, designators = after, None
            i += 1
            extent = max(extent, i)
        return pos, extent

    def _designated(self, t, designators, count):
        """The element or member indexes (a range) that ``designators[0]`` selects
        in ``t``, and the designators left for those elements."""
        designator = designators[0]
        if t.kind == "struct":
            name = getattr(designator, "name", None)
            if name not in t.layout.fields:
                error(designator, f"no member named '{name}'" if name else "index into a struct")
            for i, (member, mt, _) in enumerate(t.layout.members):
                if member == name:
                    return range(i, i + 1), designators[1:]
                if member is None and mt.kind == "struct" and name in mt.layout.fields:
                    # a member of an anonymous member: named there
                    return range(i, i + 1), designators
        if type(designator).__name__ == "ArrayDesignator":     # pycparser >= 3.1 wraps the index
            designator = designator.expr
        ends = (designator.low, designator.high) if isinstance(designator, DesignatorRange) \
            else (designator, designator)
        low, high = (self.integer_constant(end) for end in ends)
        for k in (low, high):
            if k is None or k < 0 or (count is not None and k >= count):
                error(designator, "bad array designator")
        if high < low:
            error(designator, "empty range in an array designator")
        return range(low, high + 1), designators[1:]

    def _init_member(self, t, items, pos, off, leaves, designators):
        """Initialize the member ``t`` at ``off`` from ``items[pos]`` (with its
        remaining ``designators``), or by brace elision from as many items as it
        takes; returns the next position."""
        item = items[pos]
        init = item.expr if isinstance(item, c_ast.NamedInitializer) else item
        elided = t.kind in ("array", "struct") and not isinstance(init, c_ast.InitList) \
            and self._string_init(t, init) is None \
            and (t.kind == "array" or self.type_of(init) != t)
        if designators or elided:
            if t.kind not in ("array", "struct"):
                error(item, "designator of a member that is not an array or struct")
            after = self._fill(t, items, pos, off, leaves, False, designators or [])[0]
            if after == pos:
                error(item, "too many initializers")
            return after
        self._init_object(t, init, off, leaves)
        return pos + 1

    def fill_blob(self, leaves, blob: bytearray, relocs: list, dynamic: list | None = None):
        """Write the constant leaves into ``blob``; the others go to ``dynamic``
        as (offset, type, expr) (locals), or are an error (statics)."""
        copied = []     # (start, end) of the struct values copied at run time so far
        for (off, _), (t, init) in leaves.items():
            if dynamic is not None and t.kind not in ("array", "struct") \
                    and any(start <= off < end for start, end in copied):
                dynamic.append((off, t, init))              # stored after that copy
                continue
            if t.kind == "struct":
                copied.append((off, off + sizeof(t, init)))
            if t.kind == "array":                           # a string literal
                raw = string_bytes(init)
                if len(raw) > t.length:
                    error(init, "string does not fit the array")
                blob[off:off + len(raw)] = raw
                continue
            # an address, or one converted to an integer as wide as a pointer
            # (`long n = (long)&x;`, a constant for gcc too: C99 6.6p10)
            holds_address = t.kind == "ptr" or (t.kind == "int" and t.size == 4
                                                and t.bitfield is None)
            ref = self.static_address(init) if holds_address else None
            v = self.const_as(init, t) if t.kind != "struct" else None
            if ref is not None:
                relocs.append((off, ref))
            elif v is not None:
                if t.kind == "float":
                    v = float_bits(v, t)
                if t.bitfield is not None:          # merged with the unit's other bits
                    shift, width = t.bitfield
                    mask = ((1 << width) - 1) << shift
                    v = int.from_bytes(blob[off:off + t.size], "little") & ~mask | v << shift & mask
                blob[off:off + t.size] = (v & (1 << 8 * t.size) - 1).to_bytes(t.size, "little")
            elif dynamic is None:
                error(init, "initializer is not a constant")
            else:
                dynamic.append((off, t, init))

    def static_object(self, t: CType, init, node):
        """The bytes and relocations of a static object ``t`` initialized by ``init``;
        returns (type with its length resolved, blob, relocs)."""
        t, leaves = self.initializer(t, init)
        blob, relocs = bytearray(sizeof(t, node)), []
        self.fill_blob(leaves, blob, relocs)
        return t, bytes(blob), relocs

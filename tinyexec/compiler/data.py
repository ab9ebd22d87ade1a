"""Static data: initialized globals, string literals and zero-filled (bss)
storage, with the relocations that the linker resolves."""
from __future__ import annotations

from .ir import Sym


class Data:
    def __init__(self):
        self.image = bytearray()      # initialized data, placed right after the code
        self.relocs: list = []        # (offset in image, Sym): a 32-bit address to fill in
        self.bss_size = 0             # zero-filled storage, placed at the top of memory
        self._strings: dict[bytes, int] = {}

    def alloc(self, blob: bytes, align: int = 4, relocs=()) -> Sym:
        """Place ``blob`` with its ``relocs`` [(offset within it, Sym)]."""
        while len(self.image) % align:
            self.image.append(0)
        off = len(self.image)
        self.image += blob
        self.relocs += [(off + at, ref) for at, ref in relocs]
        return Sym("data", off)

    def fill(self, at: Sym, blob: bytes, relocs=()):
        """Write ``blob`` with its ``relocs`` over the zeros ``alloc`` placed at ``at``."""
        self.image[at.target:at.target + len(blob)] = blob
        self.relocs += [(at.target + k, ref) for k, ref in relocs]

    def alloc_bss(self, size: int, align: int = 4) -> Sym:
        self.bss_size = (self.bss_size + align - 1) // align * align
        off = self.bss_size
        self.bss_size += size
        return Sym("bss", off)

    def string(self, raw: bytes) -> Sym:
        """A string literal (shared between equal literals)."""
        if raw not in self._strings:
            self._strings[raw] = self.alloc(raw + b"\0", 1).target
        return Sym("data", self._strings[raw])

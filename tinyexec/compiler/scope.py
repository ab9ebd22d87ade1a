"""Names: block scopes of ordinary identifiers and of struct/union/enum tags,
and what a name can denote."""
from __future__ import annotations

from dataclasses import dataclass, field

from .types import CType


@dataclass
class Var:
    """A variable.  ``where``: ``global`` (``at`` is its Sym), ``vreg`` (a scalar
    held in a virtual register ``at``), ``frame`` (memory at the frame pointer
    plus ``at``), ``ref`` (a struct parameter: ``at`` holds its address)."""
    name: str
    type: CType
    where: str
    at: object = None


@dataclass
class FunctionDecl:
    name: str
    type: CType
    node: object = None             # its c_ast.FuncDef, once defined
    address_taken: bool = False


@dataclass
class Typedef:
    type: CType


@dataclass
class EnumConst:
    value: int
    type: CType         # int, or (as gcc) unsigned int for a value above INT_MAX


@dataclass
class Scope:
    parent: "Scope | None" = None
    names: dict = field(default_factory=dict)
    tags: dict = field(default_factory=dict)

    def lookup(self, name):
        """What ``name`` denotes here (an ordinary identifier), or None."""
        return self._find("names", name)

    def lookup_tag(self, key):
        """The Layout of ``"struct s"`` (or ``"union u"``) here, or None."""
        return self._find("tags", key)

    def _find(self, space: str, key):
        scope = self
        while scope is not None:
            table = getattr(scope, space)
            if key in table:
                return table[key]
            scope = scope.parent
        return None

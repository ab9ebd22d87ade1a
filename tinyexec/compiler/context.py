"""The semantic context shared by the translation unit and the function
builders: a scope chain, and what it answers (types of declarations and
expressions, constant values, initializers)."""
from __future__ import annotations

from .constants import Constants
from .declarations import Declarations
from .initializers import Initializers
from .scope import Scope
from .typing import Typing


class Context(Declarations, Typing, Constants, Initializers):
    scope: Scope
    unit: "object"            # the Unit: data, functions, globals

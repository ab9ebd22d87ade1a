"""Compile errors: one line, ``file:line:col: error: message``."""
from __future__ import annotations


class CompileError(Exception):
    def __init__(self, filename, line, col, message):
        super().__init__(message)
        self.filename, self.line, self.col, self.message = filename, line, col, message

    def __str__(self):
        return f"{self.filename}:{self.line}:{self.col}: error: {self.message}"


def error(node, message):
    """Raise a CompileError at ``node``'s coordinates."""
    c = getattr(node, "coord", None)
    raise CompileError(c.file if c else "<input>", c.line if c else 1,
                       (c.column or 1) if c else 1, message)

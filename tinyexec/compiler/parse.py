"""pycparser, with its errors turned into one-line CompileErrors."""
from __future__ import annotations

from pycparser import c_parser

from .errors import CompileError


class _Parser(c_parser.CParser):
    """pycparser 3 fails an assertion when its lexer meets a '}' that closes no
    block; leave that '}' to the parser, which reports it where it stands."""

    def _lex_on_rbrace_func(self):
        if len(self._scope_stack) > 1:
            super()._lex_on_rbrace_func()


def parse(text: str, filename: str):
    parser = _Parser()
    try:
        return parser.parse(text, filename=filename)
    except c_parser.ParseError as e:
        msg = str(e)
        parts = msg.split(":", 3)
        if len(parts) == 4 and parts[1].strip().isdigit() and parts[2].strip().isdigit():
            raise CompileError(parts[0] or filename, int(parts[1]), int(parts[2]),
                               parts[3].strip()) from None
        # no coordinate in the message: use the token the parser stopped at
        toks = getattr(parser, "_tokens", None)          # pycparser 3's token stream
        buf = getattr(toks, "_buffer", None)
        tok = buf[min(toks._index, len(buf) - 1)] if buf else None
        file = msg.split(":", 1)[0] or filename
        if tok is None and buf and len(buf) > 1:         # the input ended early: at its last token
            tok, msg = buf[-2], "unexpected end of input"
        raise CompileError(file, tok.lineno if tok else 1, tok.column if tok else 1,
                           msg.split(":", 1)[-1].strip()) from None
    except RecursionError:
        raise CompileError(filename, 1, 1, "program nested too deeply for the parser "
                                           "(more than its recursion limit)") from None

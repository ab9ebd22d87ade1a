"""pycparser, with its errors turned into one-line CompileErrors."""
from __future__ import annotations

from pycparser import c_ast, c_lexer, c_parser

from ..preprocess import unquote
from .errors import CompileError


class _Lexer(c_lexer.CLexer):
    """The preprocessor's line markers spell a file name as a C string literal
    ("a\\\\b.c" for a\\b.c, as #line does); pycparser keeps the spelling,
    so decode it for the coordinates."""

    def __init__(self, *args, **kwargs):
        """``typeof`` as gcc takes it by default (GNU C, and C23), with GNU's
        other spellings; pycparser parses it in its C23 dialect only, whose
        other keywords (``bool``, ``true``, ...) would break C99 programs."""
        super().__init__(*args, **kwargs)
        self._keyword_map.update(typeof="TYPEOF", __typeof__="TYPEOF", __typeof="TYPEOF",
                                 typeof_unqual="TYPEOF_UNQUAL",
                                 __typeof_unqual__="TYPEOF_UNQUAL")

    def _handle_ppline(self):
        before = self._filename
        super()._handle_ppline()
        if self._filename is not before:       # this marker named a file
            self._filename = unquote(self._filename)


def has_side_effects(node) -> bool:
    """Does evaluating ``node`` call, assign or increment (anything but compute)?"""
    if isinstance(node, (c_ast.FuncCall, c_ast.Assignment)) or (
            isinstance(node, c_ast.UnaryOp) and node.op in ("++", "--", "p++", "p--")):
        return True
    return any(has_side_effects(child) for _, child in node.children())


def _elvis(condition, otherwise, coord):
    """gcc's ``a ?: b``: ``a ? a : b`` with ``a`` evaluated once.  One with side
    effects is ``({ __typeof__((a) + 0) t = a; t ? t : b; })`` (+ 0: an array
    operand decays); a plain one stays a conditional expression, which may be
    a constant."""
    if not has_side_effects(condition):
        return c_ast.TernaryOp(condition, condition, otherwise, coord)
    name = "__elvis_condition"
    decayed = c_ast.BinaryOp("+", condition, c_ast.Constant("int", "0", coord), coord)
    typeof = c_ast.TypeOf("__typeof__", decayed, coord)
    temp = c_ast.Decl(name, [], [], [], [], c_ast.TypeDecl(name, [], None, typeof, coord),
                      condition, None, coord)
    choice = c_ast.TernaryOp(c_ast.ID(name, coord), c_ast.ID(name, coord), otherwise, coord)
    return c_ast.Compound([temp, choice], coord)


class CaseRange(c_ast.Node):
    """The values of gcc's ``case low ... high:`` label, the expression of its Case."""
    __slots__ = ("low", "high", "coord", "__weakref__")
    attr_names = ()

    def __init__(self, low, high, coord=None):
        self.low, self.high, self.coord = low, high, coord

    def children(self):
        return (("low", self.low), ("high", self.high))

    def __iter__(self):
        yield self.low
        yield self.high


class DesignatorRange(CaseRange):
    """The elements of gcc's ``[low ... high] =`` array designator."""
    __slots__ = ()


class _Parser(c_parser.CParser):
    def _lex_on_rbrace_func(self):
        """pycparser 3 fails an assertion when its lexer meets a '}' that closes no
        block; leave that '}' to the parser, which reports it where it stands."""
        if len(self._scope_stack) > 1:
            super()._lex_on_rbrace_func()

    def _parse_labeled_statement(self):
        """pycparser's, with gcc's case ranges (``case 'a' ... 'z':``) too."""
        if self._peek_type() != "CASE":
            return super()._parse_labeled_statement()
        case_tok = self._advance()
        expr = self._parse_constant_expression()
        if self._accept("ELLIPSIS"):
            expr = CaseRange(expr, self._parse_constant_expression(), expr.coord)
        self._expect("COLON")
        if self._starts_statement():
            stmt = self._parse_pragmacomp_or_statement()
        else:
            stmt = c_ast.EmptyStatement(self._tok_coord(case_tok))
        return c_ast.Case(expr, [stmt], self._tok_coord(case_tok))

    def _parse_conditional_expression(self):
        """pycparser's, with gcc's ``a ?: b`` too."""
        expr = self._parse_binary_expression()
        if not self._accept("CONDOP"):
            return expr
        if self._accept("COLON"):
            return _elvis(expr, self._parse_conditional_expression(), expr.coord)
        iftrue = self._parse_expression()
        self._expect("COLON")
        return c_ast.TernaryOp(expr, iftrue, self._parse_conditional_expression(), expr.coord)

    def _parse_designator(self):
        """pycparser's, with gcc's ranges of array elements (``[1 ... 3] = x``) too."""
        if self._peek_type() != "LBRACKET":
            return super()._parse_designator()
        tok = self._advance()
        expr = self._parse_constant_expression()
        if self._accept("ELLIPSIS"):
            expr = DesignatorRange(expr, self._parse_constant_expression(), expr.coord)
        self._expect("RBRACKET")
        return c_ast.ArrayDesignator(expr, self._tok_coord(tok))


_GCC_WORDS = {"Unmatched '": "missing terminating ' character"}


def _message(text: str) -> str:
    """pycparser's wording in gcc's style: lower case, its bare "before: }"
    said in full, and gcc's words where they differ."""
    text = _GCC_WORDS.get(text.strip(), text.strip())
    if text.startswith("before: "):
        return f"syntax error before '{text[len('before: '):]}'"
    return text[:1].lower() + text[1:]


LONG_LINE = 1 << 14         # longer lines may hold string literals worth splitting
_OCTAL = "01234567"


def _split_long_literals(text: str) -> str:
    """Cut every string literal longer than ``LONG_LINE`` into adjacent ones
    ("ab" "cd"), which C joins into the same array.  pycparser's lexer matches
    a literal with a regular expression whose backtracking state grows by
    about 800 bytes per character: a 3 MB literal took 2.4 GB.  A cut falls
    between two characters, never inside an escape (the preprocessor has
    spelled each numeric one with three octal digits; a universal character
    name has 4 or 8), so no escape changes.
    After preprocessing no literal spans two lines, so only long lines are
    read; the lines left to pycparser's own reading (line markers,
    ``#pragma``) are left whole."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if len(line) > LONG_LINE and not line.lstrip().startswith("#"):
            lines[k] = _split_line(line)
    return "\n".join(lines)


def _split_line(line: str) -> str:
    out, start, i, n = [], 0, 0, len(line)      # line[start:i] is copied as it is
    while i < n:
        c = line[i]
        if c == "'":                            # a character constant: skip it whole
            i += 1
            while i < n and line[i] != "'":
                i += 2 if line[i] == "\\" else 1
            i += 1
            continue
        if c != '"':
            i += 1
            continue
        prefix = next((p for p in ("u8", "u", "U", "L") if line.endswith(p, 0, i)), "")
        i += 1
        piece = i                               # where the literal's current piece began
        while i < n and line[i] != '"':
            if i - piece >= LONG_LINE:
                out.append(line[start:i] + '" ' + prefix + '"')
                start = piece = i
            if line[i] != "\\":
                i += 1
                continue
            i += 2                              # the backslash and the escape's letter
            if line[i - 1] in _OCTAL:           # the preprocessor spells every numeric
                end = min(i + 2, n)             # escape with three octal digits
                while i < end and line[i] in _OCTAL:
                    i += 1
            elif line[i - 1] in "uU":           # a universal character name: its digits
                i = min(i + (4 if line[i - 1] == "u" else 8), n)
        i += 1
    out.append(line[start:])
    return "".join(out)


def parse(text: str, filename: str):
    parser = _Parser(lexer=_Lexer)
    text = _split_long_literals(text)
    try:
        return parser.parse(text, filename=filename)
    except c_parser.ParseError as e:
        msg = str(e)
        parts = msg.split(":", 3)
        if len(parts) == 4 and parts[1].strip().isdigit() and parts[2].strip().isdigit():
            raise CompileError(parts[0] or filename, int(parts[1]), int(parts[2]),
                               _message(parts[3])) from None
        # no coordinate in the message: use the token the parser stopped at
        toks = getattr(parser, "_tokens", None)          # pycparser 3's token stream
        buf = getattr(toks, "_buffer", None)
        tok = buf[min(toks._index, len(buf) - 1)] if buf else None
        file = msg.split(":", 1)[0] or filename
        if tok is None and buf and len(buf) > 1:         # the input ended early: at its last token
            tok, msg = buf[-2], "unexpected end of input"
        raise CompileError(file, tok.lineno if tok else 1, tok.column if tok else 1,
                           _message(msg.split(":", 1)[-1])) from None
    except RecursionError:
        raise CompileError(filename, 1, 1, "program nested too deeply for the parser "
                                           "(more than its recursion limit)") from None

"""A small C preprocessor, so that no system ``cpp`` is needed.

Supports ``#include`` of the shipped headers (``tinyexec/libc``) and of local
files (relative to the including file), object-like and function-like
``#define``, ``#undef``, and ``#if/#ifdef/#ifndef/#elif/#else/#endif`` with
integer expressions and ``defined``, ``#`` and ``##`` in macro bodies,
``__FILE__``, ``__LINE__``, ``__STDC__`` and ``__STDC_VERSION__``; GNU
``__attribute__((...))`` is dropped.  The output keeps every source line where
it was (a line joined to the one before by backslash-newline, or by a macro call
spanning lines, leaves a blank line behind), with ``# line "file"`` markers
around included text, so that pycparser's coordinates point into the user's files.
"""
from __future__ import annotations

import operator
import re
from pathlib import Path

LIBC = Path(__file__).resolve().parent / "libc"

_TOKEN = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|[A-Za-z_]\w*|\d\w*|\S')
_IDENT = re.compile(r"[A-Za-z_]\w*$")
_DIRECTIVE = re.compile(r"\s*#\s*(\w*)\s*(.*)$")
_CONTINUED = re.compile(r"^(?:[^\n]*\\\n)+[^\n]*", re.M)   # lines ending in backslash, and the next
_DYNAMIC = ("__LINE__", "__FILE__")        # predefined; the value depends on the place


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class PreprocessError(Exception):
    def __init__(self, filename, line, col, message):
        super().__init__(message)
        self.filename, self.line, self.col, self.message = filename, line, col, message


class _OpenCall(PreprocessError):
    """A macro call in the source still open at the end of its line."""


def splice_lines(text: str) -> str:
    """Remove backslash-newline; the removed newlines go after the joined line,
    so every later line keeps its number."""
    return _CONTINUED.sub(lambda m: m.group().replace("\\\n", "") + "\n" * m.group().count("\\\n"),
                          text)


def _stringize(arg: str) -> str:
    """``#x``: the argument's tokens as written, each run of spaces between them as one."""
    out, end = [], None
    for m in _TOKEN.finditer(arg):
        if end is not None and m.start() > end:
            out.append(" ")
        out.append(m.group())
        end = m.end()
    return _quote("".join(out))


def strip_comments(text: str, name: str = "") -> str:
    """Replace comments by spaces, keeping newlines (and so line numbers)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            if c == '"' and (j >= n or text[j] != c):
                raise PreprocessError(name, *_position(text, i), 'missing terminating " character')
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise PreprocessError(name, *_position(text, i), "unterminated comment")
            chunk = text[i:j + 2]
            out.append(" " + "\n" * chunk.count("\n"))
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _position(text: str, i: int) -> tuple[int, int]:
    """Line and column of offset ``i`` in ``text``."""
    return text.count("\n", 0, i) + 1, i - text.rfind("\n", 0, i)


_STRING = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]+)|([0-7]{1,3})|.)")


def _closed_escapes(text: str) -> str:
    """Spell the numeric escapes of string literals with three octal digits.
    pycparser joins adjacent literals as written, but C decodes each one
    first: "\\x41" "BC" is "ABC", not "\\x41BC"."""
    def escape(m):
        if m.group(1) is None and m.group(2) is None:
            return m.group()
        value = int(m.group(1), 16) if m.group(1) else int(m.group(2), 8)
        return "\\%03o" % (value % 256)

    def literal(m):
        return m.group() if m.group()[0] == "'" else _ESCAPE.sub(escape, m.group())

    return _STRING.sub(literal, text) if "\\" in text else text


# GNU spellings pycparser does not know: attributes are accepted and ignored.
_GNU = {"__attribute__": (["x"], ""), "__attribute": (["x"], ""), "__extension__": (None, ""),
        "__inline__": (None, "inline"), "__inline": (None, "inline"),
        "__restrict__": (None, "restrict"), "__restrict": (None, "restrict"),
        "__volatile__": (None, "volatile"), "__const": (None, "const"),
        "__signed__": (None, "signed")}


class Preprocessor:
    def __init__(self, defines: dict | None = None, include_dirs=()):
        self.macros: dict[str, tuple[list | None, str]] = dict(_GNU)
        self.macros.update(__STDC__=(None, "1"), __STDC_VERSION__=(None, "199901L"))
        for name, value in (defines or {}).items():
            self.macros[name] = (None, str(value))
        self.include_dirs = [Path(d) for d in include_dirs]

    def run(self, path: Path, text: str | None = None) -> str:
        out: list[str] = []
        self._file(Path(path), text, out, depth=0)
        return "\n".join(out) + "\n"

    # -- files and directives ------------------------------------------------
    def _file(self, path: Path, text, out, depth):
        if depth > 40:
            raise PreprocessError(str(path), 1, 1, "#include nested too deeply")
        if text is None:
            text = path.read_text()
        name = str(path)
        lines = strip_comments(splice_lines(text), name).split("\n")
        out.append(f'# 1 "{name}"')
        stack: list[list[bool]] = []           # [taking now, taken before, parent taking]
        no = 0
        while no < len(lines):
            line = lines[no]
            no += 1
            taking = all(s[0] for s in stack)
            m = _DIRECTIVE.match(line)
            if not m:
                if not taking:
                    out.append("")
                    continue
                expanded, used = self._text_line(lines, no, name)
                out += [_closed_escapes(expanded)] + [""] * used
                no += used
                continue
            out.append("")
            word, rest = m.group(1), m.group(2).strip()
            col = line.index("#") + 1
            if word in ("if", "ifdef", "ifndef"):
                if not taking:
                    stack.append([False, True])
                    continue
                if word == "if":
                    cond = self._eval(rest, name, no, col)
                else:
                    cond = self._defined(rest.split()[0] if rest else "")
                    cond = cond if word == "ifdef" else not cond
                stack.append([cond, cond])
            elif word in ("elif", "else", "endif"):
                if not stack:
                    raise PreprocessError(name, no, col, f"#{word} without #if")
                top = stack[-1]
                parent = all(s[0] for s in stack[:-1])
                if word == "endif":
                    stack.pop()
                elif top[1] or not parent:
                    top[0] = False
                else:
                    top[0] = True if word == "else" else bool(self._eval(rest, name, no, col))
                    top[1] = top[0]
            elif not taking:
                continue
            elif word == "define":
                self._define(rest, name, no, col)
            elif word == "undef":
                self.macros.pop(rest.split()[0] if rest else "", None)
            elif word == "include":
                target = self._find(rest, path, name, no, col)
                try:
                    self._file(target, None, out, depth + 1)
                except PreprocessError as e:
                    if target.parent != LIBC:
                        raise
                    # a shipped header refusing something: point at the #include
                    raise PreprocessError(name, no, col, e.message) from None
                out.append(f'# {no + 1} "{name}"')
            elif word in ("pragma", "line", ""):
                continue
            elif word == "error":
                raise PreprocessError(name, no, col, rest or "#error")
            else:
                raise PreprocessError(name, no, col, f"unknown directive #{word}")
        if stack:
            raise PreprocessError(name, len(lines), 1, "unterminated #if")

    def _find(self, rest, path, name, no, col) -> Path:
        m = re.match(r'"([^"]+)"|<([^>]+)>', rest)
        if not m:
            raise PreprocessError(name, no, col, "#include expects \"file\" or <file>")
        local, system = m.group(1), m.group(2)
        dirs = ([path.parent] if local else []) + self.include_dirs + [LIBC]
        for d in dirs:
            candidate = d / (local or system)
            if candidate.is_file():
                return candidate
        raise PreprocessError(name, no, col, f"cannot find include file '{local or system}'")

    def _define(self, rest, name, no, col):
        m = re.match(r"([A-Za-z_]\w*)(\(([^)]*)\))?\s*(.*)$", rest)
        if not m:
            raise PreprocessError(name, no, col, "#define expects a name")
        params = None
        if m.group(2) is not None:
            params = [p.strip() for p in m.group(3).split(",") if p.strip()]
        self.macros[m.group(1)] = (params, m.group(4).strip())

    def _defined(self, macro: str) -> bool:
        return macro in self.macros or macro in _DYNAMIC

    # -- expansion -------------------------------------------------------------
    def _text_line(self, lines, no, name) -> tuple[str, int]:
        """Expand source line ``no``; a macro call still open at its end takes in
        the following lines (joined with spaces).  Returns the text and how many
        following lines it took."""
        text, used = lines[no - 1], 0
        while True:
            try:
                return self.expand(text, name, no), used
            except _OpenCall:
                if no + used == len(lines) or _DIRECTIVE.match(lines[no + used]):
                    raise
                text += " " + lines[no + used]
                used += 1

    def expand(self, text: str, name="", no=0, hide=frozenset()) -> str:
        if not self.macros or not re.search(r"[A-Za-z_]", text):
            return text
        toks = [(t.start(), t.group()) for t in _TOKEN.finditer(text)]
        out, i, last = [], 0, 0
        while i < len(toks):
            pos, tok = toks[i]
            out.append(text[last:pos])
            last = pos + len(tok)
            i += 1
            if tok in _DYNAMIC:
                out.append(str(no) if tok == "__LINE__" else _quote(name))
                continue
            if tok not in self.macros or tok in hide or not _IDENT.match(tok):
                out.append(tok)
                continue
            params, body = self.macros[tok]
            if params is None:
                out.append(" " + self.expand(body, name, no, hide | {tok}) + " ")
                continue
            if i >= len(toks) or toks[i][1] != "(":
                out.append(tok)
                continue
            args, depth, j = [], 0, i + 1
            start = toks[i][0] + 1
            while j < len(toks):
                p, t = toks[j]
                if t == "(":
                    depth += 1
                elif t == ")" and depth == 0:
                    args.append(text[start:p])
                    break
                elif t == ")":
                    depth -= 1
                elif t == "," and depth == 0:
                    args.append(text[start:p])
                    start = p + 1
                j += 1
            else:
                # only an open call in the source text itself may go on on the next line
                error = PreprocessError if hide else _OpenCall
                raise error(name, no, 1, f"unterminated call of macro '{tok}'")
            last = toks[j][0] + 1
            i = j + 1
            if params == [] and args == [""]:
                args = []
            if len(args) != len(params):
                raise PreprocessError(name, no, 1, f"macro '{tok}' expects {len(params)} arguments")
            raw = {p: a.strip() for p, a in zip(params, args)}
            # "#p" makes a string of the argument as written; "a ## b" pastes the
            # written arguments; everywhere else arguments are expanded first
            body_out = re.sub(r"(?<!#)#\s*([A-Za-z_]\w*)",
                              lambda mt: _stringize(raw[mt.group(1)]) if mt.group(1) in raw
                              else mt.group(), body)
            if "##" in body_out:
                values = raw
            else:
                values = {p: self.expand(a, name, no, hide) for p, a in raw.items()}
            body_out = _TOKEN.sub(lambda mt: values.get(mt.group(), mt.group()), body_out)
            body_out = re.sub(r"\s*##\s*", "", body_out)
            out.append(" " + self.expand(body_out, name, no, hide | {tok}) + " ")
        out.append(text[last:])
        return "".join(out)

    def _eval(self, expr: str, name, no, col) -> int:
        expr = re.sub(r"defined\s*\(\s*(\w+)\s*\)|defined\s+(\w+)",
                      lambda m: "1" if self._defined(m.group(1) or m.group(2)) else "0", expr)
        try:
            return _IfExpression(self.expand(expr, name, no)).value()
        except ValueError as e:
            raise PreprocessError(name, no, col, str(e)) from None
        except RecursionError:
            raise PreprocessError(name, no, col, "#if expression nested too deeply") from None


# -- #if expressions -----------------------------------------------------------
# C evaluates them in intmax_t, or uintmax_t once an operand is unsigned (both
# 64 bits here); a value is a pair (number, unsigned).
_INVALID = "invalid #if expression"
# ++ and -- are tokens of their own, so that "--1" is refused as in C
_IF_TOKEN = re.compile(r"\d\w*|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|<<|>>|<=|>=|==|!=|&&|\|\||\+\+|--|\S")
_INTEGER = re.compile(r"(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)"       # digits, then suffix
                      r"([uU]?(?:ll|LL|[lL])?|(?:ll|LL|[lL])[uU])$")
_CHAR = re.compile(r"\\([0-7]{1,3})|\\x([0-9a-fA-F]+)|\\(.)|([\x00-\x7f])")
_ESCAPES = {"n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11, "e": 27,
            "\\": 92, "'": 39, '"': 34, "?": 63}
_PRECEDENCE = {"||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6,
               "<": 7, ">": 7, "<=": 7, ">=": 7, "<<": 8, ">>": 8,
               "+": 9, "-": 9, "*": 10, "/": 10, "%": 10}
_COMPARE = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt,
            "<=": operator.le, ">=": operator.ge}
_PLAIN = {"+": operator.add, "-": operator.sub, "*": operator.mul,
          "&": operator.and_, "|": operator.or_, "^": operator.xor}
_BITS = 64
_MASK = (1 << _BITS) - 1


def _wrap(number: int, unsigned: bool) -> tuple[int, bool]:
    number &= _MASK
    if not unsigned and number >> (_BITS - 1):
        number -= 1 << _BITS
    return number, unsigned


def _integer(tok: str) -> tuple[int, bool]:
    m = _INTEGER.match(tok)
    if not m:
        raise ValueError(_INVALID)
    digits = m.group(1)
    base = 16 if digits[1:2] in ("x", "X") else 8 if digits[0] == "0" else 10
    number = int(digits, base)
    if number > _MASK:
        raise ValueError("integer constant is too large")
    # a constant too big for intmax_t is unsigned, as with gcc
    return number, "u" in m.group(2).lower() or number > _MASK >> 1


def _character(tok: str) -> tuple[int, bool]:
    m = _CHAR.fullmatch(tok[1:-1])
    if not m:                                  # empty, or more than one character
        raise ValueError(_INVALID)
    octal, hexa, escape, plain = m.groups()
    if escape is not None and escape not in _ESCAPES:
        raise ValueError(_INVALID)
    code = (int(octal, 8) if octal else int(hexa, 16) if hexa
            else _ESCAPES[escape] if escape is not None else ord(plain)) & 255
    return code - 256 if code >= 128 else code, False     # char is signed


def _arithmetic(op: str, left, right, live: bool) -> tuple[int, bool]:
    (a, a_unsigned), (b, b_unsigned) = left, right
    if op in ("<<", ">>"):
        # the result has the left operand's type; a negative count shifts the other way
        if b < 0:
            op, b = ("<<" if op == ">>" else ">>"), -b
        b = min(b, _BITS)
        return _wrap(a << b if op == "<<" else a >> b, a_unsigned)
    unsigned = a_unsigned or b_unsigned
    if unsigned:
        a, b = a & _MASK, b & _MASK
    if op in _COMPARE:
        return int(_COMPARE[op](a, b)), False
    if op in ("/", "%"):
        if b == 0:
            if live:
                raise ValueError("division by zero in #if")
            return 0, unsigned
        quotient = abs(a) // abs(b) * (-1 if (a < 0) != (b < 0) else 1)   # toward zero
        return _wrap(quotient if op == "/" else a - quotient * b, unsigned)
    return _wrap(_PLAIN[op](a, b), unsigned)


class _IfExpression:
    """Recursive descent over a macro-expanded #if expression."""

    def __init__(self, text: str):
        self.toks = _IF_TOKEN.findall(text)
        self.pos = 0
        self.live = True        # False in an operand that && || ?: skip: there x/0 is no error

    def value(self) -> int:
        number = self.conditional()[0]
        if self.pos != len(self.toks):
            raise ValueError(_INVALID)
        return number

    def peek(self) -> str:
        return self.toks[self.pos] if self.pos < len(self.toks) else ""

    def take(self) -> str:
        tok = self.peek()
        if not tok:
            raise ValueError(_INVALID)
        self.pos += 1
        return tok

    def operand(self, live: bool, parse, *args):
        """``parse(*args)`` for an operand that is evaluated only if ``live``."""
        outer, self.live = self.live, self.live and live
        result = parse(*args)
        self.live = outer
        return result

    def conditional(self) -> tuple[int, bool]:
        cond = self.binary(1)
        if self.peek() != "?":
            return cond
        self.pos += 1
        yes = self.operand(cond[0] != 0, self.conditional)
        if self.take() != ":":
            raise ValueError(_INVALID)
        no = self.operand(cond[0] == 0, self.conditional)
        return _wrap((yes if cond[0] else no)[0], yes[1] or no[1])

    def binary(self, level: int) -> tuple[int, bool]:
        """Operators binding at least as tightly as ``level``, grouped left to right."""
        left = self.unary()
        while _PRECEDENCE.get(self.peek(), 0) >= level:
            op = self.take()
            if op in ("&&", "||"):
                # the right operand counts only when the left one does not decide
                live = (left[0] != 0) == (op == "&&")
                right = self.operand(live, self.binary, _PRECEDENCE[op] + 1)
                truth = (left[0] and right[0]) if op == "&&" else (left[0] or right[0])
                left = int(truth != 0), False
            else:
                left = _arithmetic(op, left, self.binary(_PRECEDENCE[op] + 1), self.live)
        return left

    def unary(self) -> tuple[int, bool]:
        tok = self.take()
        if tok in ("+", "-", "~", "!"):
            number, unsigned = self.unary()
            if tok == "!":
                return int(number == 0), False
            return _wrap({"+": number, "-": -number, "~": ~number}[tok], unsigned)
        if tok == "(":
            result = self.conditional()
            if self.take() != ")":
                raise ValueError(_INVALID)
            return result
        if tok[0].isdigit():
            return _integer(tok)
        if tok[0] == "'":
            return _character(tok)
        if _IDENT.match(tok) and tok != "defined":     # "defined" is left only when malformed
            return 0, False                    # any other name left after expansion counts as 0
        raise ValueError(_INVALID)

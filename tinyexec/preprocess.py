"""A small C preprocessor, so that no system ``cpp`` is needed.

Supports ``#include`` of the shipped headers (``tinyexec/libc``) and of local
files (relative to the including file), ``#pragma once``, object-like and
function-like ``#define`` (variadic ones too), ``#undef``, and
``#if/#ifdef/#ifndef/#elif/#else/#endif`` with integer expressions and
``defined``, ``#`` and ``##`` in macro bodies, ``#line``, ``__FILE__``,
``__LINE__``, ``__DATE__``, ``__TIME__``, ``__STDC__``, ``__STDC_VERSION__``
and the target's predefined macros (gcc's for i386); GNU
``__attribute__((...))`` is dropped.
Macros expand as C99 6.10.3 says (checked against ``gcc -E`` in the tests).
The output keeps every source line where it was (a line joined to the one
before by backslash-newline, or by a macro call spanning lines, leaves a blank
line behind), with ``# line "file"`` markers around included text and for
``#line``, so that pycparser's coordinates, and so the compiler's messages,
point into the user's files (or where ``#line`` says).

Sources are UTF-8.  A byte that is not (in a comment or a string literal, as
gcc allows) is decoded as a lone surrogate, and reaches the program's string
as that same byte; anywhere else it is a "stray" error.
"""
from __future__ import annotations

import operator
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

LIBC = Path(__file__).resolve().parent / "libc"

# preprocessing tokens (C99 6.4): literals, identifiers, pp-numbers, punctuators
# (the longest first; a digraph keeps its spelling until the output), and any
# other single character
_TOKEN = re.compile(r'(?:u8|[uUL])?"(?:\\.|[^"\\\n])*"|[uUL]?\'(?:\\.|[^\'\\\n])*\''
                    r"|[A-Za-z_]\w*|\.?\d(?:[eEpP][+-]|[\w.])*"
                    r"|\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||##"
                    r"|%:%:|<:|:>|<%|%>|%:|[-+*/%&|^]=|\S")
_IDENT = re.compile(r"[A-Za-z_]\w*$")
_NAMES = re.compile(r"[A-Za-z_]\w*")
_DIRECTIVE = re.compile(r"\s*(?:#|%:)\s*(\w*)\s*(.*)$")
_CONTINUED = re.compile(r"^(?:[^\n]*\\\n)+[^\n]*", re.M)   # lines ending in backslash, and the next
# predefined; the value depends on the place (gcc's __COUNTER__: on the uses before)
_DYNAMIC = ("__LINE__", "__FILE__", "__COUNTER__")
# C99 6.10.3p5 (gcc's words)
_VA_ARGS_ONLY = "__VA_ARGS__ can only appear in the expansion of a C99 variadic macro"
_NO_HEX_DIGITS = "\\x used with no following hex digits"
_BUILTIN = ("__STDC__ 1", "__STDC_VERSION__ 199901L",
            # GNU spellings pycparser does not know: attributes are accepted and ignored
            "__attribute__(x)", "__attribute(x)", "__extension__", "__inline__ inline",
            "__inline inline", "__restrict__ restrict", "__restrict restrict",
            "__volatile__ volatile", "__const const", "__signed__ signed", "__thread _Thread_local",
            # gcc's builtin behind offsetof, which pycparser cannot parse (it takes a type)
            "__builtin_offsetof(type, member) ((__SIZE_TYPE__)&((type *)0)->member)")
# The target's facts that portable code tests for, as gcc predefines them for
# i386 (``gcc -m32 -dM -E - </dev/null``, checked in the tests), the ILP32 target
# whose types are ours; the shipped limits.h, stddef.h and stdint.h are defined
# from them.  Left out on purpose: __CHAR_UNSIGNED__ (char is signed);
# those of long double (it is double here, 12 bytes on i386), the
# wchar_t ones (no wide literals); and __i386__, __x86_64__ and __GNUC__: the
# machine is not an x86 CPU and this is not gcc, so code that tests for them
# to use inline assembly or gcc's builtins must not take that path.
_TARGET = ("__STDC_HOSTED__ 1", "__ILP32__ 1", "_ILP32 1", "__CHAR_BIT__ 8",
           "__SIZEOF_SHORT__ 2", "__SIZEOF_INT__ 4", "__SIZEOF_LONG__ 4",
           "__SIZEOF_POINTER__ 4", "__SIZEOF_SIZE_T__ 4", "__SIZEOF_PTRDIFF_T__ 4",
           "__SCHAR_MAX__ 0x7f", "__SHRT_MAX__ 0x7fff", "__INT_MAX__ 0x7fffffff",
           "__LONG_MAX__ 0x7fffffffL", "__SIZE_MAX__ 0xffffffffU", "__PTRDIFF_MAX__ 0x7fffffff",
           "__INTPTR_MAX__ 0x7fffffff", "__UINTPTR_MAX__ 0xffffffffU",
           "__SIZE_TYPE__ unsigned int", "__PTRDIFF_TYPE__ int",
           "__INTPTR_TYPE__ int", "__UINTPTR_TYPE__ unsigned int",
           "__INT8_TYPE__ signed char", "__INT16_TYPE__ short int", "__INT32_TYPE__ int",
           "__UINT8_TYPE__ unsigned char", "__UINT16_TYPE__ short unsigned int",
           "__UINT32_TYPE__ unsigned int",
           "__INT8_MAX__ 0x7f", "__INT16_MAX__ 0x7fff", "__INT32_MAX__ 0x7fffffff",
           "__UINT8_MAX__ 0xff", "__UINT16_MAX__ 0xffff", "__UINT32_MAX__ 0xffffffffU",
           "__SIZEOF_LONG_LONG__ 8", "__LONG_LONG_MAX__ 0x7fffffffffffffffLL",
           "__SIZEOF_FLOAT__ 4", "__SIZEOF_DOUBLE__ 8",
           "__INT64_TYPE__ long long int", "__UINT64_TYPE__ long long unsigned int",
           "__INT64_MAX__ 0x7fffffffffffffffLL", "__UINT64_MAX__ 0xffffffffffffffffULL",
           "__INTMAX_TYPE__ long long int", "__UINTMAX_TYPE__ long long unsigned int",
           "__INTMAX_MAX__ 0x7fffffffffffffffLL", "__UINTMAX_MAX__ 0xffffffffffffffffULL",
           "__INT64_C(c) c ## LL", "__UINT64_C(c) c ## ULL",
           "__INTMAX_C(c) c ## LL", "__UINTMAX_C(c) c ## ULL",
           "__ORDER_LITTLE_ENDIAN__ 1234", "__ORDER_BIG_ENDIAN__ 4321",
           "__ORDER_PDP_ENDIAN__ 3412", "__BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__")
MAX_INCLUDE_DEPTH = 200                   # as gcc's
MAX_SOURCE_BYTES = 16 << 20               # no program that fits the machine is longer
_RAW_BYTE = re.compile("[\udc80-\udcff]")  # a byte of invalid UTF-8, decoded by surrogateescape


def _quote(text: str) -> str:
    """``text`` as a C string literal (a file name may hold any character)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def unquote(body: str) -> str:
    """What a string literal's ``body`` (the text between its quotes) stands for:
    the inverse of ``_quote``, for the file names of ``#line`` and of line
    markers.  A numeric escape above 127 is a byte, kept as a lone surrogate
    (see above)."""
    def escape(m):
        if m.group(1) is None and m.group(2) is None:
            return chr(_ESCAPES.get(m.group()[1], ord(m.group()[1])))
        value = (int(m.group(1), 16) if m.group(1) else int(m.group(2), 8)) % 256
        return chr(value) if value < 128 else chr(0xDC00 + value)

    return _ESCAPE.sub(escape, body)


def _marker(no: int, name: str) -> str:
    """A line marker: the next line is line ``no`` of file ``name`` (pycparser
    takes these for its coordinates, and so the compiler for its messages)."""
    return f"# {no} {_quote(name)}"


class PreprocessError(Exception):
    def __init__(self, filename, line, col, message):
        super().__init__(message)
        self.filename, self.line, self.col, self.message = filename, line, col, message


class _OpenCall(PreprocessError):
    """A macro call in the source still open at the end of its line."""


class _NameAtEnd(_OpenCall):
    """A function-like macro's name ends the line: its "(" may start the next."""


def read_source(path) -> str:
    """A source file's text: UTF-8 without a leading byte order mark, with
    universal newlines; undecodable bytes become lone surrogates (see above).
    Any file that can be read is accepted (``/dev/stdin``, a pipe)."""
    with open(path, "rb") as f:
        data = f.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise PreprocessError(str(path), 1, 1, f"file is larger than {MAX_SOURCE_BYTES >> 20} MiB")
    text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogateescape")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_TRIGRAPHS = dict(zip("=(/)'<!>-", "#[\\]^{|}~"))
_TRIGRAPH = re.compile(r"\?\?([=(/)'<!>-])")


def replace_trigraphs(text: str) -> str:
    """C99 5.2.1.1: ``??=`` is ``#``, ``??/`` a backslash, and so on (before
    lines are spliced, so ``??/`` ends a line as a backslash does)."""
    return _TRIGRAPH.sub(lambda m: _TRIGRAPHS[m.group(1)], text) if "??" in text else text


_DIGRAPHS = {"<:": "[", ":>": "]", "<%": "{", "%>": "}", "%:": "#", "%:%:": "##"}
_DIGRAPH_OR_LITERAL = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|%:%:|<:|:>|<%|%>|%:')


def replace_digraphs(text: str) -> str:
    """C99 6.4.6p3: ``<:`` is ``[``, ``%:`` is ``#``, and so on, outside
    string and character literals (the text has no comments left).  No valid C
    puts these pairs together otherwise.  Done to each line once its macros
    are expanded: until then a digraph is a token of its own spelling, which
    ``#x`` keeps, as gcc does."""
    if not any(d in text for d in _DIGRAPHS):
        return text
    return _DIGRAPH_OR_LITERAL.sub(lambda m: _DIGRAPHS.get(m.group(), m.group()), text)


def splice_lines(text: str) -> str:
    """Remove backslash-newline; the removed newlines go after the joined line,
    so every later line keeps its number."""
    return _CONTINUED.sub(lambda m: m.group().replace("\\\n", "") + "\n" * m.group().count("\\\n"),
                          text)


def _stray(c: str) -> bool:
    """A character that may stand in a comment or a literal but nowhere else:
    a control character other than white space, or a byte of invalid UTF-8."""
    return (c < " " and c not in "\t\n\v\f\r") or c == "\x7f" or "\udc80" <= c <= "\udcff"


# characters that neither start a literal or comment nor are stray (see _stray)
_ORDINARY = re.compile("[^\"'/\x00-\x08\x0e-\x1f\x7f\udc80-\udcff]+")


def strip_comments(text: str, name: str = "") -> str:
    """Replace comments by spaces, keeping newlines (and so line numbers).
    Stray characters outside comments and literals are errors, as in gcc."""
    out, i, n = [], 0, len(text)
    while i < n:
        plain = _ORDINARY.match(text, i)          # a run of ordinary characters, at once
        if plain:
            out.append(plain.group())
            i = plain.end()
            continue
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
            if _stray(c):
                byte = ord(c) - 0xDC00 if c >= "\udc80" else ord(c)
                raise PreprocessError(name, *_position(text, i), f"stray '\\{byte:o}' in program")
            out.append(c)
            i += 1
    return "".join(out)


def _position(text: str, i: int) -> tuple[int, int]:
    """Line and column of offset ``i`` in ``text``."""
    return text.count("\n", 0, i) + 1, i - text.rfind("\n", 0, i)


_STRING = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]+)|([0-7]{1,3})|.)")
_SPELLED_CHAR = re.compile(r"\\(?:x[0-9a-fA-F]+|[0-7]{1,3}|.)|.")    # one character of a literal


def _closed_escapes(text: str, name: str, no: int) -> str:
    """Spell the numeric escapes of string literals with three octal digits.
    pycparser joins adjacent literals as written, but C decodes each one
    first: "\\x41" "BC" is "ABC", not "\\x41BC".  A raw byte of invalid UTF-8
    in a literal is spelled the same way, so it reaches the program as it was.
    A "\\x" without a hex digit is refused here, before a join could give it
    the digits of the next literal; so is an empty character constant, and one
    of more than 4 characters is cut to its last 4, which make its value (gcc
    warns; pycparser would refuse it)."""
    def escape(m):
        if m.group(1) is None and m.group(2) is None:
            return m.group()
        value = int(m.group(1), 16) if m.group(1) else int(m.group(2), 8)
        return "\\%03o" % (value % 256)

    def literal(m):
        if any(e.group() == "\\x" for e in _ESCAPE.finditer(m.group())):
            raise PreprocessError(name, no, m.start() + 1, _NO_HEX_DIGITS)
        if m.group() == "''":
            raise PreprocessError(name, no, m.start() + 1, "empty character constant")
        if m.group()[0] == "'":
            chars = _SPELLED_CHAR.findall(m.group()[1:-1])
            text = "'" + "".join(chars[-4:]) + "'"
        else:
            text = _ESCAPE.sub(escape, m.group())
        return _RAW_BYTE.sub(lambda b: "\\%03o" % (ord(b.group()) - 0xDC00), text)

    plain = "\\" not in text and "'" not in text and not _RAW_BYTE.search(text)
    return text if plain else _STRING.sub(literal, text)


# -- macro expansion ---------------------------------------------------------------
class _Tok:
    """A preprocessing token.  ``space``: white space came before it (for ``#x``);
    ``hide``: the macros whose expansion made it, which it may not expand again
    (its "hide set", C99 6.10.3.4); ``index``: its place among the tokens of the
    source line, -1 for one an expansion made."""
    __slots__ = ("text", "space", "hide", "index", "start")

    def __init__(self, text, space=False, hide=frozenset(), index=-1, start=0):
        self.text, self.space, self.hide, self.index, self.start = text, space, hide, index, start

    def copy(self) -> "_Tok":
        """A copy for an expansion's output (which is not in the source line)."""
        return _Tok(self.text, self.space, self.hide)


_PLACEMARKER = _Tok("")            # an empty argument next to ##, C99 6.10.3.3


def _tokens(text: str) -> list[_Tok]:
    toks, end = [], 0
    for i, m in enumerate(_TOKEN.finditer(text)):
        toks.append(_Tok(m.group(), m.start() > end, frozenset(), i, m.start()))
        end = m.end()
    return toks


def _runs_together(left: str, right: str) -> bool:
    """Would ``left`` and ``right``, written without space between them, read as
    other tokens?"""
    return _TOKEN.match(left + right).end() > len(left)


def _stringize(arg: list[_Tok]) -> str:
    """``#x``: the argument's tokens as written, white space between them as one
    space; the quotes and backslashes of its literals escaped."""
    text = "".join((" " if t.space and k else "") + (_quote(t.text)[1:-1] if t.text[-1] in "\"'"
                                                      else t.text)
                   for k, t in enumerate(arg))
    return f'"{text}"'


@dataclass(frozen=True)
class _Macro:
    name: str
    params: tuple[str, ...] | None        # None: object-like; "__VA_ARGS__" last if variadic
    body: tuple[_Tok, ...]

    @property
    def variadic(self) -> bool:
        return bool(self.params) and self.params[-1] == "__VA_ARGS__"


def _date_and_time() -> tuple[str, str]:
    """``__DATE__`` and ``__TIME__`` of a translation now (gcc's spellings:
    ``"Nov  3 2026"``, ``"09:05:01"``), or of ``SOURCE_DATE_EPOCH`` (UTC) when
    it is set, as gcc reads it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = time.gmtime(int(epoch)) if epoch.isdigit() else time.localtime()
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[when.tm_mon - 1]
    return (f'"{month} {when.tm_mday:2d} {when.tm_year}"',
            f'"{when.tm_hour:02d}:{when.tm_min:02d}:{when.tm_sec:02d}"')


class Preprocessor:
    def __init__(self, defines: dict | None = None, include_dirs=()):
        self.macros: dict[str, _Macro] = {}
        date, clock = _date_and_time()
        for definition in _BUILTIN + _TARGET + (f"__DATE__ {date}", f"__TIME__ {clock}"):
            self._define(definition, "<built-in>", 1, 1)
        for name, value in (defines or {}).items():
            self._define(f"{name} {value}", "<command line>", 1, 1)
        self.include_dirs = [Path(d) for d in include_dirs]
        self.once: set[Path] = set()           # files that said "#pragma once"
        # every file looked for: its path -> its text, or None if it was not there
        # (the result depends on nothing else: the program cache checks these)
        self.files_seen: dict[str, str | None] = {}
        # expanding an #if expression: a "defined" that a macro's expansion makes
        # is then evaluated (_defined_operator)
        self.in_if = False
        self.counter = 0                       # the uses of __COUNTER__ so far

    def run(self, path: Path, text: str | None = None) -> str:
        out: list[str] = []
        self._file(Path(path), text, out, depth=0)
        return "\n".join(out) + "\n"

    # -- files and directives ------------------------------------------------
    def _file(self, path: Path, text, out, depth):
        if text is None:
            text = read_source(path)
            self.files_seen[str(path)] = text
        name = str(path)                       # the presumed file name, which #line may change
        lines = strip_comments(splice_lines(replace_trigraphs(text.removeprefix("\ufeff"))),
                               name).split("\n")
        out.append(_marker(1, name))
        # per open #if: [taking now, taken before]; an #if opened where lines are
        # skipped is never taken, so "taking now" covers the enclosing ones too
        stack: list[list[bool]] = []
        k, shift = 0, 0                        # lines read; presumed minus actual line number
        while k < len(lines):
            line = lines[k]
            k += 1
            no = k + shift                     # the presumed line number: __LINE__, messages
            taking = stack[-1][0] if stack else True
            m = _DIRECTIVE.match(line)
            if not m:
                if not taking:
                    out.append("")
                    continue
                expanded, used = self._text_line(lines, k - 1, name, no)
                out += [_closed_escapes(replace_digraphs(expanded), name, no)] + [""] * used
                k += used
                continue
            out.append("")
            word, rest = m.group(1), m.group(2).strip()
            col = len(line) - len(line.lstrip()) + 1
            if word in ("if", "ifdef", "ifndef"):
                if not taking:
                    stack.append([False, True])
                    continue
                if word == "if":
                    cond = self._eval(rest, name, no, col)
                else:
                    cond = self._defined(self._macro_name(rest, word, name, no, col))
                    cond = cond if word == "ifdef" else not cond
                stack.append([cond, cond])
            elif word in ("elif", "else", "endif"):
                if not stack:
                    raise PreprocessError(name, no, col, f"#{word} without #if")
                top = stack[-1]
                parent = stack[-2][0] if len(stack) > 1 else True
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
                self.macros.pop(self._macro_name(rest, word, name, no, col), None)
            elif word == "include":
                self._include(rest, path, out, depth, name, no, col)
            elif word == "pragma":
                if rest.split() == ["once"]:
                    self.once.add(path.resolve())
            elif word == "line":
                following, name = self._line(rest, name, no, col)
                shift = following - (k + 1)
                out[-1] = _marker(following, name)
            elif word == "":                   # the null directive
                continue
            elif word == "error":
                raise PreprocessError(name, no, col, rest or "#error")
            elif word in ("warning", "ident", "sccs"):
                # GNU directives that do not change the program: tinyexec gives no
                # warnings (as gcc -w), and has no object file to put an #ident in
                continue
            else:
                raise PreprocessError(name, no, col, f"unknown directive #{word}")
        if stack:
            raise PreprocessError(name, len(lines) + shift, 1, "unterminated #if")

    def _include(self, rest, path, out, depth, name, no, col):
        if rest[:1] not in ('"', "<"):         # #include MACRO (C99 6.10.2p4)
            rest = self.expand(rest, name, no).strip()
        target = self._find(rest, path, name, no, col)
        if target.resolve() in self.once:
            return
        if depth + 1 > MAX_INCLUDE_DEPTH:
            raise PreprocessError(name, no, col, "#include nested too deeply")
        try:
            text = read_source(target)
        except OSError as e:
            raise PreprocessError(name, no, col, f"cannot read '{target}': {e.strerror}") from None
        self.files_seen[str(target)] = text
        try:
            self._file(target, text, out, depth + 1)
        except PreprocessError as e:
            if target.parent != LIBC:
                raise
            # a shipped header refusing something: point at the #include
            raise PreprocessError(name, no, col, e.message) from None
        out.append(_marker(no + 1, name))

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
            self.files_seen[str(candidate)] = None
        raise PreprocessError(name, no, col, f"cannot find include file '{local or system}'")

    def _line(self, rest, name, no, col) -> tuple[int, str]:
        """``#line`` (C99 6.10.4): the number of the next line, and the file name
        from then on.  The directive's tokens are macro-expanded first, as
        6.10.4p5 says for a form that is not already a digit sequence and an
        optional string literal (which expansion leaves as they are).  The
        messages are gcc's."""
        def error(message):
            raise PreprocessError(name, no, col, message)

        toks = _TOKEN.findall(self.expand(rest, name, no))
        if not toks:
            error("unexpected end of file after #line")
        if not re.fullmatch(r"[0-9]+", toks[0]):
            error(f'"{toks[0]}" after #line is not a positive integer')
        digits = toks[0].lstrip("0")           # decimal, even with a leading 0 (6.10.4p3)
        if not digits or len(digits) > 10 or int(digits) > 2147483647:
            error("line number out of range")   # 6.10.4p3: 1 to 2147483647
        if len(toks) > 1 and not toks[1].startswith('"'):   # a character string, not L"..."
            error(f'"{toks[1]}" is not a valid filename')
        if len(toks) > 2:
            error("extra tokens at end of #line directive")
        return int(digits), unquote(toks[1][1:-1]) if len(toks) > 1 else name

    @staticmethod
    def _macro_name(rest, word, name, no, col) -> str:
        macro = rest.split()[0] if rest else ""
        if not _IDENT.match(macro):
            raise PreprocessError(name, no, col, f"#{word} expects a macro name")
        if macro == "__VA_ARGS__":
            raise PreprocessError(name, no, col, _VA_ARGS_ONLY)
        return macro

    def _define(self, rest, name, no, col):
        """``#define`` (C99 6.10.3): its parameter list and body are checked here,
        so that a bad definition is reported where it stands."""
        def error(message):
            raise PreprocessError(name, no, col, message)

        m = re.match(r"[A-Za-z_]\w*", rest)
        if not m:
            error("#define expects a macro name")
        macro, after = m.group(), rest[m.end():]
        if macro == "defined":
            error("'defined' cannot be used as a macro name")
        if macro == "__VA_ARGS__":
            error(_VA_ARGS_ONLY)
        params = None
        if after.startswith("("):              # function-like: "(" right after the name
            params, after = self._parameters(after, error)
        body = _tokens(after)
        for t in body:
            t.index = -1
            if t.text == "%:%:" or (t.text == "%:" and params is not None):
                t.text = _DIGRAPHS[t.text]     # the operators ## and #, however spelled
        if body and body[0].text == "##" or body and body[-1].text == "##":
            error("'##' cannot appear at either end of a macro expansion")
        if params is not None:
            for k, t in enumerate(body):
                if t.text == "#" and (k + 1 == len(body) or body[k + 1].text not in params):
                    error("'#' is not followed by a macro parameter")
        defined = _Macro(macro, params, tuple(body))
        if not defined.variadic and any(t.text == "__VA_ARGS__" for t in body):
            error(_VA_ARGS_ONLY)
        self.macros[macro] = defined

    @staticmethod
    def _parameters(text, error) -> tuple[tuple[str, ...], str]:
        """The parameter list at the start of ``text`` (from its "("), and the text after it."""
        toks = list(_TOKEN.finditer(text))
        params, k = [], 1
        while True:
            if k >= len(toks):
                error("missing ')' in macro parameter list")
            tok = toks[k].group()
            if tok == ")" and k == 1:
                break
            if tok == "...":
                params.append("__VA_ARGS__")
                if k + 1 >= len(toks) or toks[k + 1].group() != ")":
                    error("missing ')' after '...'")
                k += 1
                break
            if not _IDENT.match(tok) or tok == "__VA_ARGS__":
                error(f"expected parameter name, found '{tok}'")
            if tok in params:
                error(f"duplicate macro parameter '{tok}'")
            params.append(tok)
            if k + 1 >= len(toks):
                error("missing ')' in macro parameter list")
            k += 1
            if toks[k].group() == ")":
                break
            if toks[k].group() != ",":
                error(f"expected ',' or ')', found '{toks[k].group()}'")
            k += 1
        return tuple(params), text[toks[k].end():]

    def _defined(self, macro: str) -> bool:
        return macro in self.macros or macro in _DYNAMIC

    # -- expansion -------------------------------------------------------------
    def _text_line(self, lines, index, name, no) -> tuple[str, int]:
        """Expand ``lines[index]``, line ``no`` of ``name``; a macro call still open
        at its end takes in the following lines (joined with spaces).  Returns the
        text and how many following lines it took."""
        text, used = lines[index], 0
        while True:
            following = lines[index + 1 + used] if index + 1 + used < len(lines) else None
            try:
                return self.expand(text, name, no, source=True), used
            except _NameAtEnd:
                if following is None or not following.lstrip().startswith("("):
                    return self.expand(text, name, no, source=False), used
            except _OpenCall:
                if following is None or _DIRECTIVE.match(following):
                    raise
            text += " " + following
            used += 1

    def expand(self, text: str, name="", no=0, source=False) -> str:
        """``text`` (from the source: a line, or a directive's operands, where
        ``__VA_ARGS__`` may not stand) with its macros expanded.  ``source``: text
        is a source line, where a macro call still open at the end may go on on
        the next line."""
        if "__VA_ARGS__" in text:
            for t in _tokens(text):
                if t.text == "__VA_ARGS__":
                    raise PreprocessError(name, no, t.start + 1, _VA_ARGS_ONLY)
        if not any(n in self.macros or n in _DYNAMIC for n in _NAMES.findall(text)):
            return text
        toks = _tokens(text)
        try:
            result = self._expand(toks, name, no, source)
        except RecursionError:
            raise PreprocessError(name, no, 1, "macro arguments nested too deeply") from None
        return self._render(text, toks, result)

    @staticmethod
    def _render(text, toks, result) -> str:
        """The expanded tokens as text.  Tokens of the line that no macro touched
        keep the white space they had, and so their columns up to the first
        expansion; the others are spaced as in their definition or argument, plus
        one space where two tokens would otherwise run together ("- -", not "--")."""
        parts, previous = [], -1
        for t in result:
            if t.index >= 0 and t.index == previous + 1:
                parts.append(text[toks[previous].start + len(toks[previous].text):t.start]
                             if previous >= 0 else text[:t.start])
            elif t.index >= 0 or t.space or (parts and _runs_together(parts[-1], t.text)):
                parts.append(" ")
            parts.append(t.text)
            previous = t.index if t.index >= 0 else -2
        return "".join(parts)

    def _expand(self, toks: list[_Tok], name, no, source=False) -> list[_Tok]:
        """Macro-expand ``toks`` (C99 6.10.3.4).  A macro's replacement is put
        back in front of the tokens still to read and rescanned with them, so that
        chains of macros take no recursion; only a call's arguments are expanded
        by a recursive call, before they are substituted."""
        pending, out = toks[::-1], []
        while pending:
            t = pending.pop()
            if t.text in _DYNAMIC:
                out.append(_Tok(self._dynamic_value(t.text, name, no), t.space))
                continue
            if t.text == "defined" and self.in_if:
                out.append(self._defined_operator(t, pending))
                continue
            macro = self.macros.get(t.text)
            if macro is None or t.text in t.hide:
                out.append(t)
                continue
            if macro.params is None:
                body = self._substitute(macro, None, name, no)
                hide = t.hide | {t.text}
            elif pending and pending[-1].text == "(":
                args, commas, close = self._arguments(pending, t, name, no, source)
                bound = self._bind(macro, args, commas, t, name, no)
                body = self._substitute(macro, bound, name, no)
                hide = (t.hide & close.hide) | {t.text}
            elif source and not pending:
                raise _NameAtEnd(name, no, t.start + 1, f"'{t.text}' at the end of the line")
            else:                              # a function-like macro's name alone
                out.append(t)
                continue
            for b in body:                     # fresh tokens, made by _substitute
                b.hide = b.hide | hide
            if body:
                body[0].space = t.space
            pending.extend(reversed(body))
        return out

    def _dynamic_value(self, macro: str, name, no) -> str:
        if macro == "__LINE__":
            return str(no)
        if macro == "__FILE__":
            return _quote(name)
        self.counter += 1                      # __COUNTER__: 0, 1, 2, ... in the file
        return str(self.counter - 1)

    def _defined_operator(self, defined: _Tok, pending: list[_Tok]) -> _Tok:
        """``defined X`` or ``defined ( X )`` that the expansion of an #if
        expression's macro made (``#define HAVE_X defined(X)``), as 1 or 0 with
        its operand not expanded.  C99 6.10.1p4 leaves this undefined; gcc and
        clang evaluate it, and programs rely on it.  A malformed one is left for
        the expression's parser to refuse."""
        operand = [t.text for t in pending[-3:][::-1]]
        if operand[:1] and _IDENT.match(operand[0]):
            taken = 1
        elif operand[:1] == ["("] and len(operand) == 3 and _IDENT.match(operand[1]) \
                and operand[2] == ")":
            taken = 3
        else:
            return defined
        macro = operand[taken // 2]
        del pending[-taken:]
        return _Tok("1" if self._defined(macro) else "0", defined.space)

    @staticmethod
    def _arguments(pending, call, name, no, source):
        """Take a call's arguments off ``pending`` (its "(" first): a list of token
        lists split at top-level commas, those commas, and the closing ")"."""
        pending.pop()
        args, commas, current, depth = [], [], [], 0
        while pending:
            t = pending.pop()
            if t.text == "(":
                depth += 1
            elif t.text == ")" and depth == 0:
                args.append(current)
                return args, commas, t
            elif t.text == ")":
                depth -= 1
            elif t.text == "," and depth == 0:
                args.append(current)
                commas.append(t)
                current = []
                continue
            current.append(t)
        # only an open call in the source text itself may go on on the next line
        error = _OpenCall if source else PreprocessError
        raise error(name, no, call.start + 1 if call.index >= 0 else 1,
                    f"unterminated call of macro '{call.text}'")

    @staticmethod
    def _bind(macro, args, commas, call, name, no) -> dict[str, list[_Tok]]:
        """Parameter name -> argument tokens; the extra arguments of a variadic
        macro go to ``__VA_ARGS__`` with the commas between them as written (with
        their spacing, for ``#__VA_ARGS__``)."""
        named = macro.params[:-1] if macro.variadic else macro.params
        if args == [[]] and not named:         # "F()": no argument, not one empty one
            args = []
        if len(args) < len(named) or (len(args) > len(named) and not macro.variadic):
            raise PreprocessError(name, no, call.start + 1 if call.index >= 0 else 1,
                                  f"macro '{macro.name}' expects {len(named)} arguments, "
                                  f"got {len(args)}")
        bound = dict(zip(named, args))
        if macro.variadic:
            rest = []
            for k in range(len(named), len(args)):     # commas[k - 1] is before args[k]
                rest += ([commas[k - 1]] if k > len(named) else []) + args[k]
            bound["__VA_ARGS__"] = rest
        return bound

    def _substitute(self, macro, bound, name, no) -> list[_Tok]:
        """The macro's body with its parameters replaced (C99 6.10.3.1-3): by the
        argument as written after ``#`` (made a string) and beside ``##``, by the
        fully expanded argument elsewhere; then the ``##`` pastes."""
        body, out, expanded = macro.body, [], {}
        if macro.variadic and any(t.text == "__VA_OPT__" for t in body):
            # (present: tokens left once the variable arguments are expanded, as gcc has it)
            present = bool(self._expand(list(bound["__VA_ARGS__"]), name, no))
            body = self._va_opt(body, present, name, no)
        paste, k = False, 0
        while k < len(body):
            t = body[k]
            k += 1
            if t.text == "##":
                paste = True
                continue
            if t is _PLACEMARKER:
                item = [t]
            elif bound is not None and t.text == "#":
                item = [_Tok(_stringize(bound[body[k].text]), t.space)]
                k += 1
            elif bound is not None and t.text in bound:
                if paste or (k < len(body) and body[k].text == "##"):
                    item = [a.copy() for a in bound[t.text]] or [_PLACEMARKER]
                else:
                    if t.text not in expanded:
                        expanded[t.text] = self._expand(list(bound[t.text]), name, no)
                    item = [a.copy() for a in expanded[t.text]]
                if item and item[0] is not _PLACEMARKER:
                    item[0].space = t.space
            else:
                item = [t.copy()]
            if paste:
                paste = False
                left = out.pop()
                if left.text == "," and t.text == "__VA_ARGS__" and macro.variadic:
                    # GNU: ", ## __VA_ARGS__" drops the comma when there are no
                    # variable arguments, and pastes nothing when there are
                    item = [] if item == [_PLACEMARKER] else [left] + item
                else:
                    item = [self._paste(left, item[0], name, no)] + item[1:]
            out += item
        return [t for t in out if t is not _PLACEMARKER]

    @staticmethod
    def _va_opt(body, present: bool, name, no) -> list[_Tok]:
        """A variadic macro's body with each ``__VA_OPT__(tokens)`` (C23 6.10.5.1,
        a GNU extension before) replaced by the tokens when variable arguments
        are ``present``, else by a placemarker (nothing, even beside ##)."""
        out, k = [], 0
        while k < len(body):
            t = body[k]
            if t.text != "__VA_OPT__" or k + 1 >= len(body) or body[k + 1].text != "(":
                out.append(t)
                k += 1
                continue
            depth, end = 0, k + 1
            while end < len(body):
                depth += {"(": 1, ")": -1}.get(body[end].text, 0)
                if depth == 0:
                    break
                end += 1
            if end == len(body):
                raise PreprocessError(name, no, 1, "unterminated __VA_OPT__")
            content = [c.copy() for c in body[k + 2:end]]
            if any(c.text == "__VA_OPT__" for c in content):
                raise PreprocessError(name, no, 1, "__VA_OPT__ may not appear in a __VA_OPT__")
            if content:
                content[0].space = t.space
            out += content if present and content else [_PLACEMARKER]
            k = end + 1
        return out

    @staticmethod
    def _paste(left: _Tok, right: _Tok, name, no) -> _Tok:
        if left is _PLACEMARKER or right is _PLACEMARKER:
            return right if left is _PLACEMARKER else left
        text = left.text + right.text
        if len(_TOKEN.findall(text)) != 1:
            raise PreprocessError(name, no, 1, f"pasting '{left.text}' and '{right.text}' "
                                               f"does not give a valid preprocessing token")
        return _Tok(text, left.space)

    def _eval(self, expr: str, name, no, col) -> int:
        expr = re.sub(r"defined\s*\(\s*(\w+)\s*\)|defined\s+(\w+)",
                      lambda m: "1" if self._defined(m.group(1) or m.group(2)) else "0", expr)
        self.in_if = True
        try:
            return _IfExpression(self.expand(expr, name, no)).value()
        except ValueError as e:
            raise PreprocessError(name, no, col, str(e)) from None
        except RecursionError:
            raise PreprocessError(name, no, col, "#if expression nested too deeply") from None
        finally:
            self.in_if = False


# -- #if expressions -----------------------------------------------------------
# C evaluates them in intmax_t, or uintmax_t once an operand is unsigned (both
# 64 bits here); a value is a pair (number, unsigned).
_INVALID = "invalid #if expression"
# ++ and -- are tokens of their own, so that "--1" is refused as in C
_IF_TOKEN = re.compile(r"\d\w*|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|<<|>>|<=|>=|==|!=|&&|\|\||\+\+|--|\S")
_INTEGER = re.compile(r"(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)"       # digits, then suffix
                      r"([uU]?(?:ll|LL|[lL])?|(?:ll|LL|[lL])[uU])$")
_CHAR = re.compile(r"\\([0-7]{1,3})|\\x([0-9a-fA-F]+)|\\(.)|([\x00-\x7f])")
_CHARS = re.compile(f"(?:{_CHAR.pattern})+")
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
    """A character constant's value, as the compiler gives it: a char,
    sign-extended; one of several characters ('ab') their bytes in order, the
    last in the low byte, in 32 bits."""
    body = tok[1:-1]
    if not body:
        raise ValueError("empty character constant")
    if not _CHARS.fullmatch(body):
        raise ValueError(_INVALID)
    codes = bytearray()
    for m in _CHAR.finditer(body):
        octal, hexa, escape, plain = m.groups()
        if escape == "x":
            raise ValueError(_NO_HEX_DIGITS)
        if escape is not None and escape not in _ESCAPES:
            raise ValueError(_INVALID)
        codes.append((int(octal, 8) if octal else int(hexa, 16) if hexa
                      else _ESCAPES[escape] if escape is not None else ord(plain)) & 255)
    value = int.from_bytes(codes[-4:], "big")
    sign = 1 << 7 if len(codes) == 1 else 1 << 31    # a char (signed) or an int
    return value - 2 * sign if value & sign else value, False


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
        number = self.expression()[0]
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

    def expression(self) -> tuple[int, bool]:
        """A comma expression: the last operand's value (gcc accepts one in #if,
        with a pedantic warning, where C99 6.6p3 allows it only unevaluated)."""
        result = self.conditional()
        while self.peek() == ",":
            self.pos += 1
            result = self.conditional()
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
            result = self.expression()
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

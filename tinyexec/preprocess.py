"""A small C preprocessor, so that no system ``cpp`` is needed.

Supports ``#include`` of the shipped headers (``tinyexec/libc``) and of local
files (relative to the including file), object-like and function-like
``#define``, ``#undef``, and ``#if/#ifdef/#ifndef/#elif/#else/#endif`` with
integer expressions and ``defined``, ``#`` and ``##`` in macro bodies,
``__FILE__`` and ``__LINE__``; GNU ``__attribute__((...))`` is dropped.  The output keeps every source line where
it was, with ``# line "file"`` markers around included text, so that
pycparser's coordinates point into the user's files.
"""
from __future__ import annotations

import re
from pathlib import Path

LIBC = Path(__file__).resolve().parent / "libc"

_TOKEN = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|[A-Za-z_]\w*|\d\w*|\S')
_IDENT = re.compile(r"[A-Za-z_]\w*$")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class PreprocessError(Exception):
    def __init__(self, filename, line, col, message):
        super().__init__(message)
        self.filename, self.line, self.col, self.message = filename, line, col, message


def strip_comments(text: str) -> str:
    """Replace comments by spaces, keeping newlines (and so line numbers)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            chunk = text[i:n if j < 0 else j + 2]
            out.append(" " + "\n" * chunk.count("\n"))
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


# GNU spellings pycparser does not know: attributes are accepted and ignored.
_GNU = {"__attribute__": (["x"], ""), "__attribute": (["x"], ""), "__extension__": (None, ""),
        "__inline__": (None, "inline"), "__inline": (None, "inline"),
        "__restrict__": (None, "restrict"), "__restrict": (None, "restrict"),
        "__volatile__": (None, "volatile"), "__const": (None, "const"),
        "__signed__": (None, "signed")}


class Preprocessor:
    def __init__(self, defines: dict | None = None, include_dirs=()):
        self.macros: dict[str, tuple[list | None, str]] = dict(_GNU)
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
        lines = strip_comments(text.replace("\\\n", " ")).split("\n")
        out.append(f'# 1 "{name}"')
        stack: list[list[bool]] = []           # [taking now, taken before, parent taking]
        for no, line in enumerate(lines, 1):
            taking = all(s[0] for s in stack)
            m = re.match(r"\s*#\s*(\w*)\s*(.*)$", line)
            if not m:
                out.append(self.expand(line, name, no) if taking else "")
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
                    cond = (rest.split()[0] if rest else "") in self.macros
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

    # -- expansion -------------------------------------------------------------
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
            if tok == "__LINE__" or tok == "__FILE__":
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
                raise PreprocessError(name, no, 1, f"unterminated call of macro '{tok}'")
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
                              lambda mt: _quote(raw[mt.group(1)]) if mt.group(1) in raw
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
                      lambda m: "1" if (m.group(1) or m.group(2)) in self.macros else "0", expr)
        expr = self.expand(expr, name, no)
        expr = re.sub(r"\b(\d+)[uUlL]+\b", r"\1", expr)
        expr = re.sub(r"\b[A-Za-z_]\w*\b", "0", expr)          # unknown names are 0
        expr = expr.replace("&&", " and ").replace("||", " or ")
        expr = re.sub(r"!(?!=)", " not ", expr).replace("/", "//")
        try:
            return int(eval(expr, {"__builtins__": {}}, {}))   # digits and operators only
        except Exception:
            raise PreprocessError(name, no, col, "invalid #if expression") from None

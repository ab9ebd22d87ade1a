"""C literals: escape sequences of strings and characters, integer constants."""
from __future__ import annotations

from .errors import error
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from .types import DOUBLE, FLOAT, INT, LDOUBLE, LLONG, LONG, UINT, ULLONG, ULONG, round_exact

_ESCAPES = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, "'": 39, '"': 34, "a": 7, "b": 8,
            "f": 12, "v": 11, "?": 63, "e": 27}


def string_bytes(node) -> bytes:
    """The bytes of a string literal node (without the terminating zero)."""
    return unescape(node.value[1:-1], node)


def unescape(s: str, node) -> bytes:
    if getattr(node, "value", "\"")[0] not in "\"'":
        error(node, "wide and prefixed (L, u, U, u8) literals are not supported")
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c != "\\":
            out += c.encode("utf-8", "surrogateescape")
            i += 1
            continue
        i += 1
        c = s[i] if i < len(s) else ""
        if c == "x":
            j = i + 1
            while j < len(s) and s[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(s[i + 1:j], 16) & 255)      # the preprocessor made sure of a digit
            i = j
        elif c in "01234567":
            j = i
            while j < len(s) and j < i + 3 and s[j] in "01234567":
                j += 1
            out.append(int(s[i:j], 8) & 255)
            i = j
        elif c in _ESCAPES:
            out.append(_ESCAPES[c])
            i += 1
        elif c in "uU":
            out += _universal(s[i + 1:i + (5 if c == "u" else 9)], c, node)
            i += 5 if c == "u" else 9
        else:
            error(node, f"unknown escape sequence '\\{c}'")
    return bytes(out)


def _universal(digits: str, c: str, node) -> bytes:
    """A universal character name's character (C99 6.4.3), in UTF-8 as gcc
    stores it: exactly 4 (``\\u``) or 8 (``\\U``) hex digits, naming neither a
    surrogate nor, below U+00A0, anything but $ @ `."""
    hex_digits = len(digits) - len(digits.lstrip("0123456789abcdefABCDEF"))
    if hex_digits != (4 if c == "u" else 8):
        error(node, f"incomplete universal character name \\{c}{digits[:hex_digits]}")
    code = int(digits, 16)
    if (code < 0xA0 and code not in (0x24, 0x40, 0x60)) or 0xD800 <= code <= 0xDFFF \
            or code > 0x10FFFF:
        error(node, f"\\{c}{digits} is not a valid universal character")
    return chr(code).encode("utf-8")


def char_value(node) -> int:
    """A character constant's int value: a char, sign-extended; a
    multi-character one ('ab') is its bytes in order, the last in the low
    byte, in 32 bits (gcc's value; implementation-defined in C99 6.4.4.4)."""
    b = unescape(node.value[1:-1], node)
    if not b:
        error(node, "empty character constant")
    if len(b) == 1:
        return b[0] - 256 if b[0] >= 128 else b[0]
    v = int.from_bytes(b[-4:], "big")
    return v - (1 << 32) if v >= 1 << 31 else v


def int_constant(node):
    """(value, type) of an integer constant (C99 6.4.4.1): the first of its list
    of types that holds it.  A decimal constant without a ``u`` suffix stays
    signed (int, long long: long is int-sized here); a hexadecimal or octal one,
    or one with a ``u`` suffix, may become unsigned; ``ll`` starts at long long."""
    text = node.value
    if text.startswith("'"):             # pycparser's type for 'ab' is int
        return char_value(node), INT
    digits = text.rstrip("uUlL")
    suffix = text[len(digits):].lower()
    try:
        v = int(digits, 8) if len(digits) > 1 and digits[0] == "0" and digits[1] not in "xXbB" \
            else int(digits, 0)
    except ValueError:
        error(node, f"bad number '{text}'")
    if suffix.replace("u", "") not in ("", "l", "ll") or suffix.count("u") > 1:
        error(node, f"bad integer suffix in '{text}'")
    decimal = digits[0] != "0" or digits == "0"
    # long is int-sized: it only takes the place of int for an "l" suffix
    types = [LONG, ULONG, LLONG, ULLONG] if suffix.count("l") == 1 else [INT, UINT, LLONG, ULLONG]
    if "ll" in suffix:
        types = types[2:]
    if "u" in suffix:
        types = [t for t in types if not t.signed]
    elif decimal:
        types = [t for t in types if t.signed]
    for t in types:
        if v < 1 << (8 * t.size - t.signed):
            return v, t
    error(node, f"integer constant '{text}' is too large for its type")


def float_constant(node):
    """(value, type) of a floating constant (C99 6.4.4.2): a double, or a float
    with an ``f`` suffix (``l``: long double, which is double here), rounded
    once, to nearest, from its exact decimal or hexadecimal value."""
    text = node.value
    t = FLOAT if text[-1] in "fF" else LDOUBLE if text[-1] in "lL" else DOUBLE
    digits = text.rstrip("fFlL")
    try:
        if digits[:2].lower() == "0x":
            mantissa, _, exponent = digits[2:].lower().partition("p")
            whole, _, fraction = mantissa.partition(".")
            exact = Fraction(int(whole + fraction or "0", 16), 16 ** len(fraction)) \
                * Fraction(2) ** int(exponent)
        else:
            exact = Fraction(Decimal(digits))
    except (ValueError, InvalidOperation):
        error(node, f"bad number '{text}'")
    return round_exact(exact, t), t

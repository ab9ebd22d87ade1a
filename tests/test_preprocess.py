"""The preprocessor: macro expansion by C99 6.10.3 (against gcc -E), its errors,
#pragma once, deep nesting, and the bytes of a source file (BOM, invalid UTF-8)."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tinyexec import compile_source, run
from tinyexec.preprocess import PreprocessError, Preprocessor, read_source

gcc = pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc not installed")

# Each case is a file's text; its expansion must be gcc's, token for token.
# The first ones are the examples of C99 6.10.3.5.
EXPANSIONS = {
    "c99_example_3": """\
#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
g(x+(3,4)-w) | h 5) & m
(f)^m(m);
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
char c[2][6] = { str(hello), str() };
""",
    "c99_example_4": r"""
#define str(s) # s
#define xstr(s) str(s)
#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \
 x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"
debug(1, 2);
fputs(str(strncmp("abc\0d", "abc", '\4') // this goes away
 == 0) str(: @\n), s);
xstr(INCFILE(2).h)
glue(HIGH, LOW);
xglue(HIGH, LOW)
""",
    "c99_example_5": """\
#define t(x,y,z) x ## y ## z
int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
 t(10,,), t(,11,), t(,,12), t(,,) };
""",
    # C23's __VA_OPT__, which gcc has in its GNU modes too: the variable arguments
    # are there when they expand to some tokens
    "va_opt": """\
#define F(...) f(0 __VA_OPT__(,) __VA_ARGS__)
#define G(x, ...) g(x __VA_OPT__(, __VA_ARGS__))
#define H(a, ...) a ## __VA_OPT__(_more) end
#define S(...) __VA_OPT__(sizeof((int[]){__VA_ARGS__}))
#define E()
F(a, b) F() F(E())
G(1) G(1, 2, 3) G(1,)
H(p) H(p, q) S() S(1, 2)
""",
    # "defined" made by a macro in #if: undefined in C99 6.10.1p4, evaluated by gcc
    # with the operand not expanded
    "defined_made_by_expansion": """\
#define FOO BAR
#define HAVE(x) defined(HAVE_##x)
#define HAVE_ONE 1
#define IS_FOO defined FOO
#define DEFINED defined
#if HAVE(ONE) && !HAVE(TWO) && IS_FOO && DEFINED(FOO) && !DEFINED BAR
yes
#else
no
#endif
""",
    "c99_example_6_hash_hash": """\
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
char p[] = join(x, y);
""",
    "c99_example_7_variadic": """\
#define debug(...) fprintf(stderr, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))
debug("Flag");
debug("X = %d\\n", x);
showlist(The first, second, and third items.);
report(x>y, "x is %d but y is %d", x, y);
""",
    # ## with an empty argument is a placemarker: the '-'s stay two tokens (issue 12, item 10)
    "placemarker_keeps_tokens_apart": """\
#define N(A,B) A##B-
int y = N(-,)x;
#define M(A,B) -A##B
int z = M(,-)x;
""",
    "paste_only_the_operands_unexpanded": """\
#define ONE 1
#define CAT(a, b) a ## b + b
CAT(x, ONE) CAT(ONE, 2)
#define P(a, b) a ## b [b]
P(x, P(1,2))
""",
    "object_like_paste": "#define V a ## b\nV\n",
    "rescan_takes_following_tokens": """\
#define f(x) (x + 1)
#define g f
#define h() g
g(2); h()(3);
""",
    "hide_sets": """\
#define foo foo bar
#define bar foo
foo; bar;
#define x y
#define y x
x; y;
#define F(a) a F
F(F)(1)
""",
    "arguments_expanded_before_substitution": """\
#define ID(a) a
#define TWICE(a) ID(a) ID(a)
#define LP (
TWICE(ID(3)) ID(LP)
""",
    "stringize_spacing_and_escapes": r"""
#define S(x) #x
#define XS(x) S(x)
S(  a   +   b  ) S("q\"\n" '\'') S(a/**/b) XS(__LINE__) S() S(f( 1 ,2 )) S(@)
""",
    "gnu_comma_before_empty_va_args": """\
#define P(fmt, ...) printf(fmt, ##__VA_ARGS__)
P("a"); P("b", 1, 2);
#define Q(...) f(0, ## __VA_ARGS__)
Q() Q(1)
""",
    "empty_and_missing_arguments": """\
#define E() e
#define ONE(a) [a]
#define TWO(a, b) [a|b]
E() ONE() TWO(,) TWO(1,) TWO((1,2),(3))
""",
    "call_spanning_lines": """\
#define ADD(a, b) ((a) + (b))
int v = ADD(1,
            2);
#define F(x) <x>
F
(4) F
;
""",
    "not_expanded_in_literals": """\
#define NAME world
"NAME" 'N' NAME
""",
    # #__VA_ARGS__ keeps the commas as written, with their spacing
    "stringized_and_empty_va_args": """\
#define S(...) #__VA_ARGS__
#define F(a, ...) f(a, __VA_ARGS__)
S() S(a , b) S( a ,b ) S(a,b) S( x , ( y , z ) ) F(1) F(1,) F(1, 2 , 3)
""",
    # a function-like macro's name made by an expansion takes "(" from the source
    "expanded_name_then_call": """\
#define F(x) [x]
#define G F
G(1) G (2) G
""",
    # C99 6.10.4: __LINE__ and __FILE__ follow #line; its operands are macro-expanded
    "line_directive": """\
__LINE__ __FILE__
#line 100 "foo.c"
__LINE__ __FILE__
__LINE__
#define N 42
#define NAME "bar.c"
#line N NAME
__LINE__ __FILE__
#line 010
__LINE__ __FILE__
#line 7 "a\\\\b\\"c.c"
__FILE__
""",
}


# C's tokens, for comparing outputs whatever their spacing ("- -" is two, "--" one)
_C_TOKEN = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|\w+'
                      r"|\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||##|[-+*/%&|^]=|\S")


def _tokens(text: str) -> list[str]:
    """The tokens of preprocessed text, without line markers."""
    return _C_TOKEN.findall("\n".join(line for line in text.splitlines()
                                    if not line.lstrip().startswith("#")))


@gcc
@pytest.mark.parametrize("name", sorted(EXPANSIONS))
def test_expansion_matches_gcc(tmp_path, name):
    src = tmp_path / "t.c"
    src.write_text(EXPANSIONS[name])
    ours = Preprocessor().run(src)
    theirs = subprocess.run(["gcc", "-E", "-P", "-std=gnu99", str(src)], capture_output=True,
                            text=True, check=True).stdout
    assert _tokens(ours) == _tokens(theirs)


def _output(source: str, name: str = "t.c") -> bytes:
    result = run(compile_source(source, name), engine="reference")
    assert result.exit_code == 0
    return result.stdout


def test_placemarker_program_gives_gccs_value():
    """Issue 12, item 10: gcc prints 10; the old expansion lexed "--x" and printed 9."""
    assert _output('#include <stdio.h>\n#define N(A,B) A##B-\n'
                   'int main(void) { int x = 10; int y = N(-,)x; printf("%d\\n", y); return 0; }\n'
                   ) == b"10\n"


def _error(source: str) -> str:
    with pytest.raises(PreprocessError) as e:
        Preprocessor().run(Path("t.c"), source)
    return f"{e.value.filename}:{e.value.line}:{e.value.col}: {e.value.message}"


@pytest.mark.parametrize("source,message", [
    ("#define X(a X(1)\n", "t.c:1:1: expected ',' or ')', found 'X'"),
    ("#define F(a\n", "t.c:1:1: missing ')' in macro parameter list"),
    ("#define F(a,\n", "t.c:1:1: missing ')' in macro parameter list"),
    ("#define F(a,a) a\n", "t.c:1:1: duplicate macro parameter 'a'"),
    ("#define F(1) 1\n", "t.c:1:1: expected parameter name, found '1'"),
    ("#define F(..., a) 1\n", "t.c:1:1: missing ')' after '...'"),
    ("#define F(__VA_ARGS__) 1\n", "t.c:1:1: expected parameter name, found '__VA_ARGS__'"),
    ("#define\n", "t.c:1:1: #define expects a macro name"),
    ("#define 3 x\n", "t.c:1:1: #define expects a macro name"),
    ("#define defined 1\n", "t.c:1:1: 'defined' cannot be used as a macro name"),
    ("#define X ## a\n", "t.c:1:1: '##' cannot appear at either end of a macro expansion"),
    ("#define F(a) a ##\n", "t.c:1:1: '##' cannot appear at either end of a macro expansion"),
    ("#define F(a) #b\n", "t.c:1:1: '#' is not followed by a macro parameter"),
    ("#ifdef\n#endif\n", "t.c:1:1: #ifdef expects a macro name"),
    ("#undef 3\n", "t.c:1:1: #undef expects a macro name"),
    ("#define C(a, b) a ## b\nC(+, /)\n",
     "t.c:2:1: pasting '+' and '/' does not give a valid preprocessing token"),
    ("#define F(a, b) a\nint x = F(1);\n", "t.c:2:9: macro 'F' expects 2 arguments, got 1"),
    ("#define F(a, b, ...) a\nint x = F(1);\n", "t.c:2:9: macro 'F' expects 2 arguments, got 1"),
    ("#define F(a) a\nint x = F(1,\n", "t.c:2:9: unterminated call of macro 'F'"),
    ("#define F(...) __VA_OPT__(a __VA_OPT__(b))\nF(1)\n",
     "t.c:2:1: __VA_OPT__ may not appear in a __VA_OPT__"),
    ("#define F(...) __VA_OPT__(a\nF(1)\n", "t.c:2:1: unterminated __VA_OPT__"),
    ("int x\xff;\n", "t.c:1:6: stray '\\377' in program"),
    ("int \x01x;\n", "t.c:1:5: stray '\\1' in program"),
    # gcc's words; "\\x" takes no digit from a literal joined after it
    ("#if '\\x'\n#endif\n", "t.c:1:1: \\x used with no following hex digits"),
    ("#if ''\n#endif\n", "t.c:1:1: empty character constant"),
    ("int c = '';\n", "t.c:1:9: empty character constant"),
    ('char *s = "\\x" "41";\n', "t.c:1:11: \\x used with no following hex digits"),
    ('#define S "a\\xg"\nchar *s = S;\n', "t.c:2:11: \\x used with no following hex digits"),
])
def test_bad_definitions_and_calls_are_errors(source, message):
    source = source.encode("latin-1").decode("utf-8", "surrogateescape")
    assert _error(source) == message


def test_deep_macro_chains_expand_without_recursion():
    objects = "".join(f"#define A{i} A{i - 1}\n" for i in range(1, 2000))
    functions = "".join(f"#define F{i}(x) F{i - 1}(x)\n" for i in range(1, 200))
    text = Preprocessor().run(Path("t.c"), f"#define A0 1\n{objects}#define F0(x) x\n{functions}"
                                           "int a = A1999; int f = F199(2);\n")
    assert _tokens(text) == "int a = 1 ; int f = 2 ;".split()


def test_nested_macro_arguments_expand_or_fail_on_one_line():
    nested = "#define P(x) (x)\nint v = {};\n"
    text = Preprocessor().run(Path("t.c"), nested.format("P(" * 200 + "1" + ")" * 200))
    assert "".join(_tokens(text)) == "intv=" + "(" * 200 + "1" + ")" * 200 + ";"
    assert _error(nested.format("P(" * 5000 + "1" + ")" * 5000)) == \
        "t.c:2:1: macro arguments nested too deeply"


def test_deep_conditionals_and_includes(tmp_path):
    text = Preprocessor().run(Path("t.c"), "#if 1\n" * 2000 + "int x;\n" + "#endif\n" * 2000)
    assert _tokens(text) == ["int", "x", ";"]
    for i in range(2000):
        (tmp_path / f"h{i}.h").write_text(f'#include "h{i + 1}.h"\n')
    (tmp_path / "h2000.h").write_text("int deepest;\n")
    with pytest.raises(PreprocessError) as e:
        Preprocessor().run(tmp_path / "h0.h")
    assert (Path(e.value.filename).name, e.value.line, e.value.message) == \
        ("h200.h", 1, "#include nested too deeply")
    (tmp_path / "h150.h").write_text("int deep_enough;\n")
    assert _tokens(Preprocessor().run(tmp_path / "h0.h")) == ["int", "deep_enough", ";"]


def test_pragma_once(tmp_path):
    (tmp_path / "point.h").write_text('#pragma once\nstruct P { int x; };\n#include "point.h"\n')
    (tmp_path / "p.c").write_text('#include <stdio.h>\n#include "point.h"\n#include "point.h"\n'
                                  'int main(void) { struct P p; p.x = 3; printf("%d\\n", p.x); '
                                  'return 0; }\n')
    assert _output((tmp_path / "p.c").read_text(), str(tmp_path / "p.c")) == b"3\n"


def test_byte_order_mark_and_invalid_utf8(tmp_path):
    src = tmp_path / "bytes.c"
    src.write_bytes(b'\xef\xbb\xbf#include <stdio.h>\n/* caf\xe9 \xff */\n// \xfe\n'
                    b'int main(void) { printf("\xe9\xff|\xc3\xa9\\n"); return 0; }\n')
    text = read_source(src)
    assert text.startswith("#include")
    assert _output(text, str(src)) == b"\xe9\xff|\xc3\xa9\n"       # bytes through, unchanged


def test_a_binary_include_is_reported_in_that_file(tmp_path):
    (tmp_path / "blob.h").write_bytes(b"\x7fELF\x02\x01\x01\x00")
    (tmp_path / "main.c").write_text('#include "blob.h"\nint main(void) { return 0; }\n')
    with pytest.raises(PreprocessError) as e:
        Preprocessor().run(tmp_path / "main.c")
    assert (Path(e.value.filename).name, e.value.line, e.value.col, e.value.message) == \
        ("blob.h", 1, 1, "stray '\\177' in program")


def test_include_may_name_a_macro(tmp_path):
    """C99 6.10.2p4: "#include NAME" expands NAME, to "file" or <file>."""
    (tmp_path / "v.h").write_text("int from_header;\n")
    text = Preprocessor().run(tmp_path / "m.c", '#define HEADER "v.h"\n#define SYS <stddef.h>\n'
                                                "#include HEADER\n#include SYS\n")
    assert "from_header" in text and "size_t" in text


@pytest.mark.parametrize("source,message", [
    ("#line 0\n", "t.c:1:1: line number out of range"),
    ("#line 2147483648\n", "t.c:1:1: line number out of range"),
    ("#line 99999999999999999999999999\n", "t.c:1:1: line number out of range"),
    ("#line abc\n", 't.c:1:1: "abc" after #line is not a positive integer'),
    ("#line 0x10\n", 't.c:1:1: "0x10" after #line is not a positive integer'),
    ("#line -1\n", 't.c:1:1: "-" after #line is not a positive integer'),
    ("#line\n", "t.c:1:1: unexpected end of file after #line"),
    ("#line 5 nofile\n", 't.c:1:1: "nofile" is not a valid filename'),
    ('#line 5 L"w.c"\n', 't.c:1:1: "L"w.c"" is not a valid filename'),
    ('#line 5 "a.c" x\n', "t.c:1:1: extra tokens at end of #line directive"),
    # later messages are where #line says
    ('#line 20 "g.c"\n\n#error stop\n', "g.c:21:1: stop"),
    ("#line 20\n#if 1\n", "t.c:21:1: unterminated #if"),
])
def test_bad_line_directives(source, message):
    assert _error(source) == message


def test_line_directive_moves_compile_errors():
    """The compiler's messages follow #line too: the preprocessor's line markers
    carry it to pycparser's coordinates, file names with quotes and backslashes
    included."""
    from tinyexec.compiler import CompileError
    for source, message in [
            ('int main(void) {\n#line 100 "foo.c"\n  return x;\n}\n',
             "foo.c:100:10: error: 'x' undeclared"),
            ("int main(void) {\n#line 7\n  return x;\n}\n", "t.c:7:10: error: 'x' undeclared"),
            ('#line 5 "a\\\\b\\"c.c"\nint main(void) { return 1 +; }\n',
             'a\\b"c.c:5:28: error: invalid expression')]:
        with pytest.raises(CompileError) as e:
            compile_source(source, "t.c")
        assert str(e.value) == message


def test_line_directive_in_an_include_ends_with_it(tmp_path):
    (tmp_path / "h.h").write_text('#line 50 "renamed.h"\nint h = __LINE__;\n')
    text = Preprocessor().run(tmp_path / "m.c", '#include "h.h"\nint m = __LINE__; '
                                                "char *f = __FILE__;\n")
    assert "int h = 50" in text and f'int m = 2 ; char *f = "{tmp_path / "m.c"}"' in text


@pytest.mark.parametrize("source,message", [
    ("#define X __VA_ARGS__\n", "t.c:1:1"),
    ("#define F(a) a __VA_ARGS__\n", "t.c:1:1"),
    ("#define __VA_ARGS__ 1\n", "t.c:1:1"),
    ("#ifdef __VA_ARGS__\n#endif\n", "t.c:1:1"),
    ("int __VA_ARGS__;\n", "t.c:1:5"),
    ("#define S(x) #x\nS(__VA_ARGS__)\n", "t.c:2:3"),
])
def test_va_args_outside_a_variadic_macro(source, message):
    """C99 6.10.3p5: __VA_ARGS__ only in the body of a macro with "..."."""
    assert _error(source) == \
        f"{message}: __VA_ARGS__ can only appear in the expansion of a C99 variadic macro"


def test_va_args_in_a_string_is_text():
    assert _tokens(Preprocessor().run(Path("t.c"), 'char *s = "__VA_ARGS__";\n'))[-2] == \
        '"__VA_ARGS__"'


def _predefined() -> dict[str, str]:
    from tinyexec.preprocess import _TARGET
    return dict(d.split(" ", 1) for d in _TARGET)


@gcc
def test_predefined_macros_are_gccs_for_i386():
    """Each of the target's predefined macros has gcc -m32's value, spelled the
    same (preprocessing needs no 32-bit libraries); those left out on purpose are
    not defined."""
    done = subprocess.run(["gcc", "-m32", "-dM", "-E", "-"], input="", capture_output=True,
                          text=True)
    if done.returncode:
        pytest.skip("gcc -m32 cannot preprocess here")
    theirs = dict(re.match(r"#define (\S+) (.*)", line).groups()
                  for line in done.stdout.splitlines() if " " in line[8:])
    assert {name: theirs.get(name) for name in _predefined()} == _predefined()
    # gcc -m32 defines these; tinyexec must not (see the comment on _TARGET)
    assert {"__i386__", "__GNUC__", "__SIZEOF_LONG_DOUBLE__"} <= set(theirs)


@pytest.mark.parametrize("name", ["__CHAR_UNSIGNED__", "__SIZEOF_LONG_DOUBLE__", "__i386__",
                                  "__x86_64__", "__GNUC__", "__LP64__", "__WCHAR_MAX__"])
def test_not_predefined(name):
    text = Preprocessor().run(Path("t.c"), f"#ifdef {name}\nint defined_;\n#endif\n")
    assert _tokens(text) == []


def test_if_on_the_predefined_macros_and_the_headers_agree():
    """#if sees the target's values, and limits.h, stdint.h and stddef.h are
    defined from them (checked in C too by tests/c/pp_line_target.c)."""
    text = Preprocessor().run(Path("t.c"), """\
#include <limits.h>
#include <stdint.h>
#if __ILP32__ && _ILP32 && __CHAR_BIT__ == 8 && __SIZEOF_INT__ == 4 && __SIZEOF_LONG__ == 4 \\
    && __SIZEOF_POINTER__ == 4 && __SIZEOF_SHORT__ == 2 && __STDC_HOSTED__ == 1
#if __INT_MAX__ == INT_MAX && INT_MAX == 2147483647 && LONG_MAX == 2147483647 \\
    && __SIZE_MAX__ == 4294967295 && __PTRDIFF_MAX__ == INT32_MAX && SCHAR_MIN == -128 \\
    && UCHAR_MAX == 255 && SHRT_MIN == -32768 && USHRT_MAX == 65535 && UINT_MAX == 4294967295 \\
    && INT_MIN == -2147483647 - 1 && ULONG_MAX == UINT32_MAX && __SHRT_MAX__ == 32767
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && __ORDER_BIG_ENDIAN__ == 4321
int all_true;
#endif
#endif
#endif
__SIZE_TYPE__ __PTRDIFF_TYPE__ __INTPTR_TYPE__
""")
    assert _tokens(text)[-7:] == ["int", "all_true", ";", "unsigned", "int", "int", "int"]


def test_date_and_time_are_gccs_spellings_of_source_date_epoch(monkeypatch):
    """__DATE__ and __TIME__ as gcc spells them; SOURCE_DATE_EPOCH (UTC) pins
    them for reproducible builds, as gcc reads it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772355906")        # 2026-03-01 09:05:06 UTC
    out = Preprocessor().run(Path("t.c"), "__DATE__ | __TIME__ | __DATE__[4]\n")
    assert out.splitlines()[1] == '"Mar  1 2026" | "09:05:06" | "Mar  1 2026" [4]'
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert _output('#include <stdio.h>\nint main(void) { printf("%d %d\\n", '
                   '(int)sizeof __DATE__, (int)sizeof __TIME__); return 0; }\n') == b"12 9\n"


@pytest.mark.parametrize("expr,taken", [("1 ? 2 : (3, 4)", True), ("(0, 5) == 5", True),
                                        ("0 && (1 / 0, 1)", False), ("1, 0", False)])
def test_a_comma_in_if_is_the_last_operand_as_gcc_takes_it(expr, taken):
    out = Preprocessor().run(Path("t.c"), f"#if {expr}\nyes\n#else\nno\n#endif\n")
    assert [line for line in out.splitlines() if line in ("yes", "no")] == \
        ["yes" if taken else "no"]


def test_gnu_warning_and_ident_directives_change_nothing():
    """gcc -w compiles through #warning (tinyexec gives no warnings), and #ident
    only marks the object file."""
    assert _output('#warning "a message"\n#ident "version 1"\n#sccs "v2"\n#include <stdio.h>\n'
                   'int main(void) { puts("ran"); return 0; }\n') == b"ran\n"


def test_gnu_spellings_of_keywords():
    assert _output('#include <stdio.h>\nstatic __thread int counter = 3;\n'
                   'int main(void) { __signed__ char c = -1; __volatile__ int v = 2;\n'
                   '    printf("%d %d %d\\n", counter, c, v); return 0; }\n') == b"3 -1 2\n"


def test_counter_counts_its_uses_in_the_file():
    """gcc's __COUNTER__: 0, 1, 2, ... wherever it is expanded, #if and macros too."""
    assert _output('#include <stdio.h>\n#define CAT(a, b) a##b\n#define NAME(n) CAT(var, n)\n'
                   '#if __COUNTER__ == 0\nint NAME(__COUNTER__) = 5;\n#endif\n#ifdef __COUNTER__\n'
                   'int main(void) { int v = __COUNTER__;\n'
                   '    printf("%d %d %d\\n", var1, v, __COUNTER__); return 0; }\n#endif\n'
                   ) == b"5 2 3\n"

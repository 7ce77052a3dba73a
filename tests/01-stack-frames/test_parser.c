/* The parser's errors: the exception, message, line and column CPython
   gives (3.13 where there is one), and minipy's own NotImplementedError
   for the Python minipy leaves out. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

#define LIKE_PYTHON(source) assert_compiles_like_python(source, true)
/* where CPython's column is one of its own choosing (the end of the
   line, 1 for a whole line, or after the arguments of a call), only the
   rest is compared */
#define LIKE_PYTHON_BUT_COLUMN(source)                                         \
    assert_compiles_like_python(source, false)

static void
test_invalid_syntax(void **state)
{
    (void)state;
    LIKE_PYTHON("x = = 1\n");
    LIKE_PYTHON("x = 1 2\n");
    LIKE_PYTHON("else:\n    pass\n");
    LIKE_PYTHON("x = y = ;\n");
    LIKE_PYTHON("if x:\n    pass\nelif:\n    pass\n");
}

/* An error found at the end of the text is where CPython's parser puts
   it: after the last line, the one the final newline ends, even when
   that line is empty (what the prompt's empty line ends a block with). */
static void
test_an_error_at_the_end_is_on_the_last_line(void **state)
{
    (void)state;
    LIKE_PYTHON("if 1:\n");
    LIKE_PYTHON("if 1:\n\n");
    LIKE_PYTHON("def f():\n    if x:\n\n");
    LIKE_PYTHON("for x in y:\n    while x:\n");
    LIKE_PYTHON("class A:\n\n\n");
}

static void
test_expected_colon(void **state)
{
    (void)state;
    LIKE_PYTHON("if x\n    pass\n");
    LIKE_PYTHON("while x\n    pass\n");
    LIKE_PYTHON("def f()\n    pass\n");
    LIKE_PYTHON("class A\n    pass\n");
    LIKE_PYTHON("for x in y\n    pass\n");
    LIKE_PYTHON("if 1:\n    pass\nelse\n    pass\n");
}

static void
test_expected_open_parenthesis_after_a_def_name(void **state)
{
    (void)state;
    LIKE_PYTHON("def f:\n    pass\n");
}

static void
test_cannot_assign_to_a_literal(void **state)
{
    (void)state;
    LIKE_PYTHON("1 = x\n");
    LIKE_PYTHON("x = 1\n'a' = x\n");
    LIKE_PYTHON("(1) = 2\n");
}

static void
test_cannot_assign_to_a_function_call(void **state)
{
    (void)state;
    LIKE_PYTHON("f() = 1\n");
    LIKE_PYTHON("a.b() = 1\n");
    LIKE_PYTHON("f(x) = 1 if y else 2\n");
    LIKE_PYTHON("x, f() = 1, 2\n");
}

static void
test_cannot_assign_to_an_expression(void **state)
{
    (void)state;
    LIKE_PYTHON("a + 1 = 2\n");
    LIKE_PYTHON("-x = 1\n");
}

static void
test_the_maybe_you_meant_hint_only_for_a_single_target(void **state)
{
    (void)state;
    LIKE_PYTHON("1 = x = 2\n");
    LIKE_PYTHON("x = 1 = 2\n");
    LIKE_PYTHON("a[1] = b = c() = 3\n");
    LIKE_PYTHON("[1] = 2\n");
    LIKE_PYTHON("for f() in x:\n    pass\n");
    LIKE_PYTHON("for 1 in x:\n    pass\n");
}

static void
test_cannot_assign_names_the_kind_of_target(void **state)
{
    (void)state;
    LIKE_PYTHON("None = 1\n");
    LIKE_PYTHON("True = 1\n");
    LIKE_PYTHON("{} = 1\n");
    LIKE_PYTHON("a < 1 = 2\n");
    LIKE_PYTHON("not x = 1\n");
    LIKE_PYTHON("a and b = 1\n");
    LIKE_PYTHON("x = (1 if 2 else 3) = 4\n");
}

static void
test_cannot_delete_what_is_not_a_name(void **state)
{
    (void)state;
    LIKE_PYTHON("del 1\n");
    LIKE_PYTHON("del f()\n");
    LIKE_PYTHON("del x + 1\n");
}

static void
test_illegal_target_for_augmented_assignment(void **state)
{
    (void)state;
    LIKE_PYTHON("a, b += 1\n");
    LIKE_PYTHON("f() += 1\n");
    LIKE_PYTHON("1 += 1\n");
}

static void
test_return_outside_function(void **state)
{
    (void)state;
    LIKE_PYTHON("return 1\n");
    LIKE_PYTHON("class A:\n    return 1\n");
    LIKE_PYTHON("if x:\n    return\n");
}

static void
test_break_outside_loop(void **state)
{
    (void)state;
    LIKE_PYTHON("break\n");
    LIKE_PYTHON("if x:\n    break\n");
    LIKE_PYTHON("while 1:\n    def f():\n        break\n");
}

static void
test_continue_not_properly_in_loop(void **state)
{
    (void)state;
    LIKE_PYTHON("continue\n");
    LIKE_PYTHON("for x in y:\n    class A:\n        continue\n");
}

static void
test_expected_an_indented_block(void **state)
{
    (void)state;
    LIKE_PYTHON_BUT_COLUMN("if x:\npass\n");
    LIKE_PYTHON("for x in y:\nx\n");
    LIKE_PYTHON("while 1:\nx\n");
    LIKE_PYTHON("class A:\nx\n");
    LIKE_PYTHON_BUT_COLUMN("def f():\nreturn 1\n");
    LIKE_PYTHON("if 1:\n    pass\nelse:\nx\n");
    LIKE_PYTHON("x = 1\n\n\nif x:\n\ny = 2\n");
}

static void
test_expected_an_indented_block_after_elif(void **state)
{
    (void)state;
    LIKE_PYTHON("if 1:\n    pass\nelif 2:\nx\n");
}

static void
test_unexpected_indent(void **state)
{
    (void)state;
    LIKE_PYTHON_BUT_COLUMN("x = 1\n    y = 2\n");
    LIKE_PYTHON_BUT_COLUMN("def f():\n    x = 1\n        y = 2\n");
}

static void
test_duplicate_argument(void **state)
{
    (void)state;
    LIKE_PYTHON("def f(a, a):\n    pass\n");
    LIKE_PYTHON("def f(a, b, c, b):\n    pass\n");
}

static void
test_positional_argument_follows_keyword_argument(void **state)
{
    (void)state;
    LIKE_PYTHON_BUT_COLUMN("f(a=1, 2)\n");
    LIKE_PYTHON_BUT_COLUMN("print(sep='', 'x')\n");
    LIKE_PYTHON_BUT_COLUMN("f(a=1,\n  2)\n");
}

static void
test_keyword_argument_errors(void **state)
{
    (void)state;
    LIKE_PYTHON("f(a=1, a=2)\n");
    LIKE_PYTHON("f(a.b=1)\n");
}

static void
test_name_assigned_to_before_global_declaration(void **state)
{
    (void)state;
    LIKE_PYTHON_BUT_COLUMN("def f():\n    x = 1\n    global x\n");
    LIKE_PYTHON_BUT_COLUMN("def f():\n    for x in y:\n        pass\n"
                           "    global x\n");
}

static void
test_name_is_parameter_and_global(void **state)
{
    (void)state;
    LIKE_PYTHON_BUT_COLUMN("def f(x):\n    global x\n");
}

static void
test_global_after_assignment_at_module_level(void **state)
{
    (void)state;
    LIKE_PYTHON_BUT_COLUMN("x = 1\nglobal x\n");
}

static void
test_name_used_prior_to_global_declaration(void **state)
{
    (void)state;
    LIKE_PYTHON_BUT_COLUMN("def f():\n    print(x)\n    global x\n");
    LIKE_PYTHON_BUT_COLUMN("def f():\n    x += 1\n    global x\n");
}

static void
test_an_expression_missing_its_else(void **state)
{
    (void)state;
    CompileResult py = python_compile("x = 1 if 2\n");
    CompileResult mp = minipy_compile("x = 1 if 2\n");
    assert_string_equal(mp.message, py.message);
    assert_int_equal(mp.line, py.line);
}

static void
test_perhaps_you_forgot_a_comma(void **state)
{
    (void)state;
    LIKE_PYTHON("x = [1 2]\n");
    LIKE_PYTHON("f(1 2)\n");
    LIKE_PYTHON("x = {1 2}\n");
}

static void
test_missing_parentheses_in_call_to_print(void **state)
{
    (void)state;
    LIKE_PYTHON_BUT_COLUMN("print 'hello'\n");
}

static void
test_an_error_on_a_later_line_blames_an_unclosed_bracket(void **state)
{
    (void)state;
    LIKE_PYTHON("x = (1,\n     2\ny = 3\n");
    LIKE_PYTHON("x = [1, (2,\n3\ny = 4\n");
}

static void
test_a_tokenizer_error_further_on_is_reported_instead(void **state)
{
    (void)state;
    LIKE_PYTHON("x = = 1\ny = 'never closed\n");
    LIKE_PYTHON("f() = 1\ny = 1 \xe2\x82\xac 2\n");
    LIKE_PYTHON("x = [1 2]\ny = 0x\n");
    LIKE_PYTHON("x = lambda: 1\ny = (1]\n");
}

static void
test_a_bracket_opened_after_the_error_does_not_hide_it(void **state)
{
    (void)state;
    LIKE_PYTHON("if x\n    pass\ny = (\n");
    LIKE_PYTHON("x = (1,\n     2\ny = 3)\n");
    LIKE_PYTHON_BUT_COLUMN("x = 1\n    y = 2\nz = 'never closed\n");
    LIKE_PYTHON("x = = 1\nif 1:\n        a\n    b\n");
}

/* ---- minipy's subset ---- */

static void
test_with_and_exception_groups_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported("x = 1\nwith x:\n    pass\n", "with", 2);
    assert_unsupported("x = 1\ntry:\n    pass\nexcept* ValueError:\n"
                       "    pass\n",
                       "except*", 4);
    LIKE_PYTHON("x = 1\nraise ValueError from None\n");
    LIKE_PYTHON("raise X from\n");
}

/* try, raise, assert and a loop's else compile; their syntax errors are
   CPython's. */
static void
test_exceptions_and_loop_else_compile(void **state)
{
    (void)state;
    const char *ok[] = {
        "try:\n    x = 1\nexcept ValueError as e:\n    pass\nexcept:\n"
        "    raise\nelse:\n    pass\nfinally:\n    pass\n",
        "try: pass\nexcept: pass\n",
        "try:\n    pass\nfinally:\n    pass\n",
        "try:\n    pass\nexcept (A, B) as e:\n    pass\n",
        "raise\n",
        "assert 1, 'message'\n",
        "for x in []:\n    pass\nelse:\n    pass\n",
        "while 0:\n    break\nelse:\n    pass\n",
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        LIKE_PYTHON(ok[i]);
    LIKE_PYTHON("try:\n    pass\nx = 1\n");
    LIKE_PYTHON("try:\n    pass\nelse:\n    pass\n");
    LIKE_PYTHON("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n"
                "    pass\n");
    LIKE_PYTHON("try:\n    pass\nexcept ValueError, TypeError:\n    pass\n");
    LIKE_PYTHON("try:\npass\n");
    LIKE_PYTHON("try:\n    pass\nexcept:\npass\n");
    LIKE_PYTHON("try:\n    pass\nfinally:\npass\n");
    LIKE_PYTHON("except:\n    pass\n");
    LIKE_PYTHON("finally:\n    pass\n");
    LIKE_PYTHON("assert\n");
    LIKE_PYTHON("try:\n    pass\nexcept ValueError as e.x:\n    pass\n");
    LIKE_PYTHON("for x in []:\n    pass\nelse:\npass\n");
    LIKE_PYTHON("while 1:\n    pass\nelse:\n    break\n");
    LIKE_PYTHON("try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n");
    LIKE_PYTHON("raise 1, 2\n");
    LIKE_PYTHON("x = 2 ** -1 ** 2 << 1 | 3 & ~4 ^ 5 >> 6\n");
    LIKE_PYTHON("x = 1\nx **= 2\nx <<= 1\nx |= 3\nx &= 4\nx ^= 5\n");
    LIKE_PYTHON("x = 1 << \n");
    LIKE_PYTHON("x = ~\n");
    LIKE_PYTHON("x = 1 ** \n");
    LIKE_PYTHON("assert 1, 2, 3\n");
}

static void
test_lambda_and_comprehensions_are_not_implemented(void **state)
{
    (void)state;
    /* a lambda compiles, unless it is a closure */
    LIKE_PYTHON("x = 1\ny = lambda a, b=x: a + b\n");
    LIKE_PYTHON("f = lambda a=1, b: 0\n");
    LIKE_PYTHON("lambda: 0 = 1\n");
    LIKE_PYTHON("x = lambda a b: 0\n");
    LIKE_PYTHON("def f(x):\n    return lambda: x\n");
    /* list and dict comprehensions compile; set and generator ones not */
    LIKE_PYTHON("y = []\nx = [i * j for i in y if i for j in y]\n");
    LIKE_PYTHON("y = [1]\nx = {i: j for i in y if i for j in y}\n");
    LIKE_PYTHON("x = {i: for i in y}\n");
    LIKE_PYTHON("{i: i for i in y} = 1\n");
    LIKE_PYTHON("x = [i for i in]\n");
    LIKE_PYTHON("x = [i for in y]\n");
    LIKE_PYTHON("x = [i for i y]\n");
    LIKE_PYTHON("[i for i in y] = 1\n");
    assert_unsupported("y = []\nx = [lambda: i for i in y]\n", "closures", 2);
    assert_unsupported("y = []\nx = {i for i in y}\n", "comprehension", 2);
    assert_unsupported("y = []\nx = (i for i in y)\n", "generator", 2);
}

static void
test_floats_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported("x = 1\ny = 1.5\n", "float", 2);
}

/* f-strings: what CPython 3.13 takes, and its errors with their line
   and column, found by the lexer (PEP 701 modes) or by the parser. */
static void
test_f_strings_compile_like_python(void **state)
{
    (void)state;
    static const char *const sources[] = {
        "f'{x}{y!r:>{w}}' 'b' f\"{f'{z=}'}\"\n",
        "f'''{x\n}''' f'{x:\n}'\n",
        "print(f\"{x\")\n",
        "print(f\"{x!r\")\n",
        "print(f\"{x!r:\")\n",
        "f\"{x:abc\"\n",
        "f\"{x:abc\n",
        "f'{x! r}'\n",
        "f'{x:{y:{z:{w}}}}'\n",
        "f'{x}}'\n",
        "f'{x=y}'\n",
        "f'{x!rr}'\n",
        "f'{x!r x}'\n",
        "f'''abc\ndef\n",
        "f'abc\n",
        "f\"{x:{w}}}\"\n",
        "f'{\n}'\n",
        "f\"{x!r:>{5}\"\n",
        "x = f\"{x\" + 1\n",
        "f\"{)}\"\n",
        "f\"{(x}\"\n",
        "f\"{x}{\"\n",
        "f\"{!}\"\n",
        "f\"{x=!}\"\n",
        "f\"{,}\"\n",
        "f\"{x:\n>5}\"\n",
        "f\"{lambda x:1}\"\n",
    };
    for (size_t i = 0; i < sizeof sources / sizeof *sources; i++)
        assert_compiles_like_python(sources[i], true);
}

static void
test_true_division_is_not_implemented(void **state)
{
    (void)state;
    assert_unsupported("x = 1\ny = x / 2\n", "'/'", 2);
}

static void
test_closures_are_not_implemented(void **state)
{
    (void)state;
    /* a nested function or lambda reading a variable of a function
       around it compiles (a cell); a class body reading one, and a
       closure over a comprehension's variable, not */
    LIKE_PYTHON("def outer():\n"
                "    x = 1\n"
                "    def inner():\n"
                "        return x\n"
                "    return inner\n");
    LIKE_PYTHON("def f(x):\n    return lambda: lambda: x\n");
    assert_unsupported("def outer():\n"
                       "    x = 1\n"
                       "    class C:\n"
                       "        y = x\n",
                       "closures", 4);
    assert_unsupported("def outer():\n"
                       "    x = 1\n"
                       "    class C:\n"
                       "        def m(self):\n"
                       "            return x\n",
                       "closures", 5);
    /* a nested function reading a global is fine */
    CompileResult mp = minipy_compile("def outer():\n"
                                      "    def inner():\n"
                                      "        return len\n"
                                      "    return inner\n");
    assert_string_equal(mp.kind, "OK");
}

static void
test_decorators_defaults_and_star_args_are_not_implemented(void **state)
{
    (void)state;
    LIKE_PYTHON("def dec(f):\n    return f\n@dec\ndef g():\n    pass\n");
    LIKE_PYTHON("@\ndef g():\n    pass\n");
    LIKE_PYTHON("@dec\nx = 1\n");
    LIKE_PYTHON("x = 1\ndef f(a, b=1, c=x):\n    pass\n");
    LIKE_PYTHON("def f(a=1, b):\n    pass\n");
    LIKE_PYTHON("def f(a, a=1):\n    pass\n");
    LIKE_PYTHON("x = 1\ndef f(*args):\n    pass\n");
    LIKE_PYTHON("x = 1\ndef f(**kw):\n    pass\n");
}

static void
test_other_left_out_statements_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported("x = 1\nfrom sys import path\n", "from", 2);
    assert_unsupported("x = 1\nx /= 2\n", "augmented assignment", 2);
    assert_unsupported("x = {1, 2}\n", "sets", 1);
}

static void
test_annotations_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported("x = 1\ndef f(a: int):\n    pass\n", "annotations", 2);
    assert_unsupported("x = 1\ny: int = 2\n", "annotations", 2);
}

/* ---- valid Python minipy lacks: a NotImplementedError, never a
   SyntaxError; the errors inside those constructs are CPython's ---- */

/* As assert_unsupported, at the column where the construct starts. */
static void
assert_unsupported_at(const char *source, const char *construct, int line,
                      int column)
{
    assert_unsupported(source, construct, line);
    CompileResult mp = minipy_compile(source);
    if (mp.column != column) {
        fail_msg("source:\n%s\nexpected the construct at column %d, got %d",
                 source, column, mp.column);
    }
}

static void
test_starred_targets_and_unpacking_are_not_implemented(void **state)
{
    (void)state;
    /* starred targets and *a in a list or a tuple display compile */
    LIKE_PYTHON("x = 1\na, *b = [1, 2, 3]\n");
    LIKE_PYTHON("*a, b = [1, 2]\n[a, *b] = [1, 2]\n");
    LIKE_PYTHON("a, (b, *c) = 1, (2, 3)\n");
    LIKE_PYTHON("for a, *b in [[1, 2]]:\n    pass\n");
    LIKE_PYTHON("x = [a for *a, b in [(1, 2)]]\n");
    LIKE_PYTHON("a = [1]\nx = *a, 1\ny = [0, *a]\n");
    LIKE_PYTHON("def f(a):\n    return 1, *a\n");
    LIKE_PYTHON("a = [1]\nfor x in *a, 2:\n    pass\n");
    LIKE_PYTHON("a = [1]\nx = f'{*a,}'\n");
    /* in an index, a call or a dict display they do not */
    assert_unsupported_at("a = {}\nb = [1]\nx = a[*b]\n", "in an index", 3, 7);
    LIKE_PYTHON("a = [1]\nprint(*a)\n");
    LIKE_PYTHON("k = {}\nprint(1, **k)\n");
    assert_unsupported("a = [1]\nclass C(*a): pass\n", "multiple bases", 2);
    assert_unsupported_at("a = {}\nx = {1: 2, **a}\n", "** in a dict display",
                          2, 12);
    static const char *const errors[] = {
        "*a = 1\n",
        "x = *a\n",
        "*a\n",
        "a, *b, *c = x\n",
        "for x, *y, *z in a: pass\n",
        "for *a in x: pass\n",
        "(*a)\n",
        "x = (**a)\n",
        "del *a\n",
        "del x, (y, *z)\n",
        "*a += 1\n",
        "x += *a\n",
        "print(*)\n",
        "f(**k, *a)\n",
        "f(*a, **k, *b)\n",
        "f(**k=1)\n",
        "f'{*a}'\n",
        "x = [*a for a in b]\n",
        "x = {**a for a in b}\n",
        "x = {a: *b}\n",
        "with a as *b: pass\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
    /* CPython's column is after the arguments */
    LIKE_PYTHON_BUT_COLUMN("f(**k, a)\n");
}

static void
test_assignment_expressions_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported_at("if (n := 3) > 2:\n    print(n)\n",
                          "assignment expressions", 1, 5);
    assert_unsupported_at("if n := 3:\n    pass\n", "assignment expressions", 1,
                          4);
    assert_unsupported_at("x = 1\nwhile y := x:\n    x = 0\n",
                          "assignment expressions", 2, 7);
    assert_unsupported_at("print(y := 5)\n", "assignment expressions", 1, 7);
    assert_unsupported_at("x = [y := 1, 2]\n", "assignment expressions", 1, 6);
    assert_unsupported_at("a = [1]\na[b := 0]\n", "assignment expressions", 2,
                          3);
    assert_unsupported_at("x = [z for w in [1] if (z := w)]\n",
                          "assignment expressions", 1, 25);
    static const char *const errors[] = {
        "x := 1\n",       "(a.b := 1)\n",
        "(1 := 2)\n",     "((a, b) := 1)\n",
        "(x := 1) = 2\n", "[x for x in y if z := 1]\n",
        "f(k=x := 1)\n",  "if (n := 3) > 2 print(n)\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_match_statements_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported_at("x = 1\nmatch x:\n    case 1:\n        pass\n",
                          "match statements", 2, 1);
    assert_unsupported_at(
        "def f(x):\n"
        "    match x:\n"
        "        case 1 | 2 | -3 | 1 + 2j | 'text' | None as y:\n"
        "            return y\n"
        "        case [1, *rest] | (2, *rest):\n"
        "            return rest\n"
        "        case {'k': v, 1: w, a.b: c, **kw}:\n"
        "            pass\n"
        "        case Point(1, y=2) | a.b.C():\n"
        "            pass\n"
        "        case (p, q) if p > q:\n"
        "            pass\n"
        "        case 1, 2:\n"
        "            pass\n"
        "        case *a, b:\n"
        "            pass\n"
        "        case _:\n"
        "            pass\n",
        "match statements", 2, 5);
    assert_unsupported_at("match (x):\n    case 1: pass\n", "match", 1, 1);
    assert_unsupported_at("match -x:\n    case -1: pass\n", "match", 1, 1);
    assert_unsupported_at("match *a, b:\n    case 1: pass\n", "match", 1, 1);
    /* match, case, type and _ are names elsewhere */
    LIKE_PYTHON("match = [1]\nmatch[0] = 2\nmatch(1)\nmatch - 1\n"
                "match in x\nmatch not in x\nmatch, y = 1, 2\nmatch.x = 1\n"
                "case = 2\ntype = 3\n_ = 4\ntype(1)\nprint(match, case)\n");
    LIKE_PYTHON("def match(case, type, _): pass\n");
    static const char *const errors[] = {
        "match x\n",
        "match x:\n    pass\n",
        "match x:\ncase 1: pass\n",
        "match x:\n    case: pass\n",
        "match x:\n    case 1 pass\n",
        "match x:\n    case 1:\n    pass\n",
        "match x:\n    case 1 if: pass\n",
        "match x:\n    case 1:\n        pass\n    x = 1\n",
        "match x:\n    case 1:\n        x = = 2\n",
        "match *a:\n    case 1: pass\n",
        "match x:\n    case 1 as _: pass\n",
        "match x:\n    case C(a=1, 2): pass\n",
        "match x: pass\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_type_aliases_and_type_parameters_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported_at("x = 1\ntype X = int\n", "type aliases", 2, 1);
    assert_unsupported_at("type X[T: (int, str)] = list[T]\n", "type aliases",
                          1, 1);
    assert_unsupported_at("def f[T](x):\n    pass\n", "type parameter", 1, 6);
    assert_unsupported_at("def f[T: int, *Ts, **P, U = int](): pass\n",
                          "type parameter", 1, 6);
    assert_unsupported_at("class C[T](object): pass\n", "type parameter", 1, 8);
    static const char *const errors[] = {
        "type X[] = int\n",
        "type X = \n",
        "type X\n",
        "type X = int = 2\n",
        "type 1 = 2\n",
        "def f[](): pass\n",
        "def f[*Ts: int](): pass\n",
        "def f[**P: int](): pass\n",
        "def f[T = int, U](): pass\n",
        "def f[T](x) pass\n",
        "class C[](): pass\n",
        "class C[T] pass\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_parameters_minipy_lacks(void **state)
{
    (void)state;
    LIKE_PYTHON("def f(a, /, b): pass\n");
    LIKE_PYTHON("def f(a, b=1, /, c=2, *d, e, f=3, **g): pass\n");
    /* *args, keyword-only parameters and **kwargs compile */
    LIKE_PYTHON("def f(a, *, b=1): pass\n");
    LIKE_PYTHON("def f(a, b=1, c=2, *d, e, f=3, **g): pass\n");
    LIKE_PYTHON("f = lambda a, b=2, *c, d=4, **e: 0\n");
    LIKE_PYTHON("f = lambda *, a: a\n");
    assert_unsupported_at("def f(a: int = 1, *b: *Ts) -> int: pass\n",
                          "annotations", 1, 7);
    assert_unsupported_at("def f() -> int: pass\n", "annotations", 1, 9);
    static const char *const errors[] = {
        "def f(/): pass\n",
        "def f(/, a): pass\n",
        "def f(a, /, /): pass\n",
        "def f(*a, /): pass\n",
        "def f(a=1, /, b): pass\n",
        "def f(*): pass\n",
        "def f(*,): pass\n",
        "def f(*, **k): pass\n",
        "def f(*a, *b): pass\n",
        "def f(*a=1): pass\n",
        "def f(**k=1): pass\n",
        "def f(**k, a): pass\n",
        "def f(**k, *a): pass\n",
        "lambda *: 0\n",
        "lambda /: 0\n",
        "lambda **k, a: 0\n",
        "lambda a, /, /: 0\n",
        "def f(__debug__): pass\n",
        "def f() -> int x\n",
        "def f(a, a, *, a): pass\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_annotations_and_their_errors(void **state)
{
    (void)state;
    assert_unsupported_at("x = 1\nx: int = 1\n", "annotations", 2, 1);
    assert_unsupported_at("(x): int\n", "annotations", 1, 1);
    assert_unsupported_at("class A:\n    a.b[0]: list[int]\n", "annotations", 2,
                          5);
    static const char *const errors[] = {
        "a, b: int\n", "[a]: int\n",    "(a, b): int = 1\n",
        "f(): int\n",  "1: int\n",      "x: int = \n",
        "x:\n",        "*a: int\n",     "x: int = *a\n",
        "x: *a\n",     "x: int: str\n", "x: int, y: int = 1\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_generators_and_async_code_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported_at("def f():\n    yield 1\n", "generators", 2, 5);
    assert_unsupported_at("def f():\n    x = yield from [1]\n", "generators", 2,
                          9);
    assert_unsupported_at("def f():\n    x += yield\n", "generators", 2, 10);
    assert_unsupported_at("f = lambda: (yield)\n", "generators", 1, 14);
    assert_unsupported_at("def f():\n    x = f'{yield}'\n", "generators", 2,
                          12);
    assert_unsupported_at("x = 1\nasync def f():\n    async for a in b:\n"
                          "        await a\n    async with c as d:\n"
                          "        pass\n    return [await e async for e "
                          "in g]\n",
                          "async code", 2, 1);
    assert_unsupported_at("x = (i for i in [1])\n", "generator expressions", 1,
                          5);
    assert_unsupported_at("x = sum(i for i in [1])\n", "generator expressions",
                          1, 8);
    /* a generator expression may be asynchronous in any function */
    assert_unsupported_at("def f():\n    return (x async for x in y)\n",
                          "generator expressions", 2, 12);
    static const char *const errors[] = {
        "yield 1\n",
        "class A:\n    yield 1\n",
        "x = [(yield)]\n",
        "f'{yield}'\n",
        "await x\n",
        "def f():\n    await x\n",
        "async def f():\n    lambda: await x\n",
        "async for x in y: pass\n",
        "async with x: pass\n",
        "def f():\n    async for x in y: pass\n",
        "def f():\n    [x async for x in y]\n",
        "x = [x async for x in y]\n",
        "async def f():\n    yield from x\n",
        "(yield) = 1\n",
        "await x = 1\n",
        "x = yield = 1\n",
        "yield = 1\n",
        "yield += 1\n",
        "await = 1\n",
        "def f():\n    x = yield *a\n",
        "f(x for x in y, 1)\n",
        "f(1, x for x in y)\n",
        "f(a for a in b if c, )\n",
        "class C(x for x in y): pass\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_with_except_star_and_decorators_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported_at("with (open(a) as f, open(b) as g,):\n    pass\n",
                          "'with' statements", 1, 1);
    assert_unsupported_at("with a as (b, c), d as e.f:\n    pass\n",
                          "'with' statements", 1, 1);
    assert_unsupported_at("try:\n    pass\nexcept* (A, B) as e:\n    pass\n"
                          "except* C:\n    pass\nelse:\n    pass\n",
                          "except*", 3, 1);
    LIKE_PYTHON("x = 1\n@d(1)\n@a.b[0]\nclass A:\n    pass\n");
    assert_unsupported_at("@d\nasync def f():\n    pass\n", "async code", 2, 1);
    static const char *const errors[] = {
        "with : pass\n",
        "with a as : pass\n",
        "with a as 1: pass\n",
        "with (a as b: pass\n",
        "with a, : pass\n",
        "with a b: pass\n",
        "try:\n    pass\nexcept* :\n    pass\n",
        "try:\n    pass\nexcept ValueError:\n    pass\nexcept* E:\n    pass\n",
        "try:\n    pass\nexcept* ValueError:\n    pass\nexcept E:\n    pass\n",
        "@d\nx = 1\n",
        "@\ndef f(): pass\n",
        "@d x\ndef f(): pass\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_imports_minipy_lacks(void **state)
{
    (void)state;
    assert_unsupported_at("import os.path as p, sys\n", "packages", 1, 8);
    assert_unsupported_at("import sys as s\n", "import ... as", 1, 12);
    assert_unsupported_at("x = 1\nfrom . import (a as b, c,)\n", "from", 2, 1);
    assert_unsupported_at("from ...m.n import *\n", "from", 1, 1);
    assert_unsupported_at("'''doc'''\nfrom __future__ import annotations\n"
                          "from __future__ import division\n",
                          "from", 2, 1);
    /* nonlocal compiles; through a class body, minipy has no closure */
    LIKE_PYTHON("def f():\n    x = 1\n    def g():\n        nonlocal x\n");
    LIKE_PYTHON("def f(a):\n    nonlocal a\n");
    LIKE_PYTHON("def f():\n    x = 1\n    def g():\n        x = 2\n"
                "        nonlocal x\n");
    assert_unsupported("def f():\n    x = 1\n    class C:\n"
                       "        def m(self):\n            nonlocal x\n",
                       "closures", 5);
    static const char *const errors[] = {
        "import a.\n",
        "import a as\n",
        "import a as b.c\n",
        "import *\n",
        "import __debug__\n",
        "from x import\n",
        "from x import a,\n",
        "from x import ()\n",
        "from import a\n",
        "from . import *, a\n",
        "from __future__ import braces\n",
        "from __future__ import nope\n",
        "x = 1\nfrom __future__ import annotations\n",
        "x = 1; from __future__ import annotations\n",
        "if 1:\n    from __future__ import annotations\n",
        "'doc'.upper()\nfrom __future__ import annotations\n",
        "nonlocal\n",
        "nonlocal x\n",
        "class A:\n    nonlocal x\n",
        "def f():\n    nonlocal x\n",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n"
        "        global x\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_displays_minipy_lacks(void **state)
{
    (void)state;
    assert_unsupported_at("x = {1}\n", "sets", 1, 5);
    assert_unsupported_at("a = [1]\nx = {*a, 2}\n", "sets", 2, 5);
    assert_unsupported_at("x = {i for i in [1] if i}\n", "set comprehensions",
                          1, 5);
    assert_unsupported_at("x = ...\n", "Ellipsis", 1, 5);
    assert_unsupported_at("x = 1\n...\n", "Ellipsis", 2, 1);
    assert_unsupported_at("x = 1\ny = 1 @ x\n", "'@'", 2, 5);
    assert_unsupported_at("x = 1\nx @= 2\n", "'@='", 2, 1);
    static const char *const errors[] = {
        "x = {**a: 1}\n",
        "x = {*a: 1}\n",
        "x = {1: 2, 3}\n",
        "x = {1: 2, abc}\n",
        "x = {1: 2, 3 4}\n",
        "x = {**a, 1}\n",
        "x = {1, 2: 3}\n",
        "x = {1, **a}\n",
        "x = {1:}\n",
        "x = {1: 2, 3:}\n",
        "x = [1, x for x in y]\n",
        "x = {1, x for x in y}\n",
        "x = (1, x for x in y)\n",
        "{1} = 1\n",
        "{1: 2 for a in b} = 1\n",
        "{a for a in b} = 1\n",
        "(a for a in b) = 1\n",
        "... = 1\n",
        "a @ b = 1\n",
        "... + \n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

static void
test_literals_minipy_lacks(void **state)
{
    (void)state;
    assert_unsupported_at("x = [1, .5]\n", "float", 1, 9);
    assert_unsupported_at("x = 1_0.0_1e1_0j\n", "float", 1, 5);
    assert_unsupported_at("x = 1\ny = Rb'\\d' b'a'\n", "bytes", 2, 5);
    assert_unsupported_at("x = 1if x else 2\n", "keyword", 1, 5);
    assert_unsupported_at("x = [0x1for x in y]\n", "keyword", 1, 6);
    assert_unsupported_at("x = 'a\\ud800'\n", "surrogates", 1, 7);
    static const char *const errors[] = {
        "x = 1e\n",
        "x = 1e+\n",
        "x = 1e+x\n",
        "x = 1ex\n",
        "x = 1.5x\n",
        "x = 1.5_\n",
        "x = 1.x\n",
        "x = 1jx\n",
        "x = .5x\n",
        "x = 1.5e+1_\n",
        "x = 1.__class__\n",
        "x = 1andx\n",
        "x = 1orx\n",
        "x = 1isx\n",
        "x = 09\n",
        "x = 1\xc3\xa9\n",
        "x = b'caf\xc3\xa9'\n",
        "x = b'\\x4'\n",
        "x = b'a' 'b'\n",
        "x = f'a' b'b'\n",
        "x = 1\ny = (b'a'\n  'b')\n",
        "x = bf'a'\n",
        "x = ur'a'\n",
        "x = rr'a'\n",
        "x = ub'a'\n",
        "x = ff'a'\n",
        "x = Rf'{1}' fR'' uR'a'\n",
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
        LIKE_PYTHON(errors[i]);
}

/* Names are Unicode's identifiers (XID_Start, XID_Continue), as in
   CPython; one that NFKC normalization may change is not supported, as
   minipy does not normalize. */
static void
test_names_beyond_ascii(void **state)
{
    (void)state;
    LIKE_PYTHON("\xe0\xa4\x85 = 1\n" /* Devanagari */
                "\xd7\x90 = 2\n"     /* Hebrew */
                "\xe0\xb8\x81 = 3\n" /* Thai */
                "a\xd9\xa0 = 4\n"    /* an Arabic-Indic digit */
                "a\xc2\xb7"
                "b = 5\n" /* a middle dot */
                "caf\xc3\xa9 = 6\n");
    assert_unsupported_at("x = 1\n\xef\xac\x81 = 1\n", "NFKC", 2, 1);
    assert_unsupported_at("x = e\xcc\x81\n", "NFKC", 1, 5);
    LIKE_PYTHON("x = 1 \xe2\x82\xac 2\n");
    LIKE_PYTHON("a\xe2\x82\xac = 1\n");
}

/* An unsupported construct does not hide a syntax error after it; an
   error CPython's compiler finds waits for the whole text to parse. */
static void
test_a_syntax_error_after_what_minipy_lacks_is_pythons(void **state)
{
    (void)state;
    static const char *const sources[] = {
        "a, *b = [1]\nx = = 1\n",
        "if (n := 1): pass\nx = = 1\n",
        "match a:\n    case 1: pass\nx = = 1\n",
        "with a:\n    pass\nx = = 1\n",
        "@d\ndef f(): pass\nx = = 1\n",
        "x = 1.5\ny = = 1\n",
        "x = b'a'\ny = = 1\n",
        "x = 99999999999999999999999\ny = = 1\n",
        "x = '\\N{EM DASH}'\ny = = 1\n",
        "\xef\xac\x81 = 1\nx = = 1\n",
        "return 1\nx = = 1\n",
        "break\nx = = 1\n",
        "def f(a, a): pass\nx = = 1\n",
        "f(a=1, a=2)\nx = = 1\n",
        "try: pass\nexcept: pass\nexcept X: pass\nx = = 1\n",
        "a, *b = = 1\n",
        "a, *b = [1]\nreturn 1\n",
    };
    for (size_t i = 0; i < sizeof sources / sizeof *sources; i++)
        LIKE_PYTHON(sources[i]);
}

static void
test_expected_colon_only_at_the_end_of_the_line(void **state)
{
    (void)state;
    static const char *const sources[] = {
        "if x print(n)\n",
        "if x y:\n    pass\n",
        "while x y\n",
        "for x in y z\n",
        "def f() x\n",
        "class A x\n",
        "try x\n",
        "if 1: pass\nelse x\n",
        "if 1: pass\nelif x y\n",
        "try: pass\nexcept X y\n",
        "class A(B) x\n",
        "class A(B C): pass\n",
    };
    for (size_t i = 0; i < sizeof sources / sizeof *sources; i++)
        LIKE_PYTHON(sources[i]);
}

static void
test_debug_cannot_be_assigned(void **state)
{
    (void)state;
    static const char *const sources[] = {
        "__debug__ = 1\n",
        "del __debug__\n",
        "f(__debug__=1)\n",
        "x.__debug__ = 1\n",
        "for __debug__ in x: pass\n",
        "with a as __debug__: pass\n",
        "import a as __debug__\n",
        "__debug__: int\n",
        "del a.__debug__\n",
        "f(True=1)\n",
        "f(None=1)\n",
    };
    for (size_t i = 0; i < sizeof sources / sizeof *sources; i++)
        LIKE_PYTHON(sources[i]);
}

/* A statement may start with any operator an expression may: ~x. */
static void
test_a_statement_may_start_with_tilde(void **state)
{
    (void)state;
    assert_same_as_python313("x = 1\n~x\n-x\nnot x\nprint(~x)\n");
}

/* PEP 263: a file's encoding declaration, on its first two lines. */
static void
test_an_encoding_declaration(void **state)
{
    (void)state;
    RunResult r =
        run_minipy("#!/bin/sh\n# coding: latin-1\nprint('caf\xe9')\n");
    assert_exit_status(&r, 1);
    assert_true(matches(r.err, "line 2\n.*\nNotImplementedError: minipy does "
                               "not support source encodings other than "
                               "UTF-8 \\(latin-1\\)\n$"));
    mp_free_result(&r);
    /* UTF-8, or an ASCII text any such encoding reads the same */
    assert_same_as_python313("# -*- coding: utf-8 -*-\nprint('caf\xc3\xa9')\n");
    assert_same_as_python313("# coding: utf8\nprint('caf\xc3\xa9')\n");
    assert_same_as_python313("# vim: set fileencoding=latin-1 :\nprint(1)\n");
    assert_same_as_python313("x = 1\n# coding: latin-1\nprint('caf\xe9')\n");
    assert_same_as_python313("\xef\xbb\xbf# coding: utf-8\nprint(1)\n");
    assert_same_error_as_python("# coding: ascii\nprint('caf\xc3\xa9')\n");
    assert_same_error_as_python("# coding: utf-16\nprint(1)\n");
    assert_same_error_as_python("\xef\xbb\xbf# coding: latin-1\nprint(1)\n");
    assert_same_error_as_python("\xef\xbb\xbf# coding: utf8\nprint(1)\n");
}

/* ---- the printed form ---- */

/* minipy's stderr against CPython's for a script whose error CPython
   marks with one caret. */
static void
assert_prints_like_python(const char *source)
{
    const char *python = python313_path();
    RunResult py = run_python_with(python ? python : python_path(), source);
    RunResult mp = run_minipy(source);
    assert_exit_status(&mp, 1);
    assert_string_equal(mp.err, py.err);
    assert_string_equal(mp.out, "");
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_a_syntax_error_prints_the_line_and_a_caret(void **state)
{
    (void)state;
    assert_prints_like_python("x = 1\nif x\n    pass\n");
    assert_prints_like_python("def f():\n    y = = 2\n");
    assert_prints_like_python("x = (1,\n");
    assert_prints_like_python("def f(a, a):\n    pass\n");
    assert_prints_like_python("print('ok')\nx = 1 \xe2\x82\xac 2\n");
}

static void
test_nothing_runs_when_the_file_has_a_syntax_error(void **state)
{
    (void)state;
    RunResult r = run_minipy("print('first')\nx = = 1\n");
    assert_exit_status(&r, 1);
    assert_string_equal(r.out, "");
    mp_free_result(&r);
}

static void
test_not_implemented_prints_the_line_and_the_construct(void **state)
{
    (void)state;
    RunResult r = run_minipy("x = 1\ny = {i for i in x}\n");
    assert_exit_status(&r, 1);
    assert_true(matches(r.err, "line 2\n    y = \\{i for i in x\\}\n +\\^\n"
                               "NotImplementedError: minipy does not "
                               "support set comprehensions"));
    mp_free_result(&r);
}

/* A builtin CPython has and minipy lacks is not a NameError: the name
   exists, minipy does not support it.  A name CPython lacks too is. */
static void
test_a_builtin_minipy_lacks_is_named_as_such(void **state)
{
    (void)state;
    RunResult r = run_minipy("x = [1]\ns = set(x)\n");
    assert_exit_status(&r, 1);
    assert_true(matches(r.err, "line 2, in <module>\n    s = set\\(x\\)\n"
                               "        \\^\\^\\^\n" /* the name, underlined */
                               "NotImplementedError: minipy does not "
                               "support the builtin 'set'\n$"));
    mp_free_result(&r);
    r = run_minipy("try:\n    del set\nexcept NameError as e:\n"
                   "    print(e)\nprint(sett)\n");
    assert_exit_status(&r, 1);
    assert_string_equal(r.out, "name 'set' is not defined\n");
    /* and 3.13's traceback suggests the builtin it is near */
    assert_true(matches(r.err, "NameError: name 'sett' is not defined. Did "
                               "you mean: 'set'\\?\n$"));
    mp_free_result(&r);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, mp_setup, mp_teardown)
    const struct CMUnitTest tests[] = {
        T(test_invalid_syntax),
        T(test_a_builtin_minipy_lacks_is_named_as_such),
        T(test_an_error_at_the_end_is_on_the_last_line),
        T(test_expected_colon),
        T(test_expected_open_parenthesis_after_a_def_name),
        T(test_cannot_assign_to_a_literal),
        T(test_cannot_assign_to_a_function_call),
        T(test_cannot_assign_to_an_expression),
        T(test_the_maybe_you_meant_hint_only_for_a_single_target),
        T(test_cannot_assign_names_the_kind_of_target),
        T(test_cannot_delete_what_is_not_a_name),
        T(test_illegal_target_for_augmented_assignment),
        T(test_return_outside_function),
        T(test_break_outside_loop),
        T(test_continue_not_properly_in_loop),
        T(test_expected_an_indented_block),
        T(test_expected_an_indented_block_after_elif),
        T(test_unexpected_indent),
        T(test_duplicate_argument),
        T(test_positional_argument_follows_keyword_argument),
        T(test_keyword_argument_errors),
        T(test_name_assigned_to_before_global_declaration),
        T(test_name_is_parameter_and_global),
        T(test_global_after_assignment_at_module_level),
        T(test_name_used_prior_to_global_declaration),
        T(test_an_expression_missing_its_else),
        T(test_perhaps_you_forgot_a_comma),
        T(test_missing_parentheses_in_call_to_print),
        T(test_an_error_on_a_later_line_blames_an_unclosed_bracket),
        T(test_a_tokenizer_error_further_on_is_reported_instead),
        T(test_a_bracket_opened_after_the_error_does_not_hide_it),
        T(test_with_and_exception_groups_are_not_implemented),
        T(test_exceptions_and_loop_else_compile),
        T(test_lambda_and_comprehensions_are_not_implemented),
        T(test_floats_are_not_implemented),
        T(test_f_strings_compile_like_python),
        T(test_true_division_is_not_implemented),
        T(test_closures_are_not_implemented),
        T(test_decorators_defaults_and_star_args_are_not_implemented),
        T(test_other_left_out_statements_are_not_implemented),
        T(test_annotations_are_not_implemented),
        T(test_starred_targets_and_unpacking_are_not_implemented),
        T(test_assignment_expressions_are_not_implemented),
        T(test_match_statements_are_not_implemented),
        T(test_type_aliases_and_type_parameters_are_not_implemented),
        T(test_parameters_minipy_lacks),
        T(test_annotations_and_their_errors),
        T(test_generators_and_async_code_are_not_implemented),
        T(test_with_except_star_and_decorators_are_not_implemented),
        T(test_imports_minipy_lacks),
        T(test_displays_minipy_lacks),
        T(test_literals_minipy_lacks),
        T(test_names_beyond_ascii),
        T(test_a_syntax_error_after_what_minipy_lacks_is_pythons),
        T(test_expected_colon_only_at_the_end_of_the_line),
        T(test_debug_cannot_be_assigned),
        T(test_a_statement_may_start_with_tilde),
        T(test_an_encoding_declaration),
        T(test_a_syntax_error_prints_the_line_and_a_caret),
        T(test_nothing_runs_when_the_file_has_a_syntax_error),
        T(test_not_implemented_prints_the_line_and_the_construct),
    };
#undef T
    return cmocka_run_group_tests_name("parser", tests, NULL, NULL);
}

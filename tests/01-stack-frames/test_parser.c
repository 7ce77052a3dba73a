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
    assert_unsupported("def f(x):\n    return lambda: x\n", "closures", 2);
    /* a list comprehension compiles; dict, set and generator ones not */
    LIKE_PYTHON("y = []\nx = [i * j for i in y if i for j in y]\n");
    LIKE_PYTHON("x = [i for i in]\n");
    LIKE_PYTHON("x = [i for in y]\n");
    LIKE_PYTHON("x = [i for i y]\n");
    LIKE_PYTHON("[i for i in y] = 1\n");
    assert_unsupported("y = []\nx = [lambda: i for i in y]\n", "closures", 2);
    assert_unsupported("y = []\nx = {i: i for i in y}\n", "comprehension", 2);
    assert_unsupported("y = []\nx = (i for i in y)\n", "generator", 2);
    assert_unsupported("y = []\nx = {i: i for i in y}\n", "comprehension", 2);
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
    assert_unsupported("def outer():\n"
                       "    x = 1\n"
                       "    def inner():\n"
                       "        return x\n"
                       "    return inner\n",
                       "closures", 4);
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
    assert_unsupported("def dec(f):\n    return f\n@dec\ndef g():\n    pass\n",
                       "decorators", 3);
    LIKE_PYTHON("x = 1\ndef f(a, b=1, c=x):\n    pass\n");
    LIKE_PYTHON("def f(a=1, b):\n    pass\n");
    LIKE_PYTHON("def f(a, a=1):\n    pass\n");
    assert_unsupported("x = 1\ndef f(*args):\n    pass\n", "*args", 2);
    assert_unsupported("x = 1\ndef f(**kw):\n    pass\n", "**kwargs", 2);
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
    RunResult r = run_minipy("x = 1\ny = {i: 0 for i in x}\n");
    assert_exit_status(&r, 1);
    assert_true(matches(r.err, "line 2\n    y = \\{i: 0 for i in x\\}\n +\\^\n"
                               "NotImplementedError: minipy does not "
                               "support dict comprehensions"));
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
        T(test_a_syntax_error_prints_the_line_and_a_caret),
        T(test_nothing_runs_when_the_file_has_a_syntax_error),
        T(test_not_implemented_prints_the_line_and_the_construct),
    };
#undef T
    return cmocka_run_group_tests_name("parser", tests, NULL, NULL);
}

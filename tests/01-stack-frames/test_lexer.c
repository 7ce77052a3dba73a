/* The lexer: indentation, strings, numbers and its errors.  Token
   streams are compared with CPython's tokenize module, string values
   with what CPython makes of the same literal, errors with what
   CPython's compile() raises. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

/* ---- token streams ---- */

/* One token a line, "KIND line column text", as tokenize names them;
   an INDENT's column and text are left out (CPython's starts at column
   0, ours where the indented code starts). */
static const char python_tokens[] =
    "import io, sys, tokenize\n"
    "src = open(sys.argv[1], encoding='utf-8').read()\n"
    "skip = (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING)\n"
    "for t in tokenize.generate_tokens(io.StringIO(src).readline):\n"
    "    if t.type in skip:\n"
    "        continue\n"
    "    name = tokenize.tok_name[t.type]\n"
    "    if name == 'INDENT':\n"
    "        print(name, t.start[0])\n"
    "    elif name in ('NEWLINE', 'DEDENT', 'ENDMARKER'):\n"
    "        print(name, t.start[0], t.start[1])\n"
    "    else:\n"
    "        print(name, t.start[0], t.start[1], t.string)\n";

static const char *
token_kind(TokenType type)
{
    switch (type) {
    case T_END:
        return "ENDMARKER";
    case T_NEWLINE:
        return "NEWLINE";
    case T_INDENT:
        return "INDENT";
    case T_DEDENT:
        return "DEDENT";
    case T_NUMBER:
        return "NUMBER";
    case T_STRING:
        return "STRING";
    case T_FIGURE:
        return "FIGURE";
    case T_NAME:
        return "NAME";
    default:
        return type >= T_AND ? "NAME" : "OP";
    }
}

/* minipy's tokens of source in the same form, or the error. */
static char *
minipy_tokens(const char *source)
{
    size_t cap = 1 << 16, len = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    Lexer lx;
    Token tok;
    lexer_init(&lx, source);
    do {
        assert_true(len + 1024 < cap);
        if (!lexer_next(&lx, &tok)) {
            fail_msg("lexer error: %s (line %d)", mp_error_message(),
                     interp.error.line);
        }
        const char *kind = token_kind(tok.type);
        if (tok.type == T_INDENT) {
            len += (size_t)sprintf(out + len, "%s %d\n", kind, tok.line);
        } else if (tok.type == T_NEWLINE || tok.type == T_DEDENT ||
                   tok.type == T_END) {
            len += (size_t)sprintf(out + len, "%s %d %d\n", kind, tok.line,
                                   tok.column - 1);
        } else {
            len += (size_t)sprintf(out + len, "%s %d %d %.*s\n", kind, tok.line,
                                   tok.column - 1, tok.length, tok.start);
        }
    } while (tok.type != T_END);
    lexer_free(&lx);
    return out;
}

static void
assert_tokens_like_python(const char *source)
{
    RunResult py = run_python_program(python_path(), python_tokens, source);
    assert_exit_status(&py, 0);
    char *mine = minipy_tokens(source);
    if (strcmp(mine, py.out) != 0) {
        fail_msg("source:\n%s\ntokenize:\n%s\nminipy:\n%s", source, py.out,
                 mine);
    }
    free(mine);
    mp_free_result(&py);
}

/* The token types alone, for what tokenize cannot show. */
static int
token_types(const char *source, TokenType *types, int max)
{
    Lexer lx;
    Token tok;
    int n = 0;
    lexer_init(&lx, source);
    do {
        assert_true(lexer_next(&lx, &tok));
        assert_true(n < max);
        types[n++] = tok.type;
    } while (tok.type != T_END);
    lexer_free(&lx);
    return n;
}

static int
count_type(TokenType *types, int n, TokenType type)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        count += types[i] == type;
    }
    return count;
}

static void
test_nested_blocks_indent_and_dedent(void **state)
{
    (void)state;
    assert_tokens_like_python("if a:\n"
                              "    if b:\n"
                              "        c = 1\n"
                              "    d = 2\n"
                              "e = 3\n");
}

static void
test_one_line_can_close_several_blocks(void **state)
{
    (void)state;
    const char *source = "def f():\n"
                         "  while x:\n"
                         "    if y:\n"
                         "      z\n"
                         "done\n";
    TokenType types[64];
    int n = token_types(source, types, 64);
    assert_int_equal(count_type(types, n, T_INDENT), 3);
    assert_int_equal(count_type(types, n, T_DEDENT), 3);
    assert_tokens_like_python(source);
}

static void
test_blocks_still_open_at_the_end_are_closed(void **state)
{
    (void)state;
    assert_tokens_like_python("class A:\n"
                              "    def m(self):\n"
                              "        return 1\n");
    TokenType types[32];
    int n = token_types("if a:\n    if b:\n        c", types, 32);
    assert_int_equal(types[n - 4], T_NEWLINE);
    assert_int_equal(types[n - 3], T_DEDENT);
    assert_int_equal(types[n - 2], T_DEDENT);
    assert_int_equal(types[n - 1], T_END);
}

static void
test_blank_and_comment_lines_make_no_tokens(void **state)
{
    (void)state;
    assert_tokens_like_python("# a comment first\n"
                              "\n"
                              "if a:\n"
                              "\n"
                              "        # deeper comment\n"
                              "    b = 1  # trailing comment\n"
                              "  \n"
                              "# back at the left\n"
                              "    c = 2\n"
                              "\n"
                              "d = 3\n");
}

static void
test_brackets_join_lines(void **state)
{
    (void)state;
    assert_tokens_like_python("x = [1,\n"
                              "  2,\n"
                              "        3]\n"
                              "y = f(a,\n"
                              "# comment inside\n"
                              "      b)\n"
                              "z = {1:\n"
                              "2}\n");
}

static void
test_a_backslash_joins_lines(void **state)
{
    (void)state;
    assert_tokens_like_python("if a:\n"
                              "    x = 1 + \\\n"
                              "2\n"
                              "    y = 3\n");
}

static void
test_line_ends_may_be_crlf_or_cr(void **state)
{
    (void)state;
    assert_tokens_like_python("if a:\r\n    b = 1\r\nc = 2\r\n");
    TokenType types[32];
    int n = token_types("a = 1\rb = 2\r", types, 32);
    assert_int_equal(count_type(types, n, T_NEWLINE), 2);
}

static void
test_a_tab_indents_to_the_next_multiple_of_8(void **state)
{
    (void)state;
    static const struct {
        const char *indent;
        int column;
    } cases[] = {{"\t", 8},          {"  \t", 8},  {"       \t", 8},
                 {"        \t", 16}, {"\t\t", 16}, {"\t   ", 11}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char source[64];
        snprintf(source, sizeof source, "if a:\n%sb\n", cases[i].indent);
        Lexer lx;
        Token tok;
        lexer_init(&lx, source);
        do {
            assert_true(lexer_next(&lx, &tok));
        } while (tok.type != T_INDENT);
        assert_int_equal(lx.indents[1], cases[i].column);
        lexer_free(&lx);
        assert_tokens_like_python(source);
    }
}

static void
test_tabs_used_consistently_are_fine(void **state)
{
    (void)state;
    assert_tokens_like_python("if a:\n"
                              "\tif b:\n"
                              "\t\tc\n"
                              "\td\n");
}

static void
test_inconsistent_tabs_and_spaces_are_a_tab_error(void **state)
{
    (void)state;
    assert_compiles_like_python("if a:\n"
                                "\tb = 1\n"
                                "        c = 2\n",
                                false);
    assert_compiles_like_python("if a:\n"
                                "        b = 1\n"
                                "\tc = 2\n",
                                false);
    assert_compiles_like_python("def f():\n"
                                "\tif x:\n"
                                "\t\ty = 1\n"
                                "        \tz = 2\n",
                                false);
    CompileResult mp = minipy_compile("if a:\n\tb\n        c\n");
    assert_string_equal(mp.kind, "TabError");
}

static void
test_an_unindent_to_no_outer_level_is_an_error(void **state)
{
    (void)state;
    const char *source = "if a:\n"
                         "        b = 1\n"
                         "    c = 2\n";
    assert_compiles_like_python(source, false);
    CompileResult mp = minipy_compile(source);
    assert_string_equal(mp.kind, "IndentationError");
    assert_int_equal(mp.line, 3);
}

static void
test_a_figure_line_is_a_figure_token(void **state)
{
    (void)state;
    Lexer lx;
    Token tok;
    lexer_init(&lx, "x = 1\n# figure: two-names view=datastack\ny = 2\n");
    do {
        assert_true(lexer_next(&lx, &tok));
    } while (tok.type != T_FIGURE && tok.type != T_END);
    assert_int_equal(tok.type, T_FIGURE);
    assert_int_equal(tok.line, 2);
    assert_int_equal(tok.string_length, 24);
    assert_memory_equal(tok.string, "two-names view=datastack", 24);
    assert_true(lexer_next(&lx, &tok));
    assert_int_equal(tok.type, T_NEWLINE);
    assert_true(lexer_next(&lx, &tok));
    assert_int_equal(tok.type, T_NAME);
    lexer_free(&lx);
}

static void
test_an_indented_figure_line_stays_in_its_block(void **state)
{
    (void)state;
    const char *source = "def f():\n"
                         "    x = 1\n"
                         "    # figure: inside\n"
                         "    return x\n";
    TokenType types[64];
    int n = token_types(source, types, 64);
    assert_int_equal(count_type(types, n, T_FIGURE), 1);
    assert_int_equal(count_type(types, n, T_INDENT), 1);
    assert_int_equal(count_type(types, n, T_DEDENT), 1);
    assert_int_equal(count_type(types, n, T_RETURN), 1);
}

static void
test_a_figure_comment_after_code_is_only_a_comment(void **state)
{
    (void)state;
    const char *source = "x = 1  # figure: not-a-figure\n"
                         "y = [2,  # figure: nor-this\n"
                         "     3]\n";
    TokenType types[64];
    int n = token_types(source, types, 64);
    assert_int_equal(count_type(types, n, T_FIGURE), 0);
    assert_tokens_like_python(source);
}

static void
test_a_comment_not_naming_a_figure_is_only_a_comment(void **state)
{
    (void)state;
    TokenType types[64];
    int n =
        token_types("# figures: no\n# figure:\n#figure x\nx = 1\n", types, 64);
    assert_int_equal(count_type(types, n, T_FIGURE), 0);
    assert_int_equal(n, 5); /* x = 1 NEWLINE END */
}

/* ---- strings ---- */

/* The value of a literal: CPython's, as UTF-8 bytes, and minipy's. */
static void
assert_string_like_python(const char *literal)
{
    static const char program[] =
        "import sys\n"
        "v = eval(open(sys.argv[1], encoding='utf-8').read())\n"
        "sys.stdout.buffer.write(v.encode('utf-8'))\n";
    RunResult py = run_python_program(python_path(), program, literal);
    assert_exit_status(&py, 0);

    size_t len = strlen(literal);
    char *source = malloc(len + 8);
    assert_non_null(source);
    sprintf(source, "x = %s\n", literal);
    Module m = {0};
    arena_init(&m.arena);
    if (compile_module(&m, source) < 0 ||
        eval_module(m.code, interp.globals) < 0) {
        fail_msg("%s: %s", literal, mp_error_message());
    }
    PyObject *x = mp_global("x");
    assert_true(PyUnicode_Check(x));
    if ((size_t)Py_SIZE(x) != py.out_len ||
        memcmp(PyUnicode_AsUTF8(x), py.out, py.out_len) != 0) {
        fail_msg("literal %s: python made \"%s\", minipy \"%s\"", literal,
                 py.out, PyUnicode_AsUTF8(x));
    }
    arena_free(&m.arena);
    free(source);
    mp_free_result(&py);
}

static void
test_escapes_mean_what_they_mean_in_python(void **state)
{
    (void)state;
    assert_string_like_python("'new\\nline tab\\t back\\\\slash'");
    assert_string_like_python("'quotes \\' \\\" inside'");
    assert_string_like_python("'\\a\\b\\f\\v\\r'");
    assert_string_like_python("'\\x41\\x7f\\xe9 \\u20ac \\U0001F600'");
    assert_string_like_python("'octal \\101\\0\\7\\777'");
    assert_string_like_python("'unknown \\q and \\d stay'");
    assert_string_like_python("'caf\xc3\xa9 \xe2\x82\xac as they are'");
}

static void
test_raw_strings_keep_their_backslashes(void **state)
{
    (void)state;
    assert_string_like_python("r'\\n\\t\\x41'");
    assert_string_like_python("R\"C:\\path\\to\"");
    assert_string_like_python("r'it\\'s'");
    assert_string_like_python("u'a unicode prefix'");
}

static void
test_triple_quoted_strings_span_lines(void **state)
{
    (void)state;
    assert_string_like_python("'''one\ntwo\n\nfour'''");
    assert_string_like_python("\"\"\"quotes ' \" '' inside\"\"\"");
    assert_string_like_python("\"\"\"joined \\\nline\"\"\"");
    assert_string_like_python("'''ends with a quote\\''''");
    assert_tokens_like_python("x = '''a\nb\nc''' + 'd'\ny = 1\n");
}

static void
test_a_backslash_newline_continues_a_short_string(void **state)
{
    (void)state;
    assert_string_like_python("'first \\\nsecond'");
}

static void
test_adjacent_strings_are_one_string(void **state)
{
    (void)state;
    assert_string_like_python("'ab' \"cd\" '''ef''' r'\\g'");
    assert_string_like_python("('multi'\n 'line'\n 'join')");
}

/* ---- numbers ---- */

static void
test_number_literals_have_their_python_values(void **state)
{
    (void)state;
    assert_same_as_python("print(0, 7, 00, 0_0, 1_000_000)\n"
                          "print(0x1F, 0XfF, 0xdead_beef, 0x7fffffffffffffff)\n"
                          "print(0o17, 0O7, 0o1_7, 0b101, 0B1, 0b1_0)\n"
                          "print(9223372036854775807, -9223372036854775807)\n");
}

static void
test_an_underscore_may_follow_a_base_prefix(void **state)
{
    (void)state;
    assert_same_as_python("print(0x_ff, 0o_17, 0b_101)\n");
}

static void
test_leading_zeros_are_a_syntax_error(void **state)
{
    (void)state;
    assert_compiles_like_python("x = 012\n", true);
    assert_compiles_like_python("x = 09\n", true);
    assert_compiles_like_python("x = 0_7\n", true);
}

static void
test_bad_digits_are_a_syntax_error(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "x = 12abc\n", "x = 1__0\n", "x = 1_\n",     "x = 0x\n",
        "x = 0xfg\n",  "x = 0x_\n",  "x = 0x1__0\n", "x = 0o\n",
        "x = 0o78\n",  "x = 0o1_\n", "x = 0b\n",     "x = 0b102\n",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_compiles_like_python(cases[i], true);
    }
}

static void
test_a_literal_past_64_bits_is_not_implemented(void **state)
{
    (void)state;
    assert_unsupported("x = 1\ny = 9223372036854775808\n", "64-bit", 2);
    assert_unsupported("x = 0x1_0000_0000_0000_0000\n", "64-bit", 1);
    CompileResult mp = minipy_compile("y = 99999999999999999999999\n");
    assert_int_equal(mp.column, 5);
}

static void
test_floats_and_complex_numbers_are_not_implemented(void **state)
{
    (void)state;
    assert_unsupported("x = 1.5\n", "float", 1);
    assert_unsupported("x = 1\nx = 2e10\n", "float", 2);
    assert_unsupported("x = 3j\n", "complex", 1);
}

/* ---- errors, where and what ---- */

static void
test_an_unterminated_string_says_where_it_was_noticed(void **state)
{
    (void)state;
    assert_compiles_like_python("x = 'abc\n", true);
    assert_compiles_like_python("x = 1\ny = \"abc\nz = 2\n", true);
    assert_compiles_like_python("x = 'abc", true);
    assert_compiles_like_python("x = 'abc\\\ndef\n", true);
}

static void
test_an_unterminated_triple_quoted_string_runs_to_the_end(void **state)
{
    (void)state;
    assert_compiles_like_python("x = '''abc", true);
    assert_compiles_like_python("x = '''abc\ny = 1", true);
    assert_compiles_like_python("x = \"\"\"abc\ny = 1\n", true);
    assert_compiles_like_python("x = '''abc\n\n\n", true);
}

static void
test_a_bracket_never_closed_is_blamed_where_it_opened(void **state)
{
    (void)state;
    assert_compiles_like_python("x = (1,\n", true);
    assert_compiles_like_python("x = [1,\n     2\n", true);
    assert_compiles_like_python("y = 0\nx = {1: (2,\n", true);
    assert_compiles_like_python("x = (1,\n     2\ny = 3\n", true);
}

static void
test_an_unmatched_closing_bracket_is_an_error(void **state)
{
    (void)state;
    assert_compiles_like_python("x = 1)\n", true);
    assert_compiles_like_python("x = ]\n", true);
    assert_compiles_like_python("x = 1\ny = }\n", true);
    assert_compiles_like_python("print(1))\n", true);
}

static void
test_mismatched_brackets_name_both(void **state)
{
    (void)state;
    assert_compiles_like_python("x = (1]\n", true);
    assert_compiles_like_python("x = [}\n", true);
    assert_compiles_like_python("x = (1,\n2]\n", true);
    assert_compiles_like_python("x = {\n1: 2)\n", true);
}

static void
test_200_nested_parentheses_are_the_most_allowed(void **state)
{
    (void)state;
    char source[1024];
    for (int depth = 199; depth <= 201; depth++) {
        int len = sprintf(source, "x = ");
        for (int i = 0; i < depth; i++) {
            source[len++] = i % 2 ? '[' : '(';
        }
        source[len++] = '1';
        for (int i = depth - 1; i >= 0; i--) {
            source[len++] = i % 2 ? ']' : ')';
        }
        strcpy(source + len, "\n");
        assert_compiles_like_python(source, true);
        CompileResult mp = minipy_compile(source);
        assert_string_equal(mp.kind, depth <= 200 ? "OK" : "SyntaxError");
    }
}

static void
test_an_invalid_character_is_named_with_its_code_point(void **state)
{
    (void)state;
    assert_compiles_like_python("x = 1 \xe2\x82\xac 2\n", true);
    assert_compiles_like_python("\xe2\x82\xac = 1\n", true);
    assert_compiles_like_python("x = 1\ny \xe2\x86\x92 2\n", true);
    CompileResult mp = minipy_compile("x = 1 \xe2\x82\xac 2\n");
    assert_string_equal(mp.message, "invalid character '\xe2\x82\xac' "
                                    "(U+20AC)");
}

static void
test_an_invisible_character_is_named_non_printable(void **state)
{
    (void)state;
    assert_compiles_like_python("x = 1\x01\n", true);
    assert_compiles_like_python("x = 1\n\xc2\xa0y = 2\n", true);
}

static void
test_a_character_outside_python_is_invalid_syntax(void **state)
{
    (void)state;
    assert_compiles_like_python("x = $\n", true);
    assert_compiles_like_python("x = 1 ?\n", true);
    assert_compiles_like_python("x = !1\n", true);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, mp_setup, mp_teardown)
    const struct CMUnitTest tests[] = {
        T(test_nested_blocks_indent_and_dedent),
        T(test_one_line_can_close_several_blocks),
        T(test_blocks_still_open_at_the_end_are_closed),
        T(test_blank_and_comment_lines_make_no_tokens),
        T(test_brackets_join_lines),
        T(test_a_backslash_joins_lines),
        T(test_line_ends_may_be_crlf_or_cr),
        T(test_a_tab_indents_to_the_next_multiple_of_8),
        T(test_tabs_used_consistently_are_fine),
        T(test_inconsistent_tabs_and_spaces_are_a_tab_error),
        T(test_an_unindent_to_no_outer_level_is_an_error),
        T(test_a_figure_line_is_a_figure_token),
        T(test_an_indented_figure_line_stays_in_its_block),
        T(test_a_figure_comment_after_code_is_only_a_comment),
        T(test_a_comment_not_naming_a_figure_is_only_a_comment),
        T(test_escapes_mean_what_they_mean_in_python),
        T(test_raw_strings_keep_their_backslashes),
        T(test_triple_quoted_strings_span_lines),
        T(test_a_backslash_newline_continues_a_short_string),
        T(test_adjacent_strings_are_one_string),
        T(test_number_literals_have_their_python_values),
        T(test_an_underscore_may_follow_a_base_prefix),
        T(test_leading_zeros_are_a_syntax_error),
        T(test_bad_digits_are_a_syntax_error),
        T(test_a_literal_past_64_bits_is_not_implemented),
        T(test_floats_and_complex_numbers_are_not_implemented),
        T(test_an_unterminated_string_says_where_it_was_noticed),
        T(test_an_unterminated_triple_quoted_string_runs_to_the_end),
        T(test_a_bracket_never_closed_is_blamed_where_it_opened),
        T(test_an_unmatched_closing_bracket_is_an_error),
        T(test_mismatched_brackets_name_both),
        T(test_200_nested_parentheses_are_the_most_allowed),
        T(test_an_invalid_character_is_named_with_its_code_point),
        T(test_an_invisible_character_is_named_non_printable),
        T(test_a_character_outside_python_is_invalid_syntax),
    };
#undef T
    return cmocka_run_group_tests_name("lexer", tests, NULL, NULL);
}

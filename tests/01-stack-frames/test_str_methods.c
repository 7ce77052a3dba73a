/* The str methods that need to know a character's properties answer
   exactly, as CPython 3.13, for the characters minipy knows (the
   conformance scripts check those against CPython), and refuse the
   others with a NotImplementedError that names the character, in the
   words upper() and lower() use.  An answer that an earlier character
   decides is given all the same. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

/* Run each expression in turn; the global `said` holds, for each, its
   repr or the NotImplementedError's message. */
static void
run_each(const char *const *exprs, size_t n)
{
    char source[8192];
    size_t len = (size_t)snprintf(source, sizeof source, "said = []\n");
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(source + len, sizeof source - len,
                                "try:\n    said.append(repr(%s))\n"
                                "except NotImplementedError as e:\n"
                                "    said.append(str(e))\n",
                                exprs[i]);
    assert_true(len < sizeof source);
    assert_int_equal(mp_run(source), 0);
}

static void
assert_said(size_t i, const char *text)
{
    PyObject *said = mp_global("said");
    assert_non_null(said);
    assert_true(i < (size_t)Py_SIZE(said));
    assert_string_equal(PyUnicode_AsUTF8(PyList_GET_ITEM(said, i)), text);
}

#define KNOWS(method, what, code)                                              \
    "minipy's str." method "() knows the " what                                \
    " of ASCII, Latin-1 and Cyrillic only, not U+" code

static void
test_unknown_characters_are_named(void **state)
{
    (void)state;
    static const char *const exprs[] = {
        "'aΣ'.title()",
        "'Σ'.capitalize()",
        "'xΣ'.casefold()",
        "'Σ'.swapcase()",
        "'ǅ'.istitle()",
        "'aΣ'.islower()",
        "'AΣ'.isupper()",
        "'日本'.isalpha()",
        "'1٢'.isdigit()",
        "'٢'.isdecimal()",
        "'Ⅻ'.isnumeric()",
        "'a\\u0300'.isalnum()",
        "'\\u200b'.isprintable()",
        "'x\\u0300'.isidentifier()",
        "'A\\U0001d400'.istitle()",
    };
    run_each(exprs, sizeof exprs / sizeof *exprs);
    assert_said(0, KNOWS("title", "letters", "03A3"));
    assert_said(1, KNOWS("capitalize", "letters", "03A3"));
    assert_said(2, KNOWS("casefold", "letters", "03A3"));
    assert_said(3, KNOWS("swapcase", "letters", "03A3"));
    assert_said(4, KNOWS("istitle", "letters", "01C5"));
    assert_said(5, KNOWS("islower", "letters", "03A3"));
    assert_said(6, KNOWS("isupper", "letters", "03A3"));
    assert_said(7, KNOWS("isalpha", "characters", "65E5"));
    assert_said(8, KNOWS("isdigit", "characters", "0662"));
    assert_said(9, KNOWS("isdecimal", "characters", "0662"));
    assert_said(10, KNOWS("isnumeric", "characters", "216B"));
    assert_said(11, KNOWS("isalnum", "characters", "0300"));
    assert_said(12, KNOWS("isprintable", "characters", "200B"));
    assert_said(13, KNOWS("isidentifier", "characters", "0300"));
    assert_said(14, KNOWS("istitle", "letters", "1D400"));
}

/* In the stretches without case, upper(), lower(), casefold(),
   swapcase() and capitalize() know every character; title() and the
   case tests stop at the few that have a case of their own (a
   mathematical letter, a modifier letter), whose other case does not
   exist. */
static void
test_the_caseless_stretches(void **state)
{
    (void)state;
    static const char *const exprs[] = {
        "'日本 text'.title()",    "'日本'.swapcase()",
        "'日本x'.capitalize()",   "'x日本'.casefold()",
        "'日本 Text'.istitle()",  "'日本 X'.isupper()",
        "'\\uab30'.swapcase()",   "'\\uab30'.upper()",
        "'\\uab30x'.title()",     "'\\uab30'.islower()",
        "'\\uab30'.capitalize()", "'A\\uab30'.islower()",
    };
    run_each(exprs, sizeof exprs / sizeof *exprs);
    assert_said(0, "'日本 Text'");
    assert_said(1, "'日本'");
    assert_said(2, "'日本x'");
    assert_said(3, "'x日本'");
    assert_said(4, "True");
    assert_said(5, "True");
    assert_said(6, "'\uab30'");
    assert_said(7, "'\uab30'");
    assert_said(8, KNOWS("title", "letters", "AB30"));
    assert_said(9, KNOWS("islower", "letters", "AB30"));
    assert_said(10, "'\uab30'");
    assert_said(11, "False"); /* 'A' decides: upper case */
}

/* An answer that a known character decides needs no other. */
static void
test_a_known_character_decides(void **state)
{
    (void)state;
    static const char *const exprs[] = {
        "'日本x'.isdigit()",
        "'x日本'.isdecimal()",
        "'!日本'.isalnum()",
        "'1日本'.isalpha()",
        "'\\x00日本'.isprintable()",
        "'1日本'.isidentifier()",
        "'aΣ'.isupper()",
        "'Σa'.isupper()",
        "'AΣ'.islower()",
        "'aBΣ'.istitle()",
        "'日本'.isspace()",
        "'日本'.isascii()",
        "'日本\\u3000'.isspace()",
        "'\\u3000\\u2028\\u1680'.isspace()",
    };
    run_each(exprs, sizeof exprs / sizeof *exprs);
    for (size_t i = 0; i < 12; i++)
        assert_said(i, "False");
    assert_said(12, "False");
    assert_said(13, "True");
}

/* translate() cannot make a surrogate, which a UTF-8 str cannot hold. */
static void
test_translate_to_a_surrogate(void **state)
{
    (void)state;
    static const char *const exprs[] = {"'a'.translate({97: 0xD800})",
                                        "'a'.translate({97: 0xDFFF})",
                                        "'a'.translate({97: 0xE000})"};
    run_each(exprs, sizeof exprs / sizeof *exprs);
    assert_said(0, "minipy's strs are UTF-8 and cannot hold a lone surrogate "
                   "(U+D800)");
    assert_said(1, "minipy's strs are UTF-8 and cannot hold a lone surrogate "
                   "(U+DFFF)");
    assert_said(2, "'\\ue000'");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_unknown_characters_are_named,
                                        mp_setup, mp_teardown),
        cmocka_unit_test_setup_teardown(test_the_caseless_stretches, mp_setup,
                                        mp_teardown),
        cmocka_unit_test_setup_teardown(test_a_known_character_decides,
                                        mp_setup, mp_teardown),
        cmocka_unit_test_setup_teardown(test_translate_to_a_surrogate, mp_setup,
                                        mp_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

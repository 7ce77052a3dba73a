/* s = s + t and s += t: the str is grown in place only when nothing but
   the variable can see it (unicode_concat.c, CPython 3.13's
   PyUnicode_Append); otherwise the sum is a new str and every other
   reference still sees the old text. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "interning_test.h"
#include "memfault.h"

#include <string.h>

/* A str made at run time: one reference, no hash, not interned. */
static PyObject *
fresh(const char *text)
{
    PyObject *s = PyUnicode_FromString(text);
    assert_non_null(s);
    assert_int_equal(Py_REFCNT(s), 1);
    assert_false(_Py_IsImmortal(s));
    return s;
}

static void
assert_text(PyObject *s, const char *text, Py_ssize_t length)
{
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), text);
    assert_int_equal(Py_SIZE(s), (Py_ssize_t)strlen(text));
    assert_int_equal(PyUnicode_GetLength(s), length);
}

/* s += t, for a str whose only reference is s's. */
static PyObject *
append(PyObject *s, const char *text)
{
    PyObject *t = PyUnicode_FromString(text);
    PyUnicode_Append(&s, t);
    Py_DECREF(t);
    return s;
}

static void
test_the_only_reference_grows_in_place(void **state)
{
    (void)state;
    session_start("pass\n");
    size_t live = interp.live_objects;
    PyObject *s = fresh("abcdef"), *was = s;
    /* 48 bytes of header and 7 of text, 9: both in a 64-byte block. */
    s = append(s, "xy");
    assert_ptr_equal(s, was);
    assert_text(s, "abcdefxy", 8);
    assert_int_equal(Py_REFCNT(s), 1);
    assert_int_equal(interp.live_objects, live + 1);
    Py_DECREF(s);
    assert_int_equal(interp.live_objects, live);
    assert_int_equal(session_end(), 0);
}

/* With a second reference the sum is another object, and the second
   reference still sees the old text. */
static void
test_a_second_reference_gets_a_new_object(void **state)
{
    (void)state;
    session_start("pass\n");
    PyObject *s = fresh("abcdef"), *other = Py_NewRef(s);
    s = append(s, "xy");
    assert_ptr_not_equal(s, other);
    assert_text(s, "abcdefxy", 8);
    assert_text(other, "abcdef", 6);
    assert_int_equal(Py_REFCNT(other), 1);
    assert_int_equal(Py_REFCNT(s), 1);
    Py_DECREF(s);
    Py_DECREF(other);
    assert_int_equal(session_end(), 0);
}

/* An interned str counts no reference for the table, so its count can
   be 1; it is still never changed (every other name with its text is
   the same object). */
static void
test_an_interned_str_is_never_changed(void **state)
{
    (void)state;
    session_start("pass\n");
    PyObject *s = fresh("spam_eggs");
    PyUnicode_InternInPlace(&s);
    assert_true(is_interned(s));
    assert_int_equal(Py_REFCNT(s), 1);
    /* An interned str always has its hash (the table needed it): take
       it away for a moment, so that only the interned mark stands in
       the way. */
    Py_hash_t hash = ((PyUnicodeObject *)s)->hash;
    ((PyUnicodeObject *)s)->hash = -1;
    PyObject *interned = s;
    s = append(s, "x");
    ((PyUnicodeObject *)interned)->hash = hash;
    assert_ptr_not_equal(s, interned);
    assert_text(s, "spam_eggsx", 10);
    assert_false(is_interned(s));
    /* The table's str is intact, and found again by its text. */
    PyObject *again = PyUnicode_FromString("spam_eggs");
    PyUnicode_InternInPlace(&again);
    assert_ptr_equal(again, interned);
    Py_DECREF(again);
    assert_text(interned, "spam_eggs", 9);
    Py_DECREF(s);
    assert_int_equal(session_end(), 0);
}

/* The cached strs are immortal: their count is never 1, and the empty
   str and the 256 one-character strs keep their text. */
static void
test_immortal_strs_are_never_changed(void **state)
{
    (void)state;
    session_start("pass\n");
    const char *cached[] = {"a", "\xc3\xa9", "\xc3\xbf", "\x7f"};
    for (size_t i = 0; i < sizeof cached / sizeof *cached; i++) {
        PyObject *c = PyUnicode_FromString(cached[i]);
        assert_true(_Py_IsImmortal(c));
        PyObject *s = c;
        s = append(s, "bc");
        assert_ptr_not_equal(s, c);
        assert_string_equal(PyUnicode_AsUTF8(c), cached[i]);
        assert_int_equal(PyUnicode_GetLength(c), 1);
        assert_ptr_equal(PyUnicode_FromString(cached[i]), c);
        assert_int_equal(Py_REFCNT(s), 1);
        Py_DECREF(s);
    }
    /* "" + t is t itself; s + "" is s itself. */
    PyObject *t = fresh("tail"), *s = PyUnicode_FromString("");
    PyUnicode_Append(&s, t);
    assert_ptr_equal(s, t);
    assert_int_equal(Py_REFCNT(t), 2);
    Py_DECREF(s);
    PyObject *empty = PyUnicode_FromString("");
    s = t;
    PyUnicode_Append(&s, empty);
    assert_ptr_equal(s, t);
    assert_int_equal(Py_REFCNT(t), 1);
    assert_text(empty, "", 0);
    Py_DECREF(t);
    assert_int_equal(session_end(), 0);
}

/* Once a str is hashed (as a dict key, say), its hash is kept: growing
   it would make the hash wrong, so the sum is a new str. */
static void
test_a_hashed_str_is_never_changed(void **state)
{
    (void)state;
    session_start("pass\n");
    PyObject *s = fresh("abcdef"), *was = s;
    assert_int_not_equal(PyObject_Hash(s), -1);
    s = append(s, "xy");
    assert_ptr_not_equal(s, was);
    assert_text(s, "abcdefxy", 8);
    assert_int_equal(((PyUnicodeObject *)s)->hash, -1);
    Py_DECREF(s);
    assert_int_equal(session_end(), 0);
}

/* CPython's width rule, and the text and length right whatever the
   characters: in place only when the piece is no wider than the str
   (Latin-1, then up to U+FFFF, then beyond), and never past ASCII
   after an ASCII str. */
static void
test_wider_characters(void **state)
{
    (void)state;
    session_start("pass\n");
    struct {
        const char *s, *t, *sum;
        Py_ssize_t length;
        bool in_place;
    } cases[] = {
        {"abcd", "xy", "abcdxy", 6, true},
        {"abcd", "\xc3\xa9", "abcd\xc3\xa9", 5, false},
        {"\xc3\xa9"
         "bc",
         "xy",
         "\xc3\xa9"
         "bcxy",
         5, true},
        {"\xc3\xa9"
         "bc",
         "\xc3\xbf",
         "\xc3\xa9"
         "bc\xc3\xbf",
         4, true},
        {"\xc3\xa9"
         "bc",
         "\xe2\x82\xac",
         "\xc3\xa9"
         "bc\xe2\x82\xac",
         4, false},
        {"\xe2\x82\xac"
         "bc",
         "\xc3\xa9",
         "\xe2\x82\xac"
         "bc\xc3\xa9",
         4, true},
        {"\xe2\x82\xac"
         "bc",
         "\xc4\x80",
         "\xe2\x82\xac"
         "bc\xc4\x80",
         4, true},
        {"\xe2\x82\xac"
         "bc",
         "\xf0\x9f\x98\x80",
         "\xe2\x82\xac"
         "bc\xf0\x9f\x98\x80",
         4, false},
        {"\xf0\x9f\x98\x80"
         "b",
         "\xe2\x82\xac\xc3\xa9",
         "\xf0\x9f\x98\x80"
         "b\xe2\x82\xac\xc3\xa9",
         4, true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        PyObject *s = fresh(cases[i].s), *was = s;
        s = append(s, cases[i].t);
        assert_text(s, cases[i].sum, cases[i].length);
        if ((s == was) != cases[i].in_place)
            fail_msg("case %zu: %s, expected %s", i,
                     s == was ? "in place" : "a new str",
                     cases[i].in_place ? "in place" : "a new str");
        Py_DECREF(s);
    }
    assert_int_equal(session_end(), 0);
}

/* A long loop: past the small blocks, into the C library's realloc.
   The str moves only when its block cannot grow, a few dozen times in
   20,000 appends, and is right at every step. */
static void
test_a_long_loop_moves_seldom(void **state)
{
    (void)state;
    session_start("pass\n");
    size_t live = interp.live_objects;
    PyObject *s = fresh("start"), *piece = PyUnicode_FromString("ab");
    int moves = 0;
    for (int i = 0; i < 20000; i++) {
        PyObject *was = s;
        PyUnicode_Append(&s, piece);
        assert_non_null(s);
        moves += s != was;
        assert_int_equal(PyUnicode_GetLength(s), 5 + 2 * (i + 1));
        assert_memory_equal(PyUnicode_AsUTF8(s) + Py_SIZE(s) - 2, "ab", 3);
    }
    print_message("20000 appends, %d moves\n", moves);
    assert_true(moves > 0 && moves < 400);
    assert_int_equal(interp.live_objects, live + 2);
    Py_DECREF(piece);
    Py_DECREF(s);
    assert_int_equal(session_end(), 0);
}

/* Out of memory while growing: as CPython, the variable loses its str
   (the error says why), and nothing is left behind. */
static void
test_out_of_memory_while_growing(void **state)
{
    (void)state;
    session_start("pass\n");
    size_t live = interp.live_objects;
    PyObject *s = fresh("abcdef"), *piece = PyUnicode_FromString("xy");
    _PyMem_SetFaults(1, 0); /* the next allocation fails */
    PyUnicode_Append(&s, piece);
    _PyMem_SetFaults(0, 0);
    assert_null(s);
    assert_true(PyErr_Occurred());
    assert_true(PyErr_ExceptionMatches(EXC_MEMORY));
    PyErr_Clear();
    Py_DECREF(piece);
    assert_int_equal(interp.live_objects, live);
    assert_int_equal(session_end(), 0);
}

/* In a script: the bytecode loop takes the path for a local only, as
   CPython 3.13 does, and the other cases still give the right text. */
static const char *const script = "def local(n):\n"
                                  "    s = ''.join(['ab', 'cd'])\n"
                                  "    moves = 0\n"
                                  "    for i in range(n):\n"
                                  "        before = id(s)\n"
                                  "        s += 'x'\n"
                                  "        s = s + 'y'\n"
                                  "        if id(s) != before:\n"
                                  "            moves += 1\n"
                                  "    return s, moves\n"
                                  "def shared(n):\n"
                                  "    s = ''.join(['ab', 'cd'])\n"
                                  "    seen = []\n"
                                  "    for i in range(n):\n"
                                  "        seen.append(s)\n"
                                  "        s += 'x'\n"
                                  "    return s, seen\n"
                                  "def glob(n):\n"
                                  "    global g\n"
                                  "    g = ''.join(['ab', 'cd'])\n"
                                  "    moves = 0\n"
                                  "    for i in range(n):\n"
                                  "        before = id(g)\n"
                                  "        g += 'x'\n"
                                  "        if id(g) != before:\n"
                                  "            moves += 1\n"
                                  "    return moves\n"
                                  "text, local_moves = local(100)\n"
                                  "last, seen = shared(5)\n"
                                  "global_moves = glob(100)\n"
                                  "m = ''.join(['ab', 'cd'])\n"
                                  "module_moves = 0\n"
                                  "for i in range(100):\n"
                                  "    before = id(m)\n"
                                  "    m += 'x'\n"
                                  "    if id(m) != before:\n"
                                  "        module_moves += 1\n";

static void
test_the_bytecode_loop_only_for_locals(void **state)
{
    (void)state;
    session_start(script);
    PyObject *text = global("text");
    assert_int_equal(PyUnicode_GetLength(text), 204);
    assert_memory_equal(PyUnicode_AsUTF8(text), "abcdxyxy", 8);
    assert_true(global_int("local_moves") < 25);
    assert_int_equal(global_int("global_moves"), 100);
    assert_int_equal(global_int("module_moves"), 100);
    /* Each str the list kept is the text it had when it was kept. */
    PyObject *seen = global("seen");
    const char *texts[] = {"abcd", "abcdx", "abcdxx", "abcdxxx", "abcdxxxx"};
    for (int i = 0; i < 5; i++)
        assert_string_equal(PyUnicode_AsUTF8(PyList_GET_ITEM(seen, i)),
                            texts[i]);
    assert_string_equal(PyUnicode_AsUTF8(global("last")), "abcdxxxxx");
    assert_int_equal(session_end(), 0);
}

/* --trace tells each grown str's story: "[resize] ... grown in place",
   or "moved from OLD", after which OLD is free; the trace-history check
   of chapter 3 (refcount_test.h) follows every address through it. */
static void
test_the_trace_follows_every_move(void **state)
{
    (void)state;
    assert_true(check_trace_of("intern_concat_in_place.py") > 10000);
    char path[512];
    snprintf(path, sizeof path, "%s/intern_concat_in_place.py",
             CONFORMANCE_DIR);
    const char *argv[] = {MINIPY, "--trace", path, NULL};
    Outcome o = run_argv(argv, NULL, NULL);
    assert_int_equal(o.status, 0);
    assert_non_null(strstr(o.err, "grown in place"));
    assert_non_null(strstr(o.err, ": count 1, moved from 0x"));
    outcome_free(&o);
}

static const struct CMUnitTest tests[] = {
    cmocka_unit_test_teardown(test_the_only_reference_grows_in_place,
                              session_teardown),
    cmocka_unit_test_teardown(test_a_second_reference_gets_a_new_object,
                              session_teardown),
    cmocka_unit_test_teardown(test_an_interned_str_is_never_changed,
                              session_teardown),
    cmocka_unit_test_teardown(test_immortal_strs_are_never_changed,
                              session_teardown),
    cmocka_unit_test_teardown(test_a_hashed_str_is_never_changed,
                              session_teardown),
    cmocka_unit_test_teardown(test_wider_characters, session_teardown),
    cmocka_unit_test_teardown(test_a_long_loop_moves_seldom, session_teardown),
    cmocka_unit_test_teardown(test_out_of_memory_while_growing,
                              session_teardown),
    cmocka_unit_test_teardown(test_the_bytecode_loop_only_for_locals,
                              session_teardown),
    cmocka_unit_test(test_the_trace_follows_every_move),
};

int
main(void)
{
    char base;
    test_stack_base = &base;
    return cmocka_run_group_tests(tests, NULL, NULL);
}

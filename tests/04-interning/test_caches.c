/* The small ints, the one-character strs, the empty str and the empty
   tuple: one object each, whatever makes them, and immortal.  The
   bounds are CPython's: -5 and 256 are shared, -6 and 257 new each
   time. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "interning_test.h"

static void
test_the_bounds_in_c(void **state)
{
    (void)state;
    session_start("pass\n");
    for (int64_t v = -5; v <= 256; v++) {
        PyObject *a = PyLong_FromLong(v), *b = PyLong_FromLong(v);
        assert_ptr_equal(a, b);
        assert_true(_Py_IsImmortal(a));
        assert_int_equal(PyLong_AsLong(a), v);
    }
    int64_t outside[] = {-6, 257, -1000, 100000};
    for (size_t i = 0; i < sizeof outside / sizeof *outside; i++) {
        PyObject *a = PyLong_FromLong(outside[i]);
        PyObject *b = PyLong_FromLong(outside[i]);
        assert_ptr_not_equal(a, b);
        assert_false(_Py_IsImmortal(a));
        assert_int_equal(Py_REFCNT(a), 1);
        Py_DECREF(a);
        Py_DECREF(b);
    }
    assert_int_equal(session_end(), 0);
}

/* Every way a script makes an int: each name's value must be the one
   object for that value (-5, 256) or a new one (-6, 257). */
static const char *const int_paths = "one = 1\n"
                                     "lit_top = 256\n"
                                     "sum_top = 255 + one\n"
                                     "sub_top = 257 - one\n"
                                     "mul_top = 128 * (one + one)\n"
                                     "div_top = 513 // 2 - one + one\n"
                                     "int_top = int('256')\n"
                                     "spaced_top = int(' 256 ')\n"
                                     "len_top = len('x' * 256)\n"
                                     "range_top = range(300)[256]\n"
                                     "list_top = list(range(250, 260))[6]\n"
                                     "for i in range(257):\n"
                                     "    loop_top = i\n"
                                     "neg_top = -(-256 * one)\n"
                                     "lit_low = -5\n"
                                     "sum_low = one - 6\n"
                                     "int_low = int('-5')\n"
                                     "sum_past = 256 + one\n"
                                     "int_past = int('257')\n"
                                     "len_past = len('x' * 257)\n"
                                     "range_past = range(300)[257]\n"
                                     "sum_below = one - 7\n"
                                     "int_below = int('-6')\n";

static void
test_every_way_to_make_an_int(void **state)
{
    (void)state;
    session_start(int_paths);
    PyObject *top = PyLong_FromLong(256), *low = PyLong_FromLong(-5);
    const char *tops[] = {"lit_top",   "sum_top",  "sub_top",    "mul_top",
                          "div_top",   "int_top",  "spaced_top", "len_top",
                          "range_top", "list_top", "loop_top",   "neg_top"};
    for (size_t i = 0; i < sizeof tops / sizeof *tops; i++)
        if (global(tops[i]) != top)
            fail_msg("%s is not the shared 256", tops[i]);
    const char *lows[] = {"lit_low", "sum_low", "int_low"};
    for (size_t i = 0; i < sizeof lows / sizeof *lows; i++)
        if (global(lows[i]) != low)
            fail_msg("%s is not the shared -5", lows[i]);
    /* 257 and -6, made at run time: one object each, one reference each
       (their name's), none shared with another. */
    const char *news[] = {"sum_past",   "int_past",  "len_past",
                          "range_past", "sum_below", "int_below"};
    for (size_t i = 0; i < sizeof news / sizeof *news; i++) {
        assert_int_equal(refs(news[i]), 1);
        assert_false(_Py_IsImmortal(global(news[i])));
        for (size_t j = 0; j < i; j++)
            assert_ptr_not_equal(global(news[i]), global(news[j]));
    }
    assert_int_equal(session_end(), 0);
}

/* Every way a script makes a one-character str of Latin-1: the cached
   object.  Past Latin-1 (the euro sign) each is new. */
static const char *const str_paths =
    "s = ''.join(['hel', 'lo'])\n"
    "lit = 'h'\n"
    "index = s[0]\n"
    "negative = s[-5]\n"
    "slice = s[0:1]\n"
    "tail = s[4:]\n"
    "o = s[4]\n"
    "listed = list(s)[0]\n"
    "for c in s:\n"
    "    last = c\n"
    "joined = ''.join(['h'])\n"
    "concat = '' + s[0]\n"
    "repeated = s[0] * 1\n"
    "converted = str(s[0])\n"
    "e_acute = ''.join(['caf', '\\u00e9'])[3]\n"
    "e_acute2 = ''.join(['th', '\\u00e9'])[2]\n"
    "euro = ''.join(['x', '\\u20ac'])[1]\n"
    "euro2 = ''.join(['y', '\\u20ac'])[1]\n"
    "empty = s[0:0]\n"
    "empty2 = str()\n"
    "empty_tuple = tuple([])\n"
    "empty_tuple2 = (1,)[1:]\n";

static void
test_every_way_to_make_a_one_character_str(void **state)
{
    (void)state;
    session_start(str_paths);
    PyObject *h = PyUnicode_FromString("h");
    assert_true(_Py_IsImmortal(h));
    const char *hs[] = {"lit",    "index",  "negative", "slice",    "listed",
                        "joined", "concat", "repeated", "converted"};
    for (size_t i = 0; i < sizeof hs / sizeof *hs; i++)
        if (global(hs[i]) != h)
            fail_msg("%s is not the cached 'h'", hs[i]);
    assert_ptr_equal(global("tail"), global("o"));
    assert_ptr_equal(global("last"), global("o"));
    assert_ptr_equal(global("e_acute"), global("e_acute2"));
    assert_true(_Py_IsImmortal(global("e_acute")));
    assert_ptr_not_equal(global("euro"), global("euro2"));
    assert_int_equal(refs("euro"), 1);
    assert_ptr_equal(global("empty"), global("empty2"));
    assert_ptr_equal(global("empty"), PyUnicode_FromString(""));
    assert_ptr_equal(global("empty_tuple"), global("empty_tuple2"));
    assert_ptr_equal(global("empty_tuple"), PyTuple_New(0));
    assert_true(_Py_IsImmortal(global("empty_tuple")));
    assert_int_equal(session_end(), 0);
}

/* Py_INCREF and Py_DECREF leave an immortal count alone, even when
   there are more DECREFs than INCREFs: the object can never be freed. */
static void
test_immortal_counts_never_change(void **state)
{
    (void)state;
    session_start("x = [None] * 50\ny = [True, False, 7, 'q'] * 25\n");
    PyObject *objects[] = {Py_None,
                           Py_True,
                           Py_False,
                           PyLong_FromLong(-5),
                           PyLong_FromLong(0),
                           PyLong_FromLong(256),
                           PyUnicode_FromString("q"),
                           PyUnicode_FromString("\xc3\xbf"),
                           PyUnicode_FromString(""),
                           PyTuple_New(0)};
    for (size_t i = 0; i < sizeof objects / sizeof *objects; i++) {
        PyObject *op = objects[i];
        assert_true(_Py_IsImmortal(op));
        assert_int_equal(Py_REFCNT(op), _Py_IMMORTAL_REFCNT);
        for (int k = 0; k < 1000; k++)
            Py_INCREF(op);
        assert_int_equal(Py_REFCNT(op), _Py_IMMORTAL_REFCNT);
        for (int k = 0; k < 3000; k++)
            Py_DECREF(op);
        assert_int_equal(Py_REFCNT(op), _Py_IMMORTAL_REFCNT);
    }
    /* CPython 3.13's value on a 64-bit machine: 2**32 - 1. */
    assert_int_equal(_Py_IMMORTAL_REFCNT, 4294967295LL);
    assert_int_equal(session_end(), 0);
}

/* Whole programs: the counts a script sees for immortal objects are
   3.13's, before and after 50 more references. */
static void
test_getrefcount_of_immortals(void **state)
{
    (void)state;
    char path[64];
    write_script("import sys\n"
                 "print(sys.getrefcount(None))\n"
                 "many = [None, 5, 'z', ()] * 50\n"
                 "print(sys.getrefcount(None), sys.getrefcount(5))\n"
                 "print(sys.getrefcount('z'), sys.getrefcount(()))\n",
                 path);
    Outcome o = run_program(MINIPY, path, NULL, NULL);
    unlink(path);
    assert_int_equal(o.status, 0);
    assert_string_equal(o.out, "4294967295\n"
                               "4294967295 4294967295\n"
                               "4294967295 4294967295\n");
    outcome_free(&o);
}

static const struct CMUnitTest tests[] = {
    cmocka_unit_test_teardown(test_the_bounds_in_c, session_teardown),
    cmocka_unit_test_teardown(test_every_way_to_make_an_int, session_teardown),
    cmocka_unit_test_teardown(test_every_way_to_make_a_one_character_str,
                              session_teardown),
    cmocka_unit_test_teardown(test_immortal_counts_never_change,
                              session_teardown),
    cmocka_unit_test(test_getrefcount_of_immortals),
};

int
main(void)
{
    char base;
    test_stack_base = &base;
    return cmocka_run_group_tests(tests, NULL, NULL);
}

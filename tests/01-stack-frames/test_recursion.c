/* The recursion limit: its default, sys.setrecursionlimit, where
   RecursionError fires, and that no limit a user can set crashes. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

/* A function that prints its depth, from 1, until the limit stops it. */
static const char deepest_script[] = "import sys\n"
                                     "sys.setrecursionlimit(%d)\n"
                                     "def f(n):\n"
                                     "    print(n)\n"
                                     "    f(n + 1)\n"
                                     "f(1)\n";

static long
deepest_depth(RunResult *r)
{
    char line[64];
    return strtol(last_line(r->out, line, sizeof line), NULL, 10);
}

static void
test_the_default_limit_is_1000(void **state)
{
    (void)state;
    assert_int_equal(interp.recursion_limit, 1000);
    assert_same_as_python("import sys\n"
                          "print(sys.getrecursionlimit())\n");
}

static void
test_setrecursionlimit_changes_getrecursionlimit(void **state)
{
    (void)state;
    assert_same_as_python("import sys\n"
                          "sys.setrecursionlimit(123)\n"
                          "print(sys.getrecursionlimit())\n"
                          "sys.setrecursionlimit(100000)\n"
                          "print(sys.getrecursionlimit())\n");
}

static void
test_the_module_frame_counts_toward_the_limit(void **state)
{
    (void)state;
    char script[sizeof deepest_script + 16];
    snprintf(script, sizeof script, deepest_script, 50);
    RunResult r = run_minipy(script);
    assert_exit_status(&r, 1);
    assert_contains(r.err, "RecursionError: maximum recursion depth "
                           "exceeded");
    /* 50 frames: the module's and f's from n = 1 to 49 (3.12+) */
    assert_int_equal(deepest_depth(&r), 50 - 1);
    mp_free_result(&r);
}

static void
test_recursion_error_fires_where_cpython_3_13_does(void **state)
{
    (void)state;
    const char *python = python313_path();
    if (python == NULL) {
        skip();
    }
    for (int limit = 20; limit <= 2000; limit *= 10) {
        char script[sizeof deepest_script + 16];
        snprintf(script, sizeof script, deepest_script, limit);
        RunResult py = run_python_with(python, script);
        RunResult mp = run_minipy(script);
        assert_exit_status(&mp, 1);
        assert_int_equal(deepest_depth(&mp), deepest_depth(&py));
        mp_free_result(&py);
        mp_free_result(&mp);
    }
}

static void
test_a_recursion_error_unwinds_every_frame(void **state)
{
    (void)state;
    assert_int_equal(mp_run("def forever(n):\n"
                            "    return forever(n + 1)\n"
                            "forever(0)\n"),
                     -1);
    assert_int_equal(interp.error.kind, EXC_RECURSION);
    assert_string_equal(mp_error_message(), "maximum recursion depth exceeded");
    assert_int_equal(interp.depth, 0);
    assert_null(interp.frame);
    assert_int_equal(interp.stack.nchunks, 1);
    assert_ptr_equal(interp.stack.top, interp.stack.chunk->data);
    assert_int_equal(interp.error.tb_len, interp.recursion_limit);
}

static void
test_99990_deep_recursion_runs_under_a_limit_of_100000(void **state)
{
    (void)state;
    RunResult r = run_minipy("import sys\n"
                             "sys.setrecursionlimit(100000)\n"
                             "def depth(n):\n"
                             "    if n == 0:\n"
                             "        return 0\n"
                             "    return depth(n - 1) + 1\n"
                             "print(depth(99990))\n");
    assert_exit_status(&r, 0);
    assert_string_equal(r.out, "99990\n");
    mp_free_result(&r);
}

static void
test_infinite_recursion_under_a_huge_limit_is_a_recursion_error(void **state)
{
    (void)state;
    RunResult r = run_minipy("import sys\n"
                             "sys.setrecursionlimit(1000000000)\n"
                             "def forever(n):\n"
                             "    return forever(n + 1)\n"
                             "print('start')\n"
                             "forever(0)\n");
    assert_exit_status(&r, 1);
    assert_string_equal(r.out, "start\n");
    char line[256];
    assert_true(strncmp(last_line(r.err, line, sizeof line),
                        "RecursionError: maximum recursion depth exceeded",
                        48) == 0);
    mp_free_result(&r);
}

static void
test_a_limit_below_the_current_depth_is_refused(void **state)
{
    (void)state;
    const char *python = python313_path();
    if (python == NULL) {
        skip();
    }
    const char *script = "import sys\n"
                         "def f(n):\n"
                         "    if n == 0:\n"
                         "        sys.setrecursionlimit(5)\n"
                         "    else:\n"
                         "        f(n - 1)\n"
                         "print('start')\n"
                         "f(10)\n";
    char py_line[512], mp_line[512];
    RunResult py = run_python_with(python, script);
    RunResult mp = run_minipy(script);
    assert_exit_status(&mp, 1);
    assert_string_equal(mp.out, py.out);
    assert_string_equal(last_line(mp.err, mp_line, sizeof mp_line),
                        last_line(py.err, py_line, sizeof py_line));
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_the_limit_is_unchanged_after_a_refusal(void **state)
{
    (void)state;
    assert_int_equal(mp_run("import sys\n"
                            "def f(n):\n"
                            "    if n == 0:\n"
                            "        sys.setrecursionlimit(3)\n"
                            "    f(n - 1)\n"
                            "f(5)\n"),
                     -1);
    assert_int_equal(interp.error.kind, EXC_RECURSION);
    assert_int_equal(interp.recursion_limit, 1000);
}

static void
test_a_limit_below_one_is_a_value_error(void **state)
{
    (void)state;
    assert_same_error_as_python("import sys\n"
                                "sys.setrecursionlimit(0)\n");
    assert_same_error_as_python("import sys\n"
                                "sys.setrecursionlimit(-5)\n");
}

static void
test_a_limit_that_is_not_an_int_is_a_type_error(void **state)
{
    (void)state;
    assert_same_error_as_python("import sys\n"
                                "sys.setrecursionlimit('100')\n");
}

static void
test_the_traceback_of_a_deep_recursion_is_shortened(void **state)
{
    (void)state;
    RunResult r = run_minipy("def forever(n):\n"
                             "    return forever(n + 1)\n"
                             "forever(0)\n");
    assert_exit_status(&r, 1);
    assert_true(matches(r.err, "\n  \\[Previous line repeated [0-9]+ more "
                               "times\\]\n"));
    assert_true(strlen(r.err) < 2000);
    mp_free_result(&r);
}

static void
test_each_recursive_call_has_its_own_locals(void **state)
{
    (void)state;
    assert_int_equal(mp_run("trail = []\n"
                            "def down(n):\n"
                            "    mine = [n]\n"
                            "    if n > 0:\n"
                            "        down(n - 1)\n"
                            "    trail.append(mine[0])\n"
                            "down(5)\n"),
                     0);
    PyObject *trail = mp_global("trail");
    assert_int_equal(Py_SIZE(trail), 6);
    for (int i = 0; i < 6; i++) {
        assert_int_equal(PyLong_AsLong(PyList_GET_ITEM(trail, i)), i);
    }
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, mp_setup, mp_teardown)
    const struct CMUnitTest tests[] = {
        T(test_the_default_limit_is_1000),
        cmocka_unit_test(test_setrecursionlimit_changes_getrecursionlimit),
        cmocka_unit_test(test_the_module_frame_counts_toward_the_limit),
        cmocka_unit_test(test_recursion_error_fires_where_cpython_3_13_does),
        T(test_a_recursion_error_unwinds_every_frame),
        cmocka_unit_test(
            test_99990_deep_recursion_runs_under_a_limit_of_100000),
        cmocka_unit_test(
            test_infinite_recursion_under_a_huge_limit_is_a_recursion_error),
        cmocka_unit_test(test_a_limit_below_the_current_depth_is_refused),
        T(test_the_limit_is_unchanged_after_a_refusal),
        cmocka_unit_test(test_a_limit_below_one_is_a_value_error),
        cmocka_unit_test(test_a_limit_that_is_not_an_int_is_a_type_error),
        cmocka_unit_test(test_the_traceback_of_a_deep_recursion_is_shortened),
        T(test_each_recursive_call_has_its_own_locals),
    };
#undef T
    return cmocka_run_group_tests_name("recursion", tests, NULL, NULL);
}

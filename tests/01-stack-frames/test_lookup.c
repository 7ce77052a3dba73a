/* Name lookup: local, then global, then builtin; class bodies; global;
   the errors of a name with no value; globals() and locals(). */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

static void
test_a_local_shadows_a_global_which_shadows_a_builtin(void **state)
{
    (void)state;
    assert_int_equal(mp_run("len = 'global len'\n"
                            "def with_local():\n"
                            "    len = 'local len'\n"
                            "    return len\n"
                            "def without_local():\n"
                            "    return len\n"
                            "a = with_local()\n"
                            "b = without_local()\n"
                            "del len\n"
                            "c = without_local()('abcd')\n"),
                     0);
    assert_global_str("a", "local len");
    assert_global_str("b", "global len");
    assert_global_int("c", 4);
}

static void
test_a_global_is_looked_up_when_the_function_runs(void **state)
{
    (void)state;
    assert_int_equal(mp_run("def f():\n"
                            "    return later\n"
                            "later = 1\n"
                            "a = f()\n"
                            "later = 2\n"
                            "b = f()\n"),
                     0);
    assert_global_int("a", 1);
    assert_global_int("b", 2);
}

static void
test_a_class_body_sees_its_own_names_then_globals(void **state)
{
    (void)state;
    assert_int_equal(mp_run("x = 'global'\n"
                            "y = 'global y'\n"
                            "class A:\n"
                            "    x = 'class'\n"
                            "    seen_x = x\n"
                            "    seen_y = y\n"
                            "    seen_len = len('abc')\n"
                            "a = A.seen_x\n"
                            "b = A.seen_y\n"
                            "c = A.seen_len\n"),
                     0);
    assert_global_str("a", "class");
    assert_global_str("b", "global y");
    assert_global_int("c", 3);
    assert_global_str("x", "global");
}

static void
test_a_method_does_not_see_class_level_names(void **state)
{
    (void)state;
    assert_int_equal(mp_run("x = 'global'\n"
                            "class A:\n"
                            "    x = 'class'\n"
                            "    def m(self):\n"
                            "        return x\n"
                            "r = A().m()\n"),
                     0);
    assert_global_str("r", "global");
}

static void
test_a_name_only_in_the_class_is_a_name_error_in_a_method(void **state)
{
    (void)state;
    assert_same_error_as_python("class A:\n"
                                "    only_here = 1\n"
                                "    def m(self):\n"
                                "        return only_here\n"
                                "A().m()\n");
}

static void
test_global_makes_assignment_change_the_module_name(void **state)
{
    (void)state;
    assert_int_equal(mp_run("n = 0\n"
                            "m = 0\n"
                            "def bump():\n"
                            "    global n\n"
                            "    n = n + 1\n"
                            "def no_global():\n"
                            "    m = 100\n"
                            "    return m\n"
                            "bump()\n"
                            "bump()\n"
                            "r = no_global()\n"),
                     0);
    assert_global_int("n", 2);
    assert_global_int("m", 0);
    assert_global_int("r", 100);
}

static void
test_global_can_create_a_module_name(void **state)
{
    (void)state;
    assert_int_equal(mp_run("def make():\n"
                            "    global created\n"
                            "    created = 'yes'\n"
                            "    for loop_var in [1, 2]:\n"
                            "        pass\n"
                            "make()\n"),
                     0);
    assert_global_str("created", "yes");
    assert_null(mp_global("loop_var"));
}

static void
test_global_names_get_no_slot_in_the_frame(void **state)
{
    (void)state;
    assert_int_equal(mp_run("def f(a):\n"
                            "    global g\n"
                            "    g = a\n"
                            "    b = 2\n"
                            "f(1)\n"),
                     0);
    PyObject *f = mp_global("f");
    Code *code = ((PyFunctionObject *)f)->func_code;
    assert_int_equal(code->co_nlocals, 2);
    assert_string_equal(PyUnicode_AsUTF8(code->co_varnames[0]), "a");
    assert_string_equal(PyUnicode_AsUTF8(code->co_varnames[1]), "b");
    assert_global_int("g", 1);
}

static void
test_reading_a_local_before_assignment_is_unbound_local_error(void **state)
{
    (void)state;
    assert_int_equal(mp_run("total = 10\n"
                            "def f():\n"
                            "    x = total\n"
                            "    total = 5\n"
                            "f()\n"),
                     -1);
    assert_int_equal(interp.error.kind, EXC_UNBOUND_LOCAL);
    assert_same_error_as_python("total = 10\n"
                                "def f():\n"
                                "    x = total\n"
                                "    total = 5\n"
                                "f()\n");
}

static void
test_an_assignment_never_run_still_makes_a_name_local(void **state)
{
    (void)state;
    assert_same_error_as_python("x = 1\n"
                                "def f():\n"
                                "    if False:\n"
                                "        x = 2\n"
                                "    return x\n"
                                "print(f())\n");
}

static void
test_a_deleted_local_is_unbound_again(void **state)
{
    (void)state;
    assert_same_error_as_python("def f():\n"
                                "    x = 1\n"
                                "    del x\n"
                                "    return x\n"
                                "print('before')\n"
                                "f()\n");
}

static void
test_an_unknown_name_is_a_name_error(void **state)
{
    (void)state;
    assert_int_equal(mp_run("def f():\n"
                            "    return nowhere\n"
                            "f()\n"),
                     -1);
    assert_int_equal(interp.error.kind, EXC_NAME);
    assert_string_equal(mp_error_message(), "name 'nowhere' is not defined");
    assert_same_error_as_python("print('first')\n"
                                "print(nowhere)\n");
}

/* CPython's traceback less the lines of carets it adds under the code
   (minipy does not draw them). */
static char *
without_caret_lines(const char *text)
{
    char *out = malloc(strlen(text) + 1), *o = out;
    assert_non_null(out);
    while (*text) {
        size_t n = strcspn(text, "\n") + (text[strcspn(text, "\n")] != 0);
        if (strspn(text, " ^~") != strcspn(text, "\n") ||
            strspn(text, " ") == strcspn(text, "\n")) {
            memcpy(o, text, n);
            o += n;
        }
        text += n;
    }
    *o = '\0';
    return out;
}

static void
test_the_traceback_names_each_frame_the_error_left(void **state)
{
    (void)state;
    const char *script = "def inner():\n"
                         "    return nowhere\n"
                         "def outer():\n"
                         "    return inner()\n"
                         "outer()\n";
    /* 3.13's carets (~~~~~^^ under a call) are minipy's; an older
       CPython's differ, and are left out of both */
    const char *python313 = python313_path();
    RunResult py =
        python313 ? run_python_with(python313, script) : run_python(script);
    RunResult mp = run_minipy(script);
    assert_exit_status(&mp, 1);
    char *expected = python313 ? strdup(py.err) : without_caret_lines(py.err);
    char *ours = python313 ? strdup(mp.err) : without_caret_lines(mp.err);
    assert_string_equal(ours, expected);
    free(expected);
    free(ours);
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_globals_is_the_module_namespace(void **state)
{
    (void)state;
    assert_int_equal(mp_run("x = 1\n"
                            "g = globals()\n"
                            "def f():\n"
                            "    return globals()\n"
                            "h = f()\n"
                            "g['y'] = 2\n"),
                     0);
    assert_ptr_equal(mp_global("g"), interp.globals);
    assert_ptr_equal(mp_global("h"), interp.globals);
    assert_global_int("y", 2);
    assert_global_str("__name__", "__main__");
}

static void
test_globals_holds_the_names_cpython_puts_there(void **state)
{
    (void)state;
    assert_same_as_python("x = 1\n"
                          "def f():\n"
                          "    pass\n"
                          "names = []\n"
                          "for k in globals():\n"
                          "    if k != '__file__':\n"
                          "        names.append(k)\n"
                          "print(names)\n"
                          "print(globals()['__name__'], __doc__, "
                          "__package__)\n");
}

static void
test_locals_in_a_function_holds_only_bound_locals(void **state)
{
    (void)state;
    assert_same_as_python("g = 0\n"
                          "def f(a, b):\n"
                          "    c = a + b\n"
                          "    print(locals())\n"
                          "    d = c\n"
                          "    print(locals())\n"
                          "f(1, 2)\n");
}

static void
test_locals_in_a_function_is_a_new_snapshot_each_time(void **state)
{
    (void)state;
    assert_same_as_python313("def f():\n"
                             "    a = 1\n"
                             "    first = locals()\n"
                             "    b = 2\n"
                             "    second = locals()\n"
                             "    print(first is second, first)\n"
                             "    print(sorted_keys(second))\n"
                             "def sorted_keys(d):\n"
                             "    keys = []\n"
                             "    for k in d:\n"
                             "        keys.append(k)\n"
                             "    return keys\n"
                             "f()\n");
}

static void
test_locals_at_module_level_is_globals(void **state)
{
    (void)state;
    assert_int_equal(mp_run("l = locals()\n"), 0);
    assert_ptr_equal(mp_global("l"), interp.globals);
    assert_same_as_python("print(locals() is globals())\n");
}

static void
test_locals_in_a_class_body_is_its_namespace(void **state)
{
    (void)state;
    assert_int_equal(mp_run("class A:\n"
                            "    x = 1\n"
                            "    ns = locals()\n"
                            "r = A.ns['x']\n"
                            "same = A.ns is globals()\n"),
                     0);
    assert_global_int("r", 1);
    assert_ptr_equal(mp_global("same"), Py_False);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, mp_setup, mp_teardown)
    const struct CMUnitTest tests[] = {
        T(test_a_local_shadows_a_global_which_shadows_a_builtin),
        T(test_a_global_is_looked_up_when_the_function_runs),
        T(test_a_class_body_sees_its_own_names_then_globals),
        T(test_a_method_does_not_see_class_level_names),
        T(test_a_name_only_in_the_class_is_a_name_error_in_a_method),
        T(test_global_makes_assignment_change_the_module_name),
        T(test_global_can_create_a_module_name),
        T(test_global_names_get_no_slot_in_the_frame),
        T(test_reading_a_local_before_assignment_is_unbound_local_error),
        T(test_an_assignment_never_run_still_makes_a_name_local),
        T(test_a_deleted_local_is_unbound_again),
        T(test_an_unknown_name_is_a_name_error),
        T(test_the_traceback_names_each_frame_the_error_left),
        T(test_globals_is_the_module_namespace),
        T(test_globals_holds_the_names_cpython_puts_there),
        T(test_locals_in_a_function_holds_only_bound_locals),
        T(test_locals_in_a_function_is_a_new_snapshot_each_time),
        T(test_locals_at_module_level_is_globals),
        T(test_locals_in_a_class_body_is_its_namespace),
    };
#undef T
    return cmocka_run_group_tests_name("lookup", tests, NULL, NULL);
}

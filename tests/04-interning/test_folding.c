/* Constant folding and merging, on the tree compile_module leaves: an
   operation on constants becomes one constant, unless it fails or would
   make a big object; equal constants of one type are one object across
   the whole file, function bodies included. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "interning_test.h"

static void
test_arithmetic_is_folded(void **state)
{
    (void)state;
    Stmt *body = load_tree("a = 499 + 1\n"
                           "b = 500\n"
                           "c = 1000 // 2\n"
                           "d = -5\n"
                           "e = -(3 - 8) * 100\n"
                           "f = 1001 % 501\n");
    PyObject *a = assigned_constant(body, 0);
    assert_true(PyLong_Check(a));
    assert_int_equal(PyLong_AsLong(a), 500);
    for (int i = 1; i < 6; i++)
        if (i != 3 && assigned_constant(body, i) != a)
            fail_msg("statement %d is not the one 500", i);
    assert_ptr_equal(assigned_constant(body, 3), PyLong_FromLong(-5));
    assert_int_equal(session_end(), 0);
}

static void
test_what_fails_or_grows_is_left(void **state)
{
    (void)state;
    Stmt *body = load_tree("a = 1 // 0\n"
                           "b = 'a' * 5000\n"
                           "c = 'a' * 4096\n"
                           "d = 'ab' * 2049\n"
                           "e = (1,) * 257\n"
                           "f = (1,) * 256\n"
                           "g = 'x' + 1\n"
                           "h = '%s' % 'x'\n");
    assert_int_equal(assigned(body, 0)->kind, E_BINOP);
    assert_int_equal(assigned(body, 1)->kind, E_BINOP);
    PyObject *c = assigned_constant(body, 2);
    assert_int_equal(PyUnicode_GetLength(c), 4096);
    assert_int_equal(assigned(body, 3)->kind, E_BINOP);
    assert_int_equal(assigned(body, 4)->kind, E_BINOP);
    assert_int_equal(Py_SIZE(assigned_constant(body, 5)), 256);
    assert_int_equal(assigned(body, 6)->kind, E_BINOP);
    assert_int_equal(assigned(body, 7)->kind, E_BINOP);
    /* The failed folds left no error behind. */
    assert_null(PyErr_Occurred());
    assert_int_equal(session_end(), 0);
}

static void
test_strs_and_tuples_are_folded_and_merged(void **state)
{
    (void)state;
    Stmt *body = load_tree("a = 'hel' + 'lo'\n"
                           "b = 'hello'\n"
                           "c = 'hello'[0]\n"
                           "d = 'h'\n"
                           "e = 'a' * 2\n"
                           "f = 'aa'\n"
                           "g = (1, 2)\n"
                           "h = (1, 2)\n"
                           "i = (1, 2) + (3,)\n"
                           "j = (1, 2, 3)\n"
                           "k = ((1, 2), 'hello')\n");
    assert_ptr_equal(assigned_constant(body, 0), assigned_constant(body, 1));
    assert_true(is_interned(assigned_constant(body, 1)));
    assert_ptr_equal(assigned_constant(body, 2), assigned_constant(body, 3));
    assert_ptr_equal(assigned_constant(body, 2), PyUnicode_FromString("h"));
    assert_ptr_equal(assigned_constant(body, 4), assigned_constant(body, 5));
    PyObject *g = assigned_constant(body, 6);
    assert_true(PyTuple_Check(g));
    assert_ptr_equal(g, assigned_constant(body, 7));
    assert_ptr_equal(assigned_constant(body, 8), assigned_constant(body, 9));
    /* Inside a tuple constant too: its items are the file's constants. */
    PyObject *k = assigned_constant(body, 10);
    assert_ptr_equal(PyTuple_GET_ITEM(k, 0), g);
    assert_ptr_equal(PyTuple_GET_ITEM(k, 1), assigned_constant(body, 1));
    assert_int_equal(session_end(), 0);
}

/* Merging keys on the type as well as the value: 1 and True are equal,
   and stay two objects, alone and inside tuples. */
static void
test_equal_values_of_two_types_stay_two(void **state)
{
    (void)state;
    Stmt *body = load_tree("a = 1\n"
                           "b = True\n"
                           "c = (1, 2)\n"
                           "d = (True, 2)\n"
                           "e = (0,)\n"
                           "f = (False,)\n");
    assert_ptr_equal(assigned_constant(body, 0), PyLong_FromLong(1));
    assert_ptr_equal(assigned_constant(body, 1), Py_True);
    PyObject *c = assigned_constant(body, 2), *d = assigned_constant(body, 3);
    assert_ptr_not_equal(c, d);
    assert_ptr_equal(PyTuple_GET_ITEM(c, 0), PyLong_FromLong(1));
    assert_ptr_equal(PyTuple_GET_ITEM(d, 0), Py_True);
    assert_ptr_equal(PyTuple_GET_ITEM(c, 1), PyTuple_GET_ITEM(d, 1));
    assert_ptr_not_equal(assigned_constant(body, 4),
                         assigned_constant(body, 5));
    assert_int_equal(session_end(), 0);
}

/* Across the file: a function's constants are the module's. */
static void
test_merged_across_functions(void **state)
{
    (void)state;
    Stmt *body = load_tree("a = 500\n"
                           "def f():\n"
                           "    return 500\n"
                           "class C:\n"
                           "    x = (7, 'seven')\n"
                           "    def g(self):\n"
                           "        return 250 * 2\n"
                           "t = (7, 'seven')\n");
    PyObject *a = assigned_constant(body, 0);
    Stmt *def = nth_statement(body, 1);
    assert_int_equal(def->kind, S_DEF);
    Stmt *ret = def->def.code->co_body;
    assert_int_equal(ret->kind, S_RETURN);
    assert_int_equal(ret->expr->kind, E_CONST);
    assert_ptr_equal(ret->expr->constant, a);
    Stmt *cls = nth_statement(body, 2);
    assert_int_equal(cls->kind, S_CLASS);
    Stmt *x = cls->class_.code->co_body;
    assert_ptr_equal(assigned_constant(x, 0), assigned_constant(body, 3));
    Stmt *g = nth_statement(x, 1);
    assert_int_equal(g->kind, S_DEF);
    assert_ptr_equal(g->def.code->co_body->expr->constant, a);
    assert_int_equal(session_end(), 0);
}

/* The same, seen by the script, and by CPython. */
static void
test_the_script_sees_it_as_cpython_does(void **state)
{
    (void)state;
    Outcome o = same_as_python("a = 500\n"
                               "b = 500\n"
                               "def f():\n"
                               "    return 499 + 1\n"
                               "t = ((1, 2), 'x')\n"
                               "u = (1, 2)\n"
                               "v = (True, 2)\n"
                               "print(a is b, f() is a, t[0] is u, u is v)\n",
                               1);
    assert_string_equal(o.out, "True True True False\n");
    outcome_free(&o);
}

static const struct CMUnitTest tests[] = {
    cmocka_unit_test_teardown(test_arithmetic_is_folded, session_teardown),
    cmocka_unit_test_teardown(test_what_fails_or_grows_is_left,
                              session_teardown),
    cmocka_unit_test_teardown(test_strs_and_tuples_are_folded_and_merged,
                              session_teardown),
    cmocka_unit_test_teardown(test_equal_values_of_two_types_stay_two,
                              session_teardown),
    cmocka_unit_test_teardown(test_merged_across_functions, session_teardown),
    cmocka_unit_test(test_the_script_sees_it_as_cpython_does),
};

int
main(void)
{
    char base;
    test_stack_base = &base;
    return cmocka_run_group_tests(tests, NULL, NULL);
}

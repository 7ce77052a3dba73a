#ifndef INTERNING_TEST_H
#define INTERNING_TEST_H

/* Helpers shared by chapter 4's suites: chapter 3's (an interpreter in
   this process, whole programs beside CPython), pointed at chapter 4's
   program, and a look at the tree compile_module leaves.  A suite
   defines _POSIX_C_SOURCE before any header, includes cmocka.h, then
   this file, and sets test_stack_base from main. */

#ifndef MINIPY_PROGRAM
#define MINIPY_PROGRAM "../../build/ch04/minipy"
#endif
#include "../03-reference-counting/refcount_test.h"

#include "intern.h"
#include "tupleobject.h"

/* ---- the tree: interp_load compiles (parse, fold and merge, resolve)
   without running ---- */

static inline Stmt *
load_tree(const char *source)
{
    assert_false(session.active);
    write_script(source, session.path);
    session.active = true;
    assert_int_equal(interp_init("test.py", test_stack_base, test_stack_size()),
                     0);
    if (interp_load(session.path) != 0) {
        PyErr_Print(stderr, "test.py", interp.source);
        fail_msg("the script does not compile");
    }
    return interp.module.code->co_body;
}

/* The n-th statement of a block (0 first). */
static inline Stmt *
nth_statement(Stmt *s, int n)
{
    for (; n > 0 && s != NULL; n--)
        s = s->next;
    assert_non_null(s);
    return s;
}

/* The value of the n-th statement, an assignment. */
static inline Expr *
assigned(Stmt *body, int n)
{
    Stmt *s = nth_statement(body, n);
    assert_int_equal(s->kind, S_ASSIGN);
    return s->assign.value;
}

/* The constant an assignment's value became (it must be one). */
static inline PyObject *
assigned_constant(Stmt *body, int n)
{
    Expr *e = assigned(body, n);
    if (e->kind != E_CONST)
        fail_msg("statement %d's value is not a constant (kind %d)", n,
                 (int)e->kind);
    return e->constant;
}

static inline bool
is_interned(PyObject *s)
{
    return PyUnicode_Check(s) && ((PyUnicodeObject *)s)->interned;
}

#endif

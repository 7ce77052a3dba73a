/* __del__: run when the count reaches zero, on that statement, once in
   an object's life; resurrection; errors in it printed and ignored. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "refcount_test.h"

/* D's __del__ logs the object's name; R's resurrects it into keep. */
#define CLASSES                                                                \
    "log = []\n"                                                               \
    "keep = []\n"                                                              \
    "class D:\n"                                                               \
    "    def __init__(self, name):\n"                                          \
    "        self.name = name\n"                                               \
    "    def __del__(self):\n"                                                 \
    "        log.append(self.name)\n"                                          \
    "class R:\n"                                                               \
    "    def __init__(self, name):\n"                                          \
    "        self.name = name\n"                                               \
    "    def __del__(self):\n"                                                 \
    "        log.append(self.name)\n"                                          \
    "        keep.append(self)\n"

static Py_ssize_t
log_length(void)
{
    return Py_SIZE(global("log"));
}

/* Not while a reference is left; on the statement that drops the last
   one, before the next statement runs. */
static void
test_del_runs_when_the_count_reaches_zero(void **state)
{
    (void)state;
    session_start(CLASSES "d = D('d')\n"
                          "e = d\n"
                          "del d\n"
                          "after_first = len(log)\n"
                          "del e\n"
                          "after_second = len(log)\n");
    assert_int_equal(global_int("after_first"), 0);
    assert_int_equal(global_int("after_second"), 1);
    assert_int_equal(log_length(), 1);
    assert_int_equal(session_end(), 0);
}

static void
test_del_runs_exactly_once(void **state)
{
    (void)state;
    session_start(CLASSES "d = D('d')\n"
                          "d = None\n"
                          "d = D('d2')\n"
                          "l = [d, d, d]\n"
                          "del d\n"
                          "l.pop()\n"
                          "l.pop()\n"
                          "before = len(log)\n"
                          "l.pop()\n");
    assert_int_equal(global_int("before"), 1);
    assert_int_equal(log_length(), 2);
    assert_int_equal(session_end(), 0);
}

/* Storing self brings the object back with one reference, and it stays;
   when that reference goes, it is freed without a second __del__. */
static void
test_resurrection_keeps_the_object_alive(void **state)
{
    (void)state;
    session_start(CLASSES "r = R('r')\n"
                          "del r\n");
    assert_int_equal(log_length(), 1);
    PyObject *keep = global("keep");
    assert_int_equal(Py_SIZE(keep), 1);
    PyObject *r = PyList_GET_ITEM(keep, 0);
    assert_int_equal(Py_REFCNT(r), 1);
    size_t live = interp.live_objects;
    PyObject *pop = PyUnicode_FromString("pop");
    PyObject *method = PyObject_GetAttr(keep, pop);
    Py_DECREF(pop);
    assert_non_null(method);
    PyObject *popped = PyObject_Call(method, NULL, 0, NULL);
    Py_DECREF(method);
    assert_ptr_equal(popped, r);
    assert_int_equal(interp.live_objects, live);
    Py_DECREF(popped); /* the last reference: freed, __del__ not run */
    assert_true(interp.live_objects < live);
    assert_int_equal(log_length(), 1);
    assert_int_equal(Py_SIZE(keep), 0);
    assert_int_equal(session_end(), 0);
}

/* The resurrected object is whole: its attributes are still there. */
static void
test_a_resurrected_object_keeps_its_attributes(void **state)
{
    (void)state;
    session_start(CLASSES "r = R('r')\n"
                          "r.extra = [1, 2]\n"
                          "del r\n"
                          "back = keep[0]\n"
                          "name = back.name\n"
                          "extra = len(back.extra)\n"
                          "del back\n"
                          "keep.pop()\n"
                          "runs = len(log)\n");
    assert_int_equal(global_int("extra"), 2);
    assert_true(PyUnicode_Check(global("name")));
    assert_int_equal(global_int("runs"), 1);
    assert_int_equal(session_end(), 0);
}

/* Still in keep at exit: the teardown frees it, without __del__. */
static void
test_a_resurrected_object_is_freed_at_exit(void **state)
{
    (void)state;
    session_start(CLASSES "r = R('r')\n"
                          "del r\n");
    assert_int_equal(Py_SIZE(global("keep")), 1);
    assert_int_equal(session_end(), 0);
    assert_int_equal(blocks_in_use(), 0);
}

/* The object's count while __del__ runs, and after: self holds one. */
static void
test_del_sees_a_count_and_gives_it_back(void **state)
{
    (void)state;
    Outcome o = same_as_python("import sys\n"
                               "class D:\n"
                               "    def __del__(self):\n"
                               "        print('in __del__', "
                               "sys.getrefcount(self))\n"
                               "keep = []\n"
                               "class R:\n"
                               "    def __del__(self):\n"
                               "        keep.append(self)\n"
                               "        print('resurrecting', "
                               "sys.getrefcount(self))\n"
                               "d = D()\n"
                               "del d\n"
                               "r = R()\n"
                               "del r\n"
                               "print(len(keep), sys.getrefcount(keep[0]))\n"
                               "keep.pop()\n"
                               "print('popped', len(keep))\n",
                               4);
    outcome_free(&o);
}

/* An error in __del__ is printed to stderr as "Exception ignored in",
   and the script goes on and exits with status 0. */
static void
test_an_error_in_del_is_printed_and_ignored(void **state)
{
    (void)state;
    Outcome o = same_as_python("class D:\n"
                               "    def __del__(self):\n"
                               "        print('in __del__')\n"
                               "        print(1 // 0)\n"
                               "        print('not reached')\n"
                               "d = D()\n"
                               "del d\n"
                               "print('after del')\n"
                               "l = [D(), D()]\n"
                               "l = None\n"
                               "print('end')\n",
                               5);
    assert_int_equal(o.status, 0);
    const char *first = strstr(o.err, "Exception ignored in: <function "
                                      "D.__del__ at ");
    assert_non_null(first);
    assert_non_null(strstr(first, "ZeroDivisionError: integer division or "
                                  "modulo by zero\n"));
    /* three objects, three reports */
    size_t reports = 0;
    for (const char *p = o.err; (p = strstr(p, "Exception ignored in")) != NULL;
         p++)
        reports++;
    assert_int_equal(reports, 3);
    outcome_free(&o);
}

/* The unraisable hook prints with 3.13's C code, not its traceback
   module: the first line of the code that failed, no carets, even for
   an expression over two lines. */
static void
test_an_error_in_del_shows_one_line_and_no_carets(void **state)
{
    (void)state;
    Outcome o = same_as_python("class D:\n"
                               "    def __del__(self):\n"
                               "        x = (1 +\n"
                               "             None)\n"
                               "d = D()\n"
                               "del d\n"
                               "print('after del')\n",
                               1);
    assert_int_equal(o.status, 0);
    assert_non_null(strstr(o.err, ", line 3, in __del__\n"
                                  "    x = (1 +\n"
                                  "TypeError: unsupported operand type(s) "
                                  "for +: 'int' and 'NoneType'\n"));
    outcome_free(&o);
}

/* An error already on its way out when __del__ runs (the half-built
   list is freed because of a NameError) is not lost: __del__'s own
   error is reported and ignored, the NameError ends the script. */
static void
test_an_error_in_del_while_another_propagates(void **state)
{
    (void)state;
    Outcome o = same_as_python("class D:\n"
                               "    def __del__(self):\n"
                               "        print('in __del__')\n"
                               "        print(1 // 0)\n"
                               "print('start')\n"
                               "x = [D(), undefined]\n",
                               2);
    assert_int_equal(o.status, 1);
    const char *ignored = strstr(o.err, "Exception ignored in");
    assert_non_null(ignored);
    assert_non_null(strstr(ignored, "ZeroDivisionError"));
    assert_non_null(strstr(ignored, "NameError: name 'undefined' is not "
                                    "defined\n"));
    outcome_free(&o);
}

/* Same in this process: the pending NameError survives the __del__. */
static void
test_del_keeps_the_pending_error(void **state)
{
    (void)state;
    int fd = dup(2), null = open("/dev/null", O_WRONLY);
    dup2(null, 2);
    int status = session_run(CLASSES "class E:\n"
                                     "    def __del__(self):\n"
                                     "        print(1 // 0)\n"
                                     "x = [D('d'), E(), undefined]\n");
    dup2(fd, 2);
    close(fd);
    close(null);
    assert_int_equal(status, -1);
    assert_true(PyErr_ExceptionMatches(EXC_NAME));
    assert_int_equal(log_length(), 1);
    assert_int_equal(session_end(), 0);
}

/* Objects still alive at exit have their __del__ run by the teardown:
   here in the order they were made, which is also the order their names
   were made.  (CPython 3.11 goes by the order the objects were made,
   3.13 by the names', and both run the __del__ of every object the
   module names before those of the items of the containers it names:
   at exit CPython frees the module's namespace with its cycle collector.
   Scripts whose order depends on that are chapter 5's business.) */
static void
test_del_runs_at_exit(void **state)
{
    (void)state;
    Outcome o = same_as_python("class D:\n"
                               "    def __init__(self, name):\n"
                               "        self.name = name\n"
                               "    def __del__(self):\n"
                               "        print('freed', self.name)\n"
                               "first = D('first')\n"
                               "second = D('second')\n"
                               "third = D('third')\n"
                               "first.other = D('inner')\n"
                               "del first.other\n"
                               "print('end of the script')\n",
                               5);
    outcome_free(&o);
}

/* At exit, __del__ runs while the module's globals are still bound, as
   in CPython 3.11 and 3.13 (its cycle collector finalizes the module's
   objects before it frees any).  minipy's teardown sets each name to
   None first, in the order the names were made, so a __del__ that calls
   a function defined earlier in the module finds None there: this test
   fails until the teardown finalizes before it clears. */
static void
test_del_at_exit_still_sees_the_module_globals(void **state)
{
    (void)state;
    Outcome o = same_as_python("import sys\n"
                               "log = []\n"
                               "def describe(obj):\n"
                               "    return 'a ' + obj.kind\n"
                               "class Noisy:\n"
                               "    def __init__(self, kind):\n"
                               "        self.kind = kind\n"
                               "    def __del__(self):\n"
                               "        log.append(self.kind)\n"
                               "        print('freed', describe(self), "
                               "len(log), sys.getrefcount(log) > 1)\n"
                               "x = Noisy('thing')\n"
                               "print('end')\n",
                               2);
    assert_string_equal(o.err, "");
    outcome_free(&o);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_del_runs_when_the_count_reaches_zero,
                                  session_teardown),
        cmocka_unit_test_teardown(test_del_runs_exactly_once, session_teardown),
        cmocka_unit_test_teardown(test_resurrection_keeps_the_object_alive,
                                  session_teardown),
        cmocka_unit_test_teardown(
            test_a_resurrected_object_keeps_its_attributes, session_teardown),
        cmocka_unit_test_teardown(test_a_resurrected_object_is_freed_at_exit,
                                  session_teardown),
        cmocka_unit_test(test_del_sees_a_count_and_gives_it_back),
        cmocka_unit_test(test_an_error_in_del_is_printed_and_ignored),
        cmocka_unit_test(test_an_error_in_del_shows_one_line_and_no_carets),
        cmocka_unit_test(test_an_error_in_del_while_another_propagates),
        cmocka_unit_test_teardown(test_del_keeps_the_pending_error,
                                  session_teardown),
        cmocka_unit_test(test_del_runs_at_exit),
        cmocka_unit_test(test_del_at_exit_still_sees_the_module_globals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

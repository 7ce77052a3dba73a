/* Finalizers in cycles, as PEP 442 (CPython 3.4+) has them: every
   __del__ of the garbage runs before any of it is cleared, once in an
   object's life whatever happens after; an object a __del__ makes
   reachable again is kept, with everything it reaches, untouched; and
   nothing ends in gc.garbage. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "gc_test.h"

static PyObject *
gc_garbage(void)
{
    PyObject *garbage = _PyGC_State()->garbage;
    assert_non_null(garbage);
    return garbage;
}

/* Each __del__ records what it saw: its name, and whether the other
   object of the cycle was still whole (its attribute still there). */
static const char *const pair = "import gc\n"
                                "log = []\n"
                                "class Node:\n"
                                "    def __init__(self, name):\n"
                                "        self.name = name\n"
                                "    def __del__(self):\n"
                                "        log.append(self.name)\n"
                                "        log.append(self.other.name)\n"
                                "def make():\n"
                                "    a = Node('a')\n"
                                "    b = Node('b')\n"
                                "    a.other = b\n"
                                "    b.other = a\n"
                                "make()\n"
                                "found = gc.collect()\n"
                                "again = gc.collect()\n";

static void
test_every_finalizer_runs_before_anything_is_cleared(void **state)
{
    (void)state;
    session_start(pair);
    assert_int_equal(global_int("found"), 2);
    assert_int_equal(global_int("again"), 0);
    PyObject *log = global("log");
    assert_int_equal(Py_SIZE(log), 4); /* both ran, each saw the other */
    const char *expect[] = {"a", "b", "b", "a"};
    for (int i = 0; i < 4; i++)
        assert_string_equal(PyUnicode_AsUTF8(PyList_GET_ITEM(log, i)),
                            expect[i]);
    assert_int_equal(Py_SIZE(gc_garbage()), 0);
    assert_int_equal(session_end(), 0);
}

/* The first time, __del__ saves its object; the second time it is
   garbage, __del__ does not run again and the object is freed. */
static const char *const phoenix = "import gc\n"
                                   "saved = []\n"
                                   "calls = []\n"
                                   "class Phoenix:\n"
                                   "    def __del__(self):\n"
                                   "        calls.append(len(calls))\n"
                                   "        saved.append(self)\n"
                                   "def make():\n"
                                   "    p = Phoenix()\n"
                                   "    p.me = p\n"
                                   "    p.tail = [[1], [2]]\n"
                                   "    p.tail.append(p.tail)\n"
                                   "make()\n"
                                   "first = gc.collect()\n";

static void
test_a_resurrected_object_is_kept_whole(void **state)
{
    (void)state;
    session_start(phoenix);
    assert_int_equal(global_int("first"), 0); /* nothing freed */
    PyObject *saved = global("saved");
    assert_int_equal(Py_SIZE(saved), 1);
    PyObject *p = PyList_GET_ITEM(saved, 0);
    /* what it reaches was not cleared */
    PyObject *tail = get_attr(p, "tail");
    assert_int_equal(Py_SIZE(tail), 3);
    assert_ptr_equal(PyList_GET_ITEM(tail, 2), tail);
    assert_int_equal(Py_SIZE(PyList_GET_ITEM(tail, 0)), 1);
    PyObject *me = get_attr(p, "me");
    assert_ptr_equal(me, p);
    Py_DECREF(me);
    /* kept in the next generation, as every survivor */
    assert_int_equal(generation_of(p), 2);
    assert_int_equal(generation_of(tail), 2);
    Py_DECREF(tail);
    assert_int_equal(Py_SIZE(global("calls")), 1);
    check_gc_lists(NULL);

    /* let go again: freed this time, without a second __del__ */
    watch_frees();
    PyObject *zero = PyLong_FromLong(0);
    assert_int_equal(PyObject_SetItem(saved, zero, Py_None), 0);
    assert_false(ptrset_has(&freed_objects, p)); /* a cycle still */
    assert_int_equal(collect(2), 4); /* p, its tail and the two lists */
    assert_true(ptrset_has(&freed_objects, p));
    unwatch_frees();
    assert_int_equal(Py_SIZE(global("calls")), 1);
    assert_int_equal(Py_SIZE(gc_garbage()), 0);
    assert_int_equal(session_end(), 0);
}

/* A __del__ that runs when counting frees its object (not a cycle)
   counts as run: when the resurrected object later ends in a cycle,
   the collector does not run it again. */
static const char *const counted_first = "import gc\n"
                                         "saved = []\n"
                                         "calls = []\n"
                                         "class Once:\n"
                                         "    def __del__(self):\n"
                                         "        calls.append(1)\n"
                                         "        saved.append(self)\n"
                                         "o = Once()\n"
                                         "del o\n"
                                         "after_counting = len(calls)\n"
                                         "o = saved.pop()\n"
                                         "o.me = o\n"
                                         "del o\n"
                                         "found = gc.collect()\n";

static void
test_del_runs_once_between_counting_and_the_collector(void **state)
{
    (void)state;
    session_start(counted_first);
    assert_int_equal(global_int("after_counting"), 1);
    assert_int_equal(Py_SIZE(global("calls")), 1);
    assert_int_equal(global_int("found"), 1);
    assert_int_equal(Py_SIZE(global("saved")), 0);
    assert_int_equal(session_end(), 0);
}

/* Resurrection through a global that the finalizer of another object
   of the garbage sets: the resurrected one and what it reaches stay,
   the rest of the garbage is freed. */
static const char *const partial =
    "import gc\n"
    "keep = []\n"
    "class Saver:\n"
    "    def __del__(self):\n"
    "        keep.append(self.target)\n"
    "class Plain:\n"
    "    pass\n"
    "def make():\n"
    "    s = Saver()\n"
    "    t = Plain()\n"
    "    s.target = t\n"
    "    t.back = s\n"
    "    t.child = [t]\n"
    "    junk = [1]\n"
    "    junk.append(junk)\n"
    "make()\n"
    "found = gc.collect()\n"
    "t = keep[0]\n"
    "alive = type(t.back).__name__ + ' ' + str(len(t.child))\n";

static void
test_resurrection_keeps_what_the_resurrected_reach(void **state)
{
    (void)state;
    session_start(partial);
    /* t, s (reached from t), t.child: kept; junk: freed */
    assert_int_equal(global_int("found"), 1);
    assert_string_equal(PyUnicode_AsUTF8(global("alive")), "Saver 1");
    assert_int_equal(Py_SIZE(gc_garbage()), 0);
    assert_int_equal(session_end(), 0);
}

/* A __del__ that raises: the error is reported as unraisable, the
   collection goes on and frees the garbage, and no error is left
   pending for the script. */
static const char *const raising = "import gc\n"
                                   "class Bad:\n"
                                   "    def __del__(self):\n"
                                   "        1 // 0\n"
                                   "def make():\n"
                                   "    b = Bad()\n"
                                   "    b.me = b\n"
                                   "make()\n"
                                   "found = gc.collect()\n"
                                   "after = 'still running'\n";

static void
test_an_error_in_del_does_not_stop_the_collection(void **state)
{
    (void)state;
    session_start(raising);
    assert_int_equal(global_int("found"), 1);
    assert_string_equal(PyUnicode_AsUTF8(global("after")), "still running");
    assert_int_equal(session_end(), 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(
            test_every_finalizer_runs_before_anything_is_cleared,
            session_teardown),
        cmocka_unit_test_teardown(test_a_resurrected_object_is_kept_whole,
                                  session_teardown),
        cmocka_unit_test_teardown(
            test_del_runs_once_between_counting_and_the_collector,
            session_teardown),
        cmocka_unit_test_teardown(
            test_resurrection_keeps_what_the_resurrected_reach,
            session_teardown),
        cmocka_unit_test_teardown(
            test_an_error_in_del_does_not_stop_the_collection,
            session_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

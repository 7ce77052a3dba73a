/* What the collector never looks at: objects that hold no references
   (ints, strs) are not containers at all; a dict is untracked until it
   holds something that could be in a cycle, and a full collection
   untracks it again once it holds nothing that could; a tuple is
   untracked by any collection once all it holds is untracked
   (Objects/dictobject.c MAINTAIN_TRACKING and _PyDict_MaybeUntrack,
   Objects/tupleobject.c _PyTuple_MaybeUntrack, CPython 3.13.0). */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "gc_test.h"

static PyObject *
tuple_of(PyObject *a, PyObject *b)
{
    PyObject *items[2] = {a, b};
    PyObject *t = _PyTuple_FromArray(items, 2);
    assert_non_null(t);
    return t;
}

static void
test_ints_and_strs_are_never_containers(void **state)
{
    (void)state;
    session_start("big = 1000 * 1000\n"
                  "s = 'some text' + str(big)\n"
                  "one = 1\n"
                  "nothing = None\n"
                  "a_static_type = list\n"
                  "class C:\n"
                  "    pass\n");
    const char *names[] = {"big", "s", "one", "nothing", "a_static_type"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        PyObject *op = global(names[i]);
        assert_false(_PyObject_IS_GC(op));
        assert_false(_PyObject_GC_IS_TRACKED(op));
        assert_false(_PyObject_GC_MayBeTracked(op));
    }
    /* a class made by a class statement is one */
    assert_true(_PyObject_GC_IS_TRACKED(global("C")));
    assert_int_equal(session_end(), 0);
}

static void
test_a_dict_is_tracked_from_its_first_container(void **state)
{
    (void)state;
    session_start("");
    PyObject *d = new_dict();
    assert_false(_PyObject_GC_IS_TRACKED(d));
    dict_set(d, 1, Py_None);
    PyObject *s = str("text");
    dict_set(d, 2, s);
    assert_false(_PyObject_GC_IS_TRACKED(d));
    /* a str key and a str value: still nothing that could be in a cycle */
    assert_int_equal(PyDict_SetItem(d, s, s), 0);
    assert_false(_PyObject_GC_IS_TRACKED(d));
    /* an untracked tuple could not be in one either */
    PyObject *flat = tuple_of(Py_None, s);
    assert_true(_PyObject_GC_IS_TRACKED(flat)); /* until a collection */
    collect(0);
    assert_false(_PyObject_GC_IS_TRACKED(flat));
    dict_set(d, 3, flat);
    assert_false(_PyObject_GC_IS_TRACKED(d));
    /* an empty dict could: it is a container, tracked or not */
    PyObject *inner = new_dict();
    dict_set(d, 4, inner);
    assert_true(_PyObject_GC_IS_TRACKED(d));
    assert_false(_PyObject_GC_IS_TRACKED(inner));
    /* a tracked tuple as a key tracks a dict too */
    PyObject *e = new_dict();
    PyObject *key =
        tuple_of(s, Py_None); /* tracked: no collection has seen it */
    assert_int_equal(PyDict_SetItem(e, key, Py_None), 0);
    assert_true(_PyObject_GC_IS_TRACKED(e));
    Py_DECREF(key);
    Py_DECREF(e);
    Py_DECREF(inner);
    Py_DECREF(flat);
    Py_DECREF(s);
    Py_DECREF(d);
    assert_int_equal(session_end(), 0);
}

/* A dict that held a list and now holds an int stays tracked until a
   full collection: younger ones leave dicts alone (CPython does so to
   keep building a big dict linear, bpo-14775). */
static void
test_full_collections_untrack_dicts(void **state)
{
    (void)state;
    session_start("");
    PyObject *d = new_dict(), *l = new_list();
    dict_set(d, 1, l);
    assert_true(_PyObject_GC_IS_TRACKED(d));
    dict_set(d, 1, Py_None);
    assert_true(_PyObject_GC_IS_TRACKED(d));
    collect(0);
    assert_true(_PyObject_GC_IS_TRACKED(d));
    collect(1);
    assert_true(_PyObject_GC_IS_TRACKED(d));
    collect(2);
    assert_false(_PyObject_GC_IS_TRACKED(d));
    /* one that still holds a container stays */
    PyObject *e = new_dict();
    dict_set(e, 1, l);
    collect(2);
    assert_true(_PyObject_GC_IS_TRACKED(e));
    check_gc_lists(NULL);
    Py_DECREF(e);
    Py_DECREF(l);
    Py_DECREF(d);
    assert_int_equal(session_end(), 0);
}

static void
test_collections_untrack_flat_tuples(void **state)
{
    (void)state;
    session_start("");
    PyObject *s = str("x");
    PyObject *l = new_list();
    PyObject *flat = tuple_of(PyLong_FromLong(3), s);
    PyObject *nested = tuple_of(flat, Py_None); /* made after flat */
    PyObject *holds_list = tuple_of(l, Py_None);
    PyObject *outer = tuple_of(holds_list, Py_None);
    PyObject *empty_dict = new_dict();
    PyObject *holds_dict = tuple_of(empty_dict, Py_None);
    PyObject *unfinished = PyTuple_New(2);
    assert_non_null(unfinished);
    PyTuple_SET_ITEM(unfinished, 0, Py_NewRef(s));
    PyObject *all[] = {flat,       nested,     holds_list, outer,
                       holds_dict, unfinished, NULL};
    for (int i = 0; all[i] != NULL; i++)
        assert_true(_PyObject_GC_IS_TRACKED(all[i]));
    collect(0);
    assert_false(_PyObject_GC_IS_TRACKED(flat));
    assert_false(_PyObject_GC_IS_TRACKED(nested)); /* in the same pass */
    assert_true(_PyObject_GC_IS_TRACKED(holds_list));
    assert_true(_PyObject_GC_IS_TRACKED(outer));
    assert_true(_PyObject_GC_IS_TRACKED(holds_dict)); /* a dict could */
    assert_true(_PyObject_GC_IS_TRACKED(unfinished)); /* a slot is empty */
    assert_int_equal(generation_of(outer), 1);
    check_gc_lists(NULL);
    for (int i = 0; all[i] != NULL; i++)
        Py_DECREF(all[i]);
    Py_DECREF(empty_dict);
    Py_DECREF(l);
    Py_DECREF(s);
    assert_int_equal(session_end(), 0);
}

/* Untracked garbage is freed by counting once the cycle that held it
   goes, and is not counted as found: only tracked objects are. */
static void
test_untracked_objects_are_not_counted_as_found(void **state)
{
    (void)state;
    session_start("");
    PyObject *cycle = new_list(), *d = new_dict();
    PyObject *flat = tuple_of(Py_None, Py_None);
    append(cycle, cycle);
    append(cycle, d);    /* untracked: holds nothing */
    append(cycle, flat); /* tracked until a collection sees it */
    Py_DECREF(d);
    Py_DECREF(flat);
    Py_DECREF(cycle);
    /* the tuple is among the unreachable: untracking comes after */
    assert_int_equal(collect(0), 2);
    check_gc_lists(NULL);
    assert_int_equal(session_end(), 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_ints_and_strs_are_never_containers,
                                  session_teardown),
        cmocka_unit_test_teardown(
            test_a_dict_is_tracked_from_its_first_container, session_teardown),
        cmocka_unit_test_teardown(test_full_collections_untrack_dicts,
                                  session_teardown),
        cmocka_unit_test_teardown(test_collections_untrack_flat_tuples,
                                  session_teardown),
        cmocka_unit_test_teardown(
            test_untracked_objects_are_not_counted_as_found, session_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

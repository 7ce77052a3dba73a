/* The generation lists: after every step of a scripted sequence of
   allocations, frees, tracks, untracks and collections, each list is
   well formed, each tracked object is on exactly one list, the one the
   rules say, and gen 0's count is what CPython 3.13 would count: +1 for
   a container made from fresh memory, -1 for one whose memory goes
   back, nothing for one taken from or returned to a freelist. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "gc_test.h"

/* The lists are sound, and op is where the test expects it. */
static void
expect(PyObject *op, int gen)
{
    check_gc_lists(NULL);
    assert_int_equal(generation_of(op), gen);
}

static void
expect_counts(int c0, int c1, int c2)
{
    assert_int_equal(gen_count(0), c0);
    assert_int_equal(gen_count(1), c1);
    assert_int_equal(gen_count(2), c2);
}

static void
test_a_scripted_sequence(void **state)
{
    (void)state;
    session_start("class C:\n    pass\n");
    check_gc_lists(NULL);
    collect(2);
    size_t sizes[GC_LISTS];
    check_gc_lists(sizes);
    expect_counts(0, 0, 0);
    assert_int_equal(sizes[0] + sizes[1], 0); /* all survivors are old */
    size_t old = sizes[2];
    assert_int_equal(_PyFreeList_Size(&PyList_Type, 0), 0);

    PyObject *a = new_list();
    expect(a, 0);
    expect_counts(1, 0, 0);
    PyObject *d = new_dict();
    expect(d, -1); /* counted, not tracked: it holds nothing */
    expect_counts(2, 0, 0);
    dict_set(d, 1, Py_None);
    expect(d, -1); /* None could be in no cycle */
    dict_set(d, 2, a);
    expect(d, 0); /* a list could */
    PyObject *i = new_instance("C");
    expect(i, 0);
    expect_counts(3, 0, 0);
    PyObject *items[2] = {a, Py_None};
    PyObject *t = _PyTuple_FromArray(items, 2);
    assert_non_null(t);
    expect(t, 0);
    expect_counts(4, 0, 0);

    _PyObject_GC_Untrack(t);
    expect(t, -1);
    _PyObject_GC_Untrack(t); /* twice is harmless */
    expect(t, -1);
    _PyObject_GC_Track(t);
    expect(t, 0);
    PyGC_Head *young = _PyGC_Generation(0);
    assert_ptr_equal((PyGC_Head *)young->_gc_prev, _Py_AS_GC(t)); /* last */
    _PyObject_GC_Track(t); /* twice is harmless */
    expect(t, 0);

    /* A collection of gen 0: the survivors move up. */
    collect(0);
    expect(a, 1);
    expect(d, 1);
    expect(i, 1);
    expect(t, 1);
    expect_counts(0, 1, 0);
    check_gc_lists(sizes);
    assert_int_equal(sizes[0], 0);
    assert_int_equal(sizes[1], 4);

    PyObject *b = new_list();
    expect(b, 0);
    expect_counts(1, 1, 0);
    collect(1);
    expect(a, 2);
    expect(b, 2);
    expect_counts(0, 0, 1);
    check_gc_lists(sizes);
    assert_int_equal(sizes[2], old + 5);

    /* b goes to the list freelist: off every list, and not counted. */
    PyObject *b_was = b;
    Py_DECREF(b);
    check_gc_lists(sizes);
    assert_int_equal(sizes[2], old + 4);
    expect_counts(0, 0, 1);
    assert_int_equal(_PyFreeList_Size(&PyList_Type, 0), 1);
    PyObject *c = new_list(); /* b's memory again, still not counted */
    assert_ptr_equal(c, b_was);
    assert_int_equal(_PyFreeList_Size(&PyList_Type, 0), 0);
    expect(c, 0);
    expect_counts(0, 0, 1);

    /* freeze: everything to the permanent generation; unfreeze: all of
       it to the oldest. */
    _PyGC_Freeze(true);
    expect(a, 3);
    expect(c, 3);
    expect_counts(0, 0, 0);
    check_gc_lists(sizes);
    assert_int_equal(sizes[0] + sizes[1] + sizes[2], 0);
    assert_int_equal(sizes[3], old + 5);
    _PyGC_Freeze(false);
    expect(c, 2);
    check_gc_lists(sizes);
    assert_int_equal(sizes[2], old + 5);
    assert_int_equal(sizes[3], 0);

    /* Frees: each object leaves its list the moment it goes. */
    Py_DECREF(t);
    Py_DECREF(c);
    Py_DECREF(i);
    check_gc_lists(sizes);
    assert_int_equal(sizes[2], old + 2); /* a and d */
    Py_DECREF(d);
    check_gc_lists(sizes);
    assert_int_equal(sizes[2], old + 1); /* a: d held a reference */
    expect(a, 2);
    Py_DECREF(a);
    check_gc_lists(sizes);
    assert_int_equal(sizes[2], old);
    assert_int_equal(session_end(), 0);
}

/* Counting with the freelists: after a full collection they are empty,
   so N new lists count N; freeing them, the first 80 wait on the
   freelist uncounted and the rest count -1 each; making them again, 80
   come back uncounted. */
static void
test_counts_with_the_freelists(void **state)
{
    (void)state;
    session_start("");
    collect(2);
    enum { N = 200 };
    PyObject *lists[N], *dicts[N];
    for (int k = 0; k < N; k++) {
        lists[k] = new_list();
        assert_int_equal(gen_count(0), k + 1);
    }
    for (int k = 0; k < N; k++) {
        Py_DECREF(lists[k]);
        assert_int_equal(gen_count(0), k < 80 ? N : N - (k - 79));
        check_gc_lists(NULL);
    }
    assert_int_equal(gen_count(0), 80);
    assert_int_equal(_PyFreeList_Size(&PyList_Type, 0), 80);
    for (int k = 0; k < N; k++)
        lists[k] = new_list();
    assert_int_equal(gen_count(0), 80 + N - 80);
    for (int k = 0; k < N; k++)
        dicts[k] = new_dict();
    assert_int_equal(gen_count(0), 200 + N);
    for (int k = 0; k < N; k++)
        Py_DECREF(dicts[k]);
    assert_int_equal(gen_count(0), 200 + 80);
    assert_int_equal(_PyFreeList_Size(&PyDict_Type, 0), 80);
    for (int k = 0; k < N; k++)
        Py_DECREF(lists[k]);

    /* Tuples: one freelist per size, 1 to 20; none for bigger ones. */
    collect(2);
    for (Py_ssize_t size = 1; size <= 22; size++) {
        PyObject *tup = PyTuple_New(size);
        assert_non_null(tup);
        assert_int_equal(gen_count(0), 1);
        Py_DECREF(tup);
        assert_int_equal(gen_count(0), size <= 20 ? 1 : 0);
        assert_int_equal(_PyFreeList_Size(&PyTuple_Type, size),
                         size <= 20 ? 1 : 0);
        collect(2); /* and the full collection empties them */
        assert_int_equal(_PyFreeList_Size(&PyTuple_Type, size), 0);
        assert_int_equal(gen_count(0), 0);
    }
    /* The count never goes below zero. */
    PyObject *x = PyTuple_New(25);
    assert_non_null(x);
    collect(2);
    Py_DECREF(x);
    assert_int_equal(gen_count(0), 0);
    assert_int_equal(session_end(), 0);
}

/* Instances, functions and classes have no freelist: each one counts
   when made and when freed. */
static void
test_counts_without_a_freelist(void **state)
{
    (void)state;
    session_start("class C:\n    pass\n");
    collect(2);
    PyObject *objs[100];
    for (int k = 0; k < 100; k++)
        objs[k] = new_instance("C");
    assert_int_equal(gen_count(0), 100);
    for (int k = 0; k < 100; k++)
        Py_DECREF(objs[k]);
    assert_int_equal(gen_count(0), 0);
    check_gc_lists(NULL);
    assert_int_equal(session_end(), 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_a_scripted_sequence, session_teardown),
        cmocka_unit_test_teardown(test_counts_with_the_freelists,
                                  session_teardown),
        cmocka_unit_test_teardown(test_counts_without_a_freelist,
                                  session_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

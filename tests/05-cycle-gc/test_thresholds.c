/* When collections run (Python/gc.c, v3.13.0): gen 0's count goes past
   its threshold and a collection is scheduled for the next safe point;
   there, the oldest generation whose count is over its threshold is
   collected with the younger ones, except that the oldest waits until
   the objects that survived since its last collection are a quarter of
   those that survived that one; each collection adds one to the next
   generation's count and zeroes its own and the younger ones'. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "gc_test.h"

static Py_ssize_t
collections(int gen)
{
    return _PyGC_State()->stats[gen].collections;
}

/* Make instances (no freelist: each one counts) and keep them. */
static PyObject *kept[4096];
static int nkept;

static void
make(int n)
{
    for (int i = 0; i < n; i++) {
        assert_true(nkept < 4096);
        kept[nkept++] = new_instance("C");
    }
}

static void
drop_all(void)
{
    while (nkept > 0)
        Py_DECREF(kept[--nkept]);
}

/* Run what a safe point runs. */
static void
safe_point(void)
{
    assert_int_equal(_Py_HandlePending(), 0);
}

static void
test_the_defaults_are_3_13s(void **state)
{
    (void)state;
    session_start("");
    assert_int_equal(generation(0)->threshold, 2000);
    assert_int_equal(generation(1)->threshold, 10);
    assert_int_equal(generation(2)->threshold, 10);
    assert_true(_PyGC_State()->enabled);
    assert_int_equal(session_end(), 0);
}

static void
test_gen0_is_collected_past_its_threshold(void **state)
{
    (void)state;
    session_start("class C:\n    pass\n");
    collect(2);
    generation(0)->threshold = 10;
    make(10);
    assert_int_equal(gen_count(0), 10);
    assert_null(interp.scheduled); /* not over it yet */
    Py_ssize_t before = collections(0);
    make(1);
    assert_int_equal(gen_count(0), 11);
    assert_non_null(interp.scheduled);
    assert_true(interp.eval_breaker);
    assert_int_equal(collections(0), before); /* at the safe point only */
    safe_point();
    assert_int_equal(collections(0), before + 1);
    assert_int_equal(gen_count(0), 0);
    assert_int_equal(gen_count(1), 1);
    assert_int_equal(generation_of(kept[0]), 1);
    /* Frees since then bring the count down: a scheduled collection
       finds nothing over a threshold and does nothing. */
    make(11);
    drop_all();
    assert_int_equal(gen_count(0), 0);
    safe_point();
    assert_int_equal(collections(0), before + 1);
    assert_int_equal(session_end(), 0);
}

static void
test_no_automatic_collection_when_disabled_or_threshold_0(void **state)
{
    (void)state;
    session_start("class C:\n    pass\n");
    collect(2);
    generation(0)->threshold = 5;
    _PyGC_State()->enabled = false;
    make(20);
    assert_null(interp.scheduled);
    _PyGC_State()->enabled = true;
    generation(0)->threshold = 0;
    make(20);
    assert_null(interp.scheduled);
    assert_int_equal(gen_count(0), 40);
    /* a collection scheduled, then the collector disabled before the
       safe point: it does not run (CPython's _Py_RunGC) */
    generation(0)->threshold = 5;
    make(1);
    assert_non_null(interp.scheduled);
    Py_ssize_t before = collections(0);
    _PyGC_State()->enabled = false;
    safe_point();
    assert_int_equal(collections(0), before);
    _PyGC_State()->enabled = true;
    drop_all();
    assert_int_equal(session_end(), 0);
}

/* Eleven gen 0 collections make gen 1's count 11, over its 10: the
   next one collects gen 1 with gen 0, and adds one to gen 2's. */
static void
test_older_generations_count_younger_collections(void **state)
{
    (void)state;
    session_start("class C:\n    pass\n");
    collect(2);
    generation(0)->threshold = 3;
    Py_ssize_t gen1_before = collections(1);
    for (int k = 1; k <= 11; k++) {
        make(4);
        safe_point();
        assert_int_equal(gen_count(1), k);
        assert_int_equal(gen_count(0), 0);
    }
    assert_int_equal(collections(1), gen1_before);
    make(4);
    safe_point();
    assert_int_equal(collections(1), gen1_before + 1);
    assert_int_equal(gen_count(1), 0);
    assert_int_equal(gen_count(2), 1);
    for (int i = 0; i < nkept; i++)
        assert_int_equal(generation_of(kept[i]), 2);
    check_gc_lists(NULL);
    drop_all();
    assert_int_equal(session_end(), 0);
}

/* The 25% rule: gen 2 is over its threshold, but until the survivors
   of gen 1 collections since the last full one (long_lived_pending)
   are a quarter of the survivors of that one (long_lived_total), the
   younger generations are collected instead. */
static void
test_full_collections_wait_for_a_quarter_more(void **state)
{
    (void)state;
    session_start("class C:\n    pass\n");
    make(400);
    collect(2);
    GCState *st = _PyGC_State();
    Py_ssize_t total = st->long_lived_total;
    assert_true(total >= 400);
    assert_int_equal(st->long_lived_pending, 0);
    generation(0)->threshold = 3;
    generation(2)->count = 11; /* over its threshold */
    Py_ssize_t full = collections(2);
    make(4);
    safe_point();
    assert_int_equal(collections(2), full); /* pending 0 < total / 4 */
    assert_int_equal(gen_count(1), 1);
    /* a gen 1 collection adds its survivors to long_lived_pending */
    generation(1)->count = 11;
    make(4);
    safe_point();
    assert_int_equal(collections(2), full);
    assert_int_equal(st->long_lived_pending, 8);
    /* once pending reaches a quarter of the total, gen 2 is collected */
    st->long_lived_pending = total / 4;
    generation(2)->count = 11;
    make(4);
    safe_point();
    assert_int_equal(collections(2), full + 1);
    assert_int_equal(st->long_lived_pending, 0);
    assert_int_equal(st->long_lived_total, total + 12);
    assert_int_equal(gen_count(2), 0);
    drop_all();
    assert_int_equal(session_end(), 0);
}

/* From a script: a loop that makes objects passes safe points, and the
   collections run there, each time the threshold is passed. */
static void
test_a_script_triggers_collections(void **state)
{
    (void)state;
    session_start("import gc\n"
                  "gc.collect()\n"
                  "gc.set_threshold(100)\n"
                  "starts = []\n"
                  "def cb(phase, info):\n"
                  "    if phase == 'start':\n"
                  "        starts.append(info['generation'])\n"
                  "gc.callbacks.append(cb)\n"
                  "class C:\n"
                  "    pass\n"
                  "keep = []\n"
                  "i = 0\n"
                  "while i < 1000:\n"
                  "    keep.append(C())\n"
                  "    i += 1\n"
                  "gc.callbacks.pop()\n");
    PyObject *starts = global("starts");
    /* about one collection per 100 instances, each of gen 0 */
    assert_true(Py_SIZE(starts) >= 9 && Py_SIZE(starts) <= 10);
    for (Py_ssize_t i = 0; i < Py_SIZE(starts); i++)
        assert_int_equal(PyLong_AsLong(PyList_GET_ITEM(starts, i)), 0);
    assert_int_equal(session_end(), 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_the_defaults_are_3_13s,
                                  session_teardown),
        cmocka_unit_test_teardown(test_gen0_is_collected_past_its_threshold,
                                  session_teardown),
        cmocka_unit_test_teardown(
            test_no_automatic_collection_when_disabled_or_threshold_0,
            session_teardown),
        cmocka_unit_test_teardown(
            test_older_generations_count_younger_collections, session_teardown),
        cmocka_unit_test_teardown(test_full_collections_wait_for_a_quarter_more,
                                  session_teardown),
        cmocka_unit_test_teardown(test_a_script_triggers_collections,
                                  session_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

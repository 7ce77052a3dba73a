/* Frees seen from the allocator, block by block: an object's memory,
   and all it owned, goes back the moment its count reaches zero.  From
   chapter 5 on a list, a dict or a small tuple waits on a freelist
   instead (CPython 3.13's, for the collector's counting): this suite
   holds up to chapter 4 (later-chapters.skip). */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "refcount_test.h"

#define TEN_THOUSAND 10000
static const char make_and_drop[] = "objs = None\n"
                                    "class Obj:\n"
                                    "    pass\n"
                                    "def make():\n"
                                    "    global objs\n"
                                    "    objs = []\n"
                                    "    for i in range(10000):\n"
                                    "        objs.append(Obj())\n"
                                    "def drop():\n"
                                    "    global objs\n"
                                    "    objs = None\n";

/* Ten thousand instances, one block each, and the list of them: its
   header is a block too (its item array, 80,000 bytes, comes from
   malloc).  Dropping the list gives every block back at once. */
static void
test_ten_thousand_objects_made_and_dropped(void **state)
{
    (void)state;
    session_start(make_and_drop);
    size_t before = blocks_in_use(), live = interp.live_objects;
    call("make", 0, NULL);
    assert_int_equal(blocks_in_use(), before + TEN_THOUSAND + 1);
    assert_int_equal(interp.live_objects, live + TEN_THOUSAND + 1);
    call("drop", 0, NULL);
    assert_int_equal(blocks_in_use(), before);
    assert_int_equal(interp.live_objects, live);
    /* and again: the freed blocks are reused, no new arena is mapped */
    size_t arenas = heap_stats().arenas_allocated_total;
    call("make", 0, NULL);
    call("drop", 0, NULL);
    assert_int_equal(heap_stats().arenas_allocated_total, arenas);
    assert_int_equal(blocks_in_use(), before);
    assert_int_equal(session_end(), 0);
}

/* Every piece of an object goes back: a dict's table, an instance's
   attribute table, a list's item array (from pymalloc while small). */
static void
test_an_object_frees_what_it_owns(void **state)
{
    (void)state;
    session_start("class Obj:\n"
                  "    pass\n"
                  "def make():\n"
                  "    global keep\n"
                  "    o = Obj()\n"
                  "    o.a = 1\n"
                  "    o.b = 2\n"
                  "    keep = [o, {\"k\": o, \"j\": 3}, [1, 2, 3]]\n"
                  "def drop():\n"
                  "    global keep\n"
                  "    keep = None\n"
                  "keep = None\n");
    size_t before = blocks_in_use();
    pymalloc_stats first = heap_stats();
    call("make", 0, NULL);
    assert_true(blocks_in_use() > before);
    call("drop", 0, NULL);
    pymalloc_stats after = heap_stats();
    assert_int_equal(after.blocks_in_use, first.blocks_in_use);
    assert_int_equal(after.bytes_in_use, first.bytes_in_use);
    assert_int_equal(session_end(), 0);
}

/* The C API itself: a new object has one reference, its maker's; each
   Py_INCREF adds one, each Py_DECREF takes one away, and the last one
   frees the object and whatever only it referred to. */
static void
test_the_last_decref_frees_the_object_and_its_items(void **state)
{
    (void)state;
    session_start("");
    size_t blocks = blocks_in_use(), live = interp.live_objects;
    PyObject *list = PyList_New(0);
    PyObject *item = PyList_New(0);
    assert_non_null(list);
    assert_non_null(item);
    assert_int_equal(Py_REFCNT(list), 1);
    assert_int_equal(interp.live_objects, live + 2);
    assert_int_equal(blocks_in_use(), blocks + 2);
    assert_int_equal(PyList_Append(list, item), 0);
    assert_int_equal(Py_REFCNT(item), 2);
    Py_DECREF(item); /* the list's reference is the only one left */
    assert_int_equal(Py_REFCNT(item), 1);
    Py_INCREF(list);
    Py_DECREF(list);
    assert_int_equal(interp.live_objects, live + 2);
    Py_DECREF(list); /* frees the list, then the item */
    assert_int_equal(interp.live_objects, live);
    assert_int_equal(blocks_in_use(), blocks);
    assert_int_equal(session_end(), 0);
}

int
main(void)
{
    char base;
    test_stack_base = &base;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_ten_thousand_objects_made_and_dropped,
                                  session_teardown),
        cmocka_unit_test_teardown(test_an_object_frees_what_it_owns,
                                  session_teardown),
        cmocka_unit_test_teardown(
            test_the_last_decref_frees_the_object_and_its_items,
            session_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

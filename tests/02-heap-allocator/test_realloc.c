/* PyObject_Realloc: inside a class, between classes, across 512 bytes. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "heap_test.h"

static void
fill(unsigned char *p, size_t n, unsigned char seed)
{
    for (size_t i = 0; i < n; i++) {
        p[i] = (unsigned char)(seed + i * 7);
    }
}

static void
assert_filled(const unsigned char *p, size_t n, unsigned char seed)
{
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(p[i], (unsigned char)(seed + i * 7));
    }
}

static void
test_realloc_of_null_allocates(void **state)
{
    (void)state;
    void *p = PyObject_Realloc(NULL, 40);
    assert_non_null(p);
    assert_true(pymalloc_address_in_range(p));
    PyObject_Free(p);
}

static void
test_realloc_within_the_block_keeps_it(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(40); /* a 48-byte block */
    fill(p, 40, 1);
    assert_ptr_equal(PyObject_Realloc(p, 48), p);
    assert_ptr_equal(PyObject_Realloc(p, 37), p);
    assert_filled(p, 37, 1);
    PyObject_Free(p);
}

static void
test_realloc_shrinking_by_less_than_a_quarter_keeps_the_block(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(512);
    fill(p, 512, 2);
    assert_ptr_equal(PyObject_Realloc(p, 385), p);
    assert_filled(p, 385, 2);
    PyObject_Free(p);
}

static void
test_realloc_shrinking_a_lot_moves_to_a_smaller_class(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(512);
    fill(p, 512, 3);
    size_t in_use = heap_stats().blocks_in_use;
    unsigned char *q = PyObject_Realloc(p, 100);
    assert_ptr_not_equal(q, p);
    assert_true(pymalloc_address_in_range(q));
    assert_int_equal(pool_info(q).block_size, 112);
    assert_filled(q, 100, 3);
    assert_int_equal(heap_stats().blocks_in_use, in_use); /* p freed */
    PyObject_Free(q);
}

static void
test_realloc_growing_moves_to_a_larger_class(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(100);
    fill(p, 100, 4);
    unsigned char *q = PyObject_Realloc(p, 300);
    assert_true(pymalloc_address_in_range(q));
    assert_int_equal(pool_info(q).block_size, 304);
    assert_filled(q, 100, 4);
    PyObject_Free(q);
}

static void
test_realloc_growing_past_512_moves_to_the_system(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(500);
    fill(p, 500, 5);
    size_t in_use = heap_stats().blocks_in_use;
    unsigned char *q = PyObject_Realloc(p, 5000);
    assert_non_null(q);
    assert_false(pymalloc_address_in_range(q));
    assert_filled(q, 500, 5);
    assert_int_equal(heap_stats().blocks_in_use, in_use - 1);
    fill(q, 5000, 6); /* all of it is usable */
    PyObject_Free(q);
}

static void
test_realloc_shrinking_a_system_block_below_512_keeps_it_there(void **state)
{
    (void)state;
    /* As in CPython: a block the system allocator holds stays there. */
    unsigned char *p = PyObject_Malloc(5000);
    fill(p, 5000, 7);
    unsigned char *q = PyObject_Realloc(p, 100);
    assert_non_null(q);
    assert_false(pymalloc_address_in_range(q));
    assert_filled(q, 100, 7);
    PyObject_Free(q);
}

static void
test_realloc_to_zero_bytes_returns_a_unique_pointer(void **state)
{
    (void)state;
    void *p = PyObject_Malloc(64);
    size_t in_use = heap_stats().blocks_in_use;
    void *q = PyObject_Realloc(p, 0);
    assert_non_null(q);
    assert_false(pymalloc_address_in_range(q));
    assert_int_equal(heap_stats().blocks_in_use, in_use - 1);
    PyObject_Free(q);
    assert_heap_ok();
}

static void
test_realloc_round_trip_across_512_preserves_contents(void **state)
{
    (void)state;
    unsigned char *p = PyObject_Malloc(16);
    fill(p, 16, 8);
    size_t sizes[] = {64, 511, 512, 513, 4096, 513, 512, 200, 16, 1};
    size_t size = 16;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        p = PyObject_Realloc(p, sizes[i]);
        assert_non_null(p);
        assert_filled(p, size < sizes[i] ? size : sizes[i], 8);
        size = sizes[i];
        fill(p, size, 8);
    }
    PyObject_Free(p);
    assert_heap_ok();
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_realloc_of_null_allocates),
        cmocka_unit_test(test_realloc_within_the_block_keeps_it),
        cmocka_unit_test(
            test_realloc_shrinking_by_less_than_a_quarter_keeps_the_block),
        cmocka_unit_test(test_realloc_shrinking_a_lot_moves_to_a_smaller_class),
        cmocka_unit_test(test_realloc_growing_moves_to_a_larger_class),
        cmocka_unit_test(test_realloc_growing_past_512_moves_to_the_system),
        cmocka_unit_test(
            test_realloc_shrinking_a_system_block_below_512_keeps_it_there),
        cmocka_unit_test(test_realloc_to_zero_bytes_returns_a_unique_pointer),
        cmocka_unit_test(test_realloc_round_trip_across_512_preserves_contents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
